package dev.newsgraph.extract;

import static dev.newsgraph.extract.ExtractorTest.hasRelation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Membership, agreements and sanctions stated in passing, as real news states them; the sentences are invented. */
class ProseRelationsTest {

    private static final Extractor extractor = Extractor.loadDefault();

    @Test
    void theCountriesABlocIsSaidToInclude() {
        Extraction x = extractor.extract("It is the first trade deal for Mercosur, which includes the region's largest "
                + "economies, Brazil and Argentina, along with Paraguay and Uruguay.");
        for (String c : new String[] {"country:BR", "country:AR", "country:PY", "country:UY"}) {
            assertTrue(hasRelation(x, RelationType.MEMBER_OF, c, "org:mercosur"), c + " " + x.relations());
        }
    }

    /** The first agreement extracted, which each of the parties is party to. */
    private static ExtractedEntity agreementOf(Extraction x, String... parties) {
        ExtractedEntity deal = x.entities().stream().filter(e -> e.type() == EntityType.AGREEMENT).findFirst().orElse(null);
        assertNotNull(deal, x.entities().toString());
        for (String party : parties) {
            assertTrue(hasRelation(x, RelationType.PARTY_TO, party, deal.id()), x.relations().toString());
        }
        return deal;
    }

    @Test
    void theCountriesListedAfterASentenceSayingCountriesSignedAnAgreement() {
        Extraction x = extractor.extract("Leaders met in Orlin on Sunday.\n\nMore countries signed the Pacific "
                + "Maritime Safety Area agreement\n\nThree more countries signed the maritime safety agreement. The "
                + "countries are Fiji, Tonga and Samoa. The talks will go on.");
        agreementOf(x, "country:FJ", "country:TO", "country:WS");
    }

    @Test
    void partiesOfAnAgreementQualifiedByAParticipleAfterIt() {
        Extraction x = extractor.extract("Chile and Peru also agreed to activate the fisheries cooperation agreement "
                + "signed in 2004.");
        ExtractedEntity deal = agreementOf(x, "country:CL", "country:PE");
        assertTrue(deal.name().contains("fisheries cooperation agreement"), deal.name());
    }

    @Test
    void anAgreementToRestoreDiplomaticTies() {
        Extraction x = extractor.extract("Bahrain and Qatar have agreed to re-establish diplomatic ties, the state news "
                + "agency reported.");
        ExtractedEntity deal = agreementOf(x, "country:BH", "country:QA");
        assertEquals("Bahrain-Qatar agreement to restore diplomatic relations", deal.name());
    }

    @Test
    void sanctionsOnACountryAreCriticismOfIt() {
        Extraction x = extractor.extract("Foreign ministers of the European Union on Tuesday reached an agreement to "
                + "impose sanctions on Belarus for its crackdown on protesters.");
        assertTrue(hasRelation(x, RelationType.CRITICIZED, "org:eu", "country:BY"), x.relations().toString());
    }

    @Test
    void aPhoneCallIsAMeeting() {
        Extraction x = extractor.extract("Chilean Foreign Minister Ana Fuentes spoke by phone with Peruvian Foreign "
                + "Minister Luis Quispe on Monday.");
        assertTrue(hasRelation(x, RelationType.MET_WITH, "person:ana-fuentes", "person:luis-quispe"), x.relations().toString());
    }

    @Test
    void representedByAMemberOfABodyIsNoMembershipOfTheCountry() {
        Extraction x = extractor.extract("China was represented by a Member of the Political Bureau of the party, "
                + "state media said.");
        assertTrue(x.relations().stream().noneMatch(r -> r.type() == RelationType.MEMBER_OF), x.relations().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().startsWith("Member")), x.entities().toString());
    }
}
