package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

import dev.newsgraph.extract.ner.NameSpan;
import dev.newsgraph.extract.ner.NameTagger;

/**
 * Stage: the trained tagger's name spans for every sentence of the article, tagged as one document (so that what
 * the article says elsewhere about a word counts). Mention detection and typing read them from the sentence.
 */
final class NameTagging {

    private final NameTagger tagger;

    NameTagging(NameTagger tagger) {
        this.tagger = tagger;
    }

    void tag(ArticleDocument doc) {
        List<String[]> sentences = new ArrayList<>(doc.sentences.size());
        for (ArticleSentence s : doc.sentences) {
            String[] tokens = new String[s.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = s.token(i).text;
            }
            sentences.add(tokens);
        }
        List<List<NameSpan>> names;
        try (NameTagger.Document article = tagger.newDocument()) {
            names = article.tagArticle(sentences);
        }
        for (int i = 0; i < names.size(); i++) {
            ArticleSentence s = doc.sentences.get(i);
            s.names = names.get(i).stream().map(n -> withoutArticle(s, n)).toList();
        }
    }

    /**
     * "The Census Bureau" at a sentence's start: the tagger takes the capitalised article into the name, which
     * would then name the entity; names that do begin with it ("The Hague") are the gazetteer's.
     */
    private static NameSpan withoutArticle(ArticleSentence s, NameSpan n) {
        return n.end() - n.start() > 1 && s.token(n.start()).is("the")
                ? new NameSpan(n.start() + 1, n.end(), n.type(), n.probability())
                : n;
    }
}
