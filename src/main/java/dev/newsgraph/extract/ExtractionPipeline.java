package dev.newsgraph.extract;

import dev.newsgraph.extract.ner.NameTagger;

/**
 * The extraction of one article, stage by stage, each reading and extending one {@link ArticleDocument}; the
 * word lists and the name model are shared, the document is the call's own.
 */
record ExtractionPipeline(Lexicon lexicon, NameTagger tagger) {

    Extraction run(String text) {
        ArticleDocument doc = read(text);
        type(doc);
        retype(doc);

        new PersonRegistration(doc).register();
        new FullNameRescan(doc).rescan();
        new NameRunResolution(doc).resolve();
        doc.sentences.forEach(ArticleSentence::sortMentions);
        // sentence by sentence: a reference back ("the pact") reads the earlier sentences as already resolved
        ContextReferences references = new ContextReferences(doc);
        AgreementMentions agreements = new AgreementMentions(doc);
        for (ArticleSentence s : doc.sentences) {
            references.resolve(s);
            agreements.find(s);
            s.sortMentions();
        }

        RelationExtraction relations = new RelationExtraction(doc);
        for (ArticleSentence s : doc.sentences) {
            relations.extract(s);
        }
        new HoldsRoleRule(doc).apply();

        new StateReadings(doc).read(); // "Russia announced": the state acting, not the place
        new MentionCounting(doc).count();
        new AgreementQualification(doc).qualify();
        return new ExtractionOutput(doc).build();
    }

    /** Sentences, tokens, the tagger's name spans and the mentions and name runs detected in them. */
    ArticleDocument read(String text) {
        ArticleDocument doc = new ArticleDocument(lexicon, text);
        new SentenceTokens(lexicon).split(doc);
        new NameTagging(tagger).tag(doc); // the trained model's name spans, read by detection and typing
        MentionDetection detection = new MentionDetection(doc);
        for (ArticleSentence s : doc.sentences) {
            detection.detect(s); // gazetteers, titles, name runs
        }
        new Datelines(doc).find(); // "WASHINGTON (Reuters) -": a place written in capitals
        return doc;
    }

    /** What each name run names, from its own words, the words around it and the tagger. */
    void type(ArticleDocument doc) {
        NameRunTyper typer = new NameRunTyper(lexicon);
        for (NameRun run : doc.nameRuns) {
            run.type = typer.type(run.sentence, run);
        }
    }

    /** The stages that overrule a run's type with what the article says elsewhere. */
    static void retype(ArticleDocument doc) {
        new LoneNamePersons(doc).retype(); // "Mishima ... his life": the tagger's place is a person
        new ListTypes(doc).retype(); // "Reddit, Twitter and Spotify": one kind of name
    }
}
