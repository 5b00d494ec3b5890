package dev.newsgraph.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.newsgraph.extract.ner.NameSpan;
import dev.newsgraph.extract.ner.NameTagger;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Mention-level scores (exact span and type, per type, as conlleval counts them) on ../shared/ner/dev: its news
 * half (the first 500 sentences), its wiki half, and the whole. The dev set tags no MISC, so MISC is not scored.
 *
 * <p>Usage: MentionScorer [--model FILE] [--dev FILE] [--extractor true] (scripts/score-mentions.sh): the tagger
 * alone, and with {@code --extractor true} the whole extractor as well.
 */
public final class MentionScorer {

    static final int NEWS_SENTENCES = 500;
    static final Set<String> SCORED = Set.of("PER", "LOC", "ORG");

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = NameModelTrainer.options(args);
        Path dev = Path.of(opt.getOrDefault("dev", "../shared/ner/dev/uner_pud.conll"));
        NameTagger tagger = opt.containsKey("model")
                ? new NameTagger(new TokenNameFinderModel(Path.of(opt.get("model"))))
                : NameTagger.loadDefault();
        System.out.println("== tagger alone, mention spans");
        printModelScores(tagger, dev);
        if (Boolean.parseBoolean(opt.getOrDefault("extractor", "false"))) {
            ExtractorMentionScorer.print(Extractor.loadDefault(), dev);
        }
    }

    /** Scores the tagger alone, sentence by sentence, one tagger document per dev document. */
    static void printModelScores(NameTagger tagger, Path dev) throws IOException {
        List<NameCorpus.Labelled> sentences = NameCorpus.readConll(dev);
        MentionScores news = new MentionScores(SCORED);
        MentionScores wiki = new MentionScores(SCORED);
        MentionScores all = new MentionScores(SCORED);
        long tokens = 0;
        long t0 = System.nanoTime();
        int i = 0;
        for (List<NameCorpus.Labelled> doc : NameCorpus.documents(sentences)) {
            List<List<NameSpan>> found;
            try (NameTagger.Document tagging = tagger.newDocument()) {
                found = tagging.tagArticle(doc.stream().map(NameCorpus.Labelled::tokens).toList());
            }
            for (int k = 0; k < doc.size(); k++, i++) {
                NameCorpus.Labelled s = doc.get(k);
                Span[] predicted = found.get(k).stream().map(MentionScorer::span).toArray(Span[]::new);
                Span[] gold = NameCorpus.spans(s.tags());
                (i < NEWS_SENTENCES ? news : wiki).add(gold, predicted);
                all.add(gold, predicted);
                if (Boolean.getBoolean("newsgraph.ner.errors")) {
                    printErrors(s.tokens(), gold, predicted);
                }
                tokens += s.tokens().length;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.print(news.table("news"));
        System.out.print(wiki.table("wiki"));
        System.out.print(all.table("all"));
        System.out.printf("tagger alone: %d tokens in %.2f s (%.0f tokens/s, first pass, JIT cold)%n", tokens, secs, tokens / secs);
    }

    /** With -Dnewsgraph.ner.errors=true: each wrong or missed mention, with its sentence. */
    private static void printErrors(String[] tokens, Span[] gold, Span[] predicted) {
        List<Span> g = java.util.Arrays.asList(gold);
        List<Span> p = java.util.Arrays.asList(predicted);
        StringBuilder b = new StringBuilder();
        for (Span x : predicted) {
            if (SCORED.contains(x.getType()) && !g.contains(x)) {
                b.append("  FP ").append(x.getType()).append(' ').append(join(tokens, x)).append('\n');
            }
        }
        for (Span x : gold) {
            if (!p.contains(x)) {
                b.append("  FN ").append(x.getType()).append(' ').append(join(tokens, x)).append('\n');
            }
        }
        if (!b.isEmpty()) {
            System.out.print("> " + String.join(" ", tokens) + "\n" + b);
        }
    }

    private static String join(String[] tokens, Span s) {
        return String.join(" ", java.util.Arrays.copyOfRange(tokens, s.getStart(), s.getEnd()));
    }

    private static Span span(NameSpan n) {
        return new Span(n.start(), n.end(), n.type());
    }
}
