package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which mentions of a country read as the state acting and which as the place, from the words around them. */
class StateReadingsTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.loadDefault();
    }

    /** The kind of each mention of the country, in text order. */
    static List<MentionSpan.Kind> kinds(String text, String countryId) {
        ExtractedEntity country = ExtractorTest.entity(extractor.extract(text), countryId);
        assertNotNull(country, countryId + " in: " + text);
        return country.mentionSpans().stream().map(MentionSpan::kind).toList();
    }

    static List<MentionSpan.Kind> kinds(MentionSpan.Kind... k) {
        return List.of(k);
    }

    @Test
    void theSubjectOfAStatesActionIsTheState() {
        assertEquals(kinds(MentionSpan.Kind.STATE), kinds("Norway announced new quotas for cod on Tuesday.", "country:NO"));
        assertEquals(kinds(MentionSpan.Kind.STATE),
                kinds("After weeks of talks, Peru will sign the accord in March.", "country:PE"));
        assertEquals(kinds(MentionSpan.Kind.STATE), kinds("Chile had expelled two diplomats by then.", "country:CL"));
    }

    @Test
    void aPlaceNamedAfterALocativeWordStaysAPlace() {
        assertEquals(kinds(MentionSpan.Kind.NAME),
                kinds("Officials in Norway announced new quotas for cod on Tuesday.", "country:NO"));
        assertEquals(kinds(MentionSpan.Kind.NAME), kinds("The delegation flew to Peru on Monday.", "country:PE"));
        // "has" before a noun is a property of the place, not an act
        assertEquals(kinds(MentionSpan.Kind.NAME), kinds("Chile has more copper than any other country.", "country:CL"));
    }

    @Test
    void theObjectOfSanctionsOrOfAVerbAgainstAStateIsTheState() {
        assertEquals(kinds(MentionSpan.Kind.STATE),
                kinds("The bloc agreed new sanctions against Belarus on Friday.", "country:BY"));
        assertEquals(kinds(MentionSpan.Kind.STATE, MentionSpan.Kind.STATE),
                kinds("The minister urged Ecuador to act, and Ecuador's response came within hours.", "country:EC"));
        // the name modifies the noun after it: "by Danish spy agency" is no agent of its own
        assertEquals(kinds(MentionSpan.Kind.NAME),
                kinds("The phones were certified by Denmark spy agency PET last year.", "country:DK"));
    }

    @Test
    void namesJoinedToAStateReadTheSameWay() {
        String text = "The ministers placed the blame on both Latvia and Estonia for the delay.";
        assertEquals(kinds(MentionSpan.Kind.STATE), kinds(text, "country:LV"));
        assertEquals(kinds(MentionSpan.Kind.STATE), kinds(text, "country:EE"));
    }

    @Test
    void aSentenceThatEndsAfterTheVerbWithoutAFullStopKeepsItsNames() {
        // the words after "did" run to the sentence's end: the reading must not look past it
        String text = "Sweden agreed to the plan on Monday. Officials said that Norway did not\n\nThe talks go on.";
        assertEquals(kinds(MentionSpan.Kind.STATE), kinds(text, "country:SE"));
        assertEquals(kinds(MentionSpan.Kind.NAME), kinds(text, "country:NO"));
    }

    @Test
    void aCapitalTakesTheSameCuesAsItsCountry() {
        assertEquals(kinds(MentionSpan.Kind.STATE), kinds("Tehran rejected the proposal within a day.", "country:IR"));
    }
}
