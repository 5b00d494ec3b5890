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

    /** The type of the run that starts at token t0 when the tagger calls tokens [t0, t1) a name of this type. */
    private static EntityType typeWhenTagged(String sentence, int t0, int t1, String tag) {
        ArticleDocument doc = new ArticleDocument(lexicon, sentence);
        new SentenceTokens(lexicon).split(doc);
        ArticleSentence s = doc.sentences.get(0);
        s.names = List.of(new NameSpan(t0, t1, tag, 0.15));
        new MentionDetection(doc).detect(s);
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
}
