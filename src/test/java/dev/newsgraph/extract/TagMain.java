package dev.newsgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.newsgraph.extract.ner.NameSpan;
import dev.newsgraph.extract.ner.NameTagger;

/**
 * Shows what the name tagger proposes in each sentence of a text file, then the entities the whole extractor
 * keeps, to see at which stage a name is lost or mistyped. Usage: TagMain FILE (a developer's tool, not a test).
 */
public final class TagMain {

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Lexicon lexicon = Lexicon.load();
        NameTagger tagger = NameTagger.loadDefault();
        ExtractionPipeline pipeline = new ExtractionPipeline(lexicon, tagger);
        ArticleDocument doc = pipeline.read(text);
        for (ArticleSentence s : doc.sentences) {
            StringBuilder line = new StringBuilder("[" + s.index + "]");
            for (NameSpan n : s.names) {
                StringBuilder words = new StringBuilder();
                for (int t = n.start(); t < n.end(); t++) {
                    words.append(t == n.start() ? "" : " ").append(s.token(t).text);
                }
                line.append(String.format(" %s:'%s'(%.2f)", n.type(), words, n.probability()));
            }
            System.out.println(line);
        }
        pipeline.type(doc);
        printRuns("typed", doc);
        ExtractionPipeline.retype(doc);
        printRuns("retyped", doc);
        Extraction e = pipeline.run(text);
        for (ExtractedEntity en : e.entities()) {
            System.out.println("  " + en.type().label() + " '" + en.name() + "' " + en.aliases());
        }
    }

    private static void printRuns(String stage, ArticleDocument doc) {
        StringBuilder b = new StringBuilder(stage + ":");
        for (NameRun r : doc.nameRuns) {
            b.append(" [").append(r.sentence.index).append("]'").append(r.text()).append("'=").append(r.type);
        }
        System.out.println(b);
    }
}
