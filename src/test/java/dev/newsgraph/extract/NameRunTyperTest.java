package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.extract.ner.NameSpan;

/**
 * The typing of name runs against what the tagger said, with the tagger's span given by the test: the rules must
 * hold whatever a retrained model happens to propose for a sentence.
 */
class NameRunTyperTest {

    private static final Lexicon lexicon = Lexicon.load();

    /** The one-sentence document with its mentions and name runs detected, the tagger's span over [t0, t1) given. */
    private static ArticleDocument detectedWhenTagged(String sentence, int t0, int t1, String tag) {
        ArticleDocument doc = new ArticleDocument(lexicon, sentence);
        new SentenceTokens(lexicon).split(doc);
        ArticleSentence s = doc.sentences.get(0);
        s.names = List.of(new NameSpan(t0, t1, tag, 0.15));
        new MentionDetection(doc).detect(s);
        return doc;
    }

    /** The type of the run that starts at token t0 when the tagger calls tokens [t0, t1) a name of this type. */
    private static EntityType typeWhenTagged(String sentence, int t0, int t1, String tag) {
        ArticleDocument doc = detectedWhenTagged(sentence, t0, t1, tag);
        ArticleSentence s = doc.sentences.get(0);
        NameRun run = doc.nameRuns.stream().filter(r -> r.t0 == t0).findFirst().orElseThrow();
        return new NameRunTyper(lexicon).type(s, run);
    }

    @Test
    void aGivenNameAndASurnameAreAPersonWhereTheTaggerReadsAPlace() {
        assertEquals(EntityType.PERSON, typeWhenTagged("Many oppose the law that Fátima Báñez is proudest of .", 5, 7,
                "LOC"));
    }

    @Test
    void aDayAfterAGivenNameIsNoSurname() {
        assertNotEquals(EntityType.PERSON, typeWhenTagged("Churches used willow branches on Palm Sunday .", 5, 7, "LOC"));
    }

    @Test
    void aRegionTheTaggerCallsAnOrganizationIsAPlaceAfterTheOrIn() {
        assertEquals(EntityType.PLACE, typeWhenTagged("The Alps provide lowland Europe with water .", 1, 2, "ORG"));
        assertEquals(EntityType.PLACE, typeWhenTagged("The family lived in Kentucky for years .", 4, 5, "ORG"));
    }

    /** The organizations named in their own right once runs are typed and resolved, with the tagger's one span. */
    private static List<String> organizationsWhenTagged(String sentence, int t0, int t1) {
        ArticleDocument doc = detectedWhenTagged(sentence, t0, t1, "ORG");
        NameRunTyper typer = new NameRunTyper(lexicon);
        doc.nameRuns.forEach(r -> r.type = typer.type(r.sentence, r));
        new NameRunResolution(doc).resolve();
        return doc.sentences.get(0).mentions.stream().filter(m -> !m.inner && m.entity.type == EntityType.ORGANIZATION)
                .map(m -> m.entity.name).toList();
    }

    @Test
    void aKnownOrganizationAndTheWordsTheTaggerAddsToItNameAPartOfIt() {
        // "CNN" is in the organization list; read as one organization with the word after it, it names a part
        assertEquals(List.of("CNN Style"), organizationsWhenTagged("She spoke to CNN Style about the show .", 3, 5));
        // without the tagger's span over both, "Style" is no part of the name
        assertEquals(List.of("CNN"), organizationsWhenTagged("She spoke to CNN Style about the show .", 3, 4));
    }
}
