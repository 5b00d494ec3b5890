package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The names of one list are of one kind, even a name that the corpora also write as a word ("reddit"). */
class ListTypesTest {

    private static final Extractor extractor = Extractor.loadDefault();

    @Test
    void aWordInAListOfCompaniesIsACompany() {
        // the training corpora write "reddit" in lower case: alone, the word would name nothing
        Extraction x = extractor.extract("The outage took down Twitter, Spotify and Reddit for two hours on Friday.");
        assertEquals(EntityType.ORGANIZATION, ExtractorTest.entity(x, "org:reddit").type());
    }

    @Test
    void countriesAndPlacesInAListKeepTheirKind() {
        Extraction x = extractor.extract("Delegations from the EU, Nato, China and Japan met in Geneva on Monday.");
        assertTrue(x.entities().stream().anyMatch(e -> e.id().equals("country:CN")), x.entities().toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.id().equals("country:JP")), x.entities().toString());
        ExtractorTest.assertNoEntity(x, EntityType.ORGANIZATION, "Geneva"::equals);
    }
}
