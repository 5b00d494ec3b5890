package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A lone surname the tagger has never seen is a person when the sentence calls it "he" or "her", and stays one
 * person through the article; places and organizations are not made persons by a pronoun. The surnames here are
 * invented and in no word list of the project.
 */
class LoneNamePersonsTest {

    private static final Extractor extractor = Extractor.loadDefault();

    @Test
    void aLoneSurnameThatTheSentenceCallsHisIsAPerson() {
        Extraction x = extractor.extract("Vasquane espoused a very individual brand of nationalism towards the end "
                + "of his life. Ailing health reduced Vasquane's output during the last two decades.");
        ExtractedEntity person = ExtractorTest.entity(x, "person:vasquane");
        assertEquals(EntityType.PERSON, person.type());
        assertEquals(2, person.mentions(), "both mentions are the one person: " + x.entities());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Vasquane") && e.type() != EntityType.PERSON),
                x.entities().toString());
    }

    @Test
    void aPronounMakesNoPersonOfAPlaceOrOfANameAcrossAClause() {
        Extraction x = extractor.extract("Thousands of people left Texas last year and the governor said his state "
                + "would recover. The treaty requires all Nato members to respond to an attack, if countries failed "
                + "to match his demands.");
        ExtractorTest.assertNoEntity(x, EntityType.PERSON,
                name -> name.equals("Texas") || name.equalsIgnoreCase("Nato"));
    }

    @Test
    void anUntaggedSurnameThatTheClauseCallsHerIsAPerson() {
        // "Hendry" is a census surname; at the start of a sentence the tagger sees no name in it
        Extraction x = extractor.extract("Hendry took over her seat on the board in March.");
        assertEquals(EntityType.PERSON, ExtractorTest.entity(x, "person:hendry").type());
    }

    @Test
    void aSurnameTheTaggerCallsAPlaceThatNoPlaceListKnowsIsAPerson() {
        // "Caplan" is a census surname and no place of the world gazetteer; "Denver" is both, and stays a place
        Extraction x = extractor.extract("Caplan dismisses the idea that voters punish incumbents for bad weather. "
                + "Denver approved the budget on Monday after a long debate.");
        assertEquals(EntityType.PERSON, ExtractorTest.entity(x, "person:caplan").type());
        ExtractorTest.assertNoEntity(x, EntityType.PERSON, "Denver"::equals);
    }

    @Test
    void aPersonsVerbOrAFamilyWordAfterALoneNameMakesAPerson() {
        // "Aldridge" is a census surname the tagger sees no name in; "Kelstrom" it calls an organization
        Extraction x = extractor.extract("Aldridge has been married three times. The police questioned Kelstrom's "
                + "wife on Monday.");
        assertEquals(EntityType.PERSON, ExtractorTest.entity(x, "person:aldridge").type());
        assertEquals(EntityType.PERSON, ExtractorTest.entity(x, "person:kelstrom").type());
    }
}
