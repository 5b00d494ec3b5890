package dev.newsgraph.extract;

/** Stage: the article's text cleaned of page chrome, cut into sentences, each with its tokens. */
final class SentenceTokens {

    private final SentenceSplitter splitter;

    SentenceTokens(Lexicon lex) {
        this.splitter = new SentenceSplitter(lex);
    }

    void split(ArticleDocument doc) {
        for (SentenceSplitter.Span sp : splitter.split(doc.text)) {
            doc.sentences.add(new ArticleSentence(doc.sentences.size(), sp, doc.text));
        }
    }
}
