package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Where each entity is mentioned: character offsets into the extracted text, with the sentence of each mention. */
class MentionSpansTest {

    static final String TEXT = "Chinese President Xi Jinping met US Secretary of State Antony Blinken in Beijing on Monday.\n\n"
            + "Blinken told reporters the talks were candid. Xi said China wanted stable ties, and he urged the United States to act.\n"
            + "The Association of Southeast Asian Nations (ASEAN) welcomed the meeting. ASEAN officials said the bloc was ready to help.";

    static Extraction extraction;

    @BeforeAll
    static void extract() {
        extraction = Extractor.loadDefault().extract(TEXT);
    }

    static ExtractedEntity entity(String id) {
        ExtractedEntity e = ExtractorTest.entity(extraction, id);
        assertNotNull(e, id + " in " + extraction.entities());
        return e;
    }

    static List<String> texts(ExtractedEntity e) {
        return e.mentionSpans().stream().map(MentionSpan::text).toList();
    }

    @Test
    void everySpanIsItsTextInTheInputAndInItsSentence() {
        for (ExtractedEntity e : extraction.entities()) {
            int previous = -1;
            for (MentionSpan m : e.mentionSpans()) {
                assertEquals(m.text(), TEXT.substring(m.start(), m.end()), e.id() + " " + m);
                Sentence s = extraction.sentences().get(m.sentenceIndex());
                assertTrue(s.start() <= m.start() && m.end() <= s.end(), e.id() + " " + m + " outside " + s);
                assertTrue(m.start() > previous, e.id() + ": spans in document order " + e.mentionSpans());
                previous = m.start();
            }
            assertEquals(e.mentions(), e.mentionSpans().size(), e.id() + " " + e.mentionSpans());
        }
    }

    @Test
    void aLaterSurnameIsAMentionOfTheFullName() {
        ExtractedEntity blinken = entity("person:antony-blinken");
        assertEquals(List.of("Antony Blinken", "Blinken"), texts(blinken));
        assertEquals(0, blinken.mentionSpans().get(0).sentenceIndex());
        MentionSpan later = blinken.mentionSpans().get(1);
        assertEquals(1, later.sentenceIndex());
        assertEquals(TEXT.indexOf("Blinken told"), later.start());
        // after a title the span is the name, as a name tagger marks it
        assertEquals(List.of("Xi Jinping", "Xi"), texts(entity("person:xi-jinping")));
        assertEquals(2, entity("person:xi-jinping").mentionSpans().get(1).sentenceIndex());
    }

    @Test
    void acronymsCountAndReferencesDoNot() {
        ExtractedEntity asean = entity("org:asean");
        assertEquals(List.of("Association of Southeast Asian Nations", "ASEAN", "ASEAN"), texts(asean));
        assertEquals(List.of(3, 3, 4), asean.mentionSpans().stream().map(MentionSpan::sentenceIndex).toList());
        // "he" and "the bloc" are resolved in the article but are not mentions of a name
        assertEquals(2, entity("person:xi-jinping").mentions());
        // a demonym modifying a title is a mention of its country; "the United States" without "the"
        assertEquals(List.of("Chinese", "China"), texts(entity("country:CN")));
        assertEquals(List.of("US", "United States"), texts(entity("country:US")));
    }

    @Test
    void aDemonymIsMarkedAsSuchAndANameIsAName() {
        List<MentionSpan> china = entity("country:CN").mentionSpans();
        assertEquals(List.of(MentionSpan.Kind.DEMONYM, MentionSpan.Kind.NAME), china.stream().map(MentionSpan::kind).toList());
        assertTrue(entity("person:antony-blinken").mentionSpans().stream().allMatch(m -> m.kind() == MentionSpan.Kind.NAME));
    }
}
