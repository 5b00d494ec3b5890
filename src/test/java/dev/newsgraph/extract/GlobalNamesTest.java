package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entity ids and aliases are global across articles in the graph: generic agreement names are qualified by their
 * parties, article-local descriptors are not exported as aliases, and places are not mistaken for persons.
 */
class GlobalNamesTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.loadDefault();
    }

    static ExtractedEntity entity(Extraction x, String id) {
        return ExtractorTest.entity(x, id);
    }

    static List<ExtractedEntity> ofType(Extraction x, EntityType t) {
        return x.entities().stream().filter(e -> e.type() == t).toList();
    }

    // ------------------------------------------------------------ 1. generic agreements

    @Test
    void genericAgreementIsQualifiedByItsParties() {
        Extraction x = extractor.extract("Chile and Peru signed a free trade agreement on Monday. "
                + "The agreement removes tariffs on most goods.");
        assertNull(entity(x, "agreement:free-trade-agreement"), x.entities().toString());
        ExtractedEntity fta = entity(x, "agreement:chile-peru-free-trade-agreement");
        assertNotNull(fta, x.entities().toString());
        assertEquals("Chile-Peru free trade agreement", fta.name());
        assertFalse(fta.aliases().stream().anyMatch(a -> a.equalsIgnoreCase("free trade agreement")), fta.aliases().toString());
        assertTrue(ExtractorTest.hasRelation(x, RelationType.PARTY_TO, "country:CL", fta.id()));
        assertTrue(ExtractorTest.hasRelation(x, RelationType.PARTY_TO, "country:PE", fta.id()));
    }

    @Test
    void sameDescriptorInTwoArticlesGivesTwoAgreements() {
        Extraction a = extractor.extract("Chile and Peru signed a free trade agreement on Monday.");
        Extraction b = extractor.extract("Japan and Kenya signed a free trade agreement in Nairobi on Tuesday.");
        List<String> ia = ofType(a, EntityType.AGREEMENT).stream().map(ExtractedEntity::id).toList();
        List<String> ib = ofType(b, EntityType.AGREEMENT).stream().map(ExtractedEntity::id).toList();
        assertEquals(1, ia.size(), ia.toString());
        assertEquals(1, ib.size(), ib.toString());
        assertFalse(ia.get(0).equals(ib.get(0)), ia + " " + ib);
        assertTrue(ib.get(0).contains("japan") && ib.get(0).contains("kenya"), ib.toString());
    }

    @Test
    void ceasefireAndDefencePactAreQualified() {
        Extraction x = extractor.extract("Armenia and Azerbaijan agreed to a ceasefire on Sunday. "
                + "Separately, Poland and Ukraine signed a defence pact.");
        List<String> ids = ofType(x, EntityType.AGREEMENT).stream().map(ExtractedEntity::id).toList();
        assertTrue(ids.contains("agreement:armenia-azerbaijan-ceasefire"), ids.toString());
        assertTrue(ids.contains("agreement:poland-ukraine-defence-pact"), ids.toString());
        assertFalse(ids.contains("agreement:ceasefire") || ids.contains("agreement:defence-pact"), ids.toString());
    }

    @Test
    void namedAgreementsKeepTheirNames() {
        Extraction x = extractor.extract("The Regional Comprehensive Economic Partnership (RCEP), a free trade agreement "
                + "covering a third of the world economy, took effect for Japan and China on Saturday.");
        ExtractedEntity rcep = entity(x, "agreement:regional-comprehensive-economic-partnership");
        assertNotNull(rcep, x.entities().toString());
        assertTrue(rcep.aliases().contains("RCEP"));
        // the apposition still resolves to RCEP inside the article, but is not a global alias
        assertFalse(rcep.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains("free trade")), rcep.aliases().toString());
        assertEquals(1, ofType(x, EntityType.AGREEMENT).size(), x.entities().toString());
    }

    @Test
    void unqualifiableGenericAgreementIsDropped() {
        Extraction x = extractor.extract("Officials said the trade deal would be signed soon.");
        assertTrue(ofType(x, EntityType.AGREEMENT).isEmpty(), x.entities().toString());
    }

    // ------------------------------------------------------------ 2. article-local descriptors

    @Test
    void descriptorsAreNotGlobalAliases() {
        Extraction x = extractor.extract("German Chancellor Olaf Scholz met NATO Secretary General Jens Stoltenberg in Berlin. "
                + "The Chancellor said the alliance would stay united. The bloc of 31 members agreed. "
                + "Japanese Foreign Minister Yoko Kamikawa arrived later. The minister said the talks were useful.");
        ExtractedEntity scholz = entity(x, "person:olaf-scholz");
        assertNotNull(scholz);
        ExtractedEntity nato = entity(x, "org:nato");
        assertNotNull(nato);
        ExtractedEntity kamikawa = entity(x, "person:yoko-kamikawa");
        assertNotNull(kamikawa);
        for (ExtractedEntity e : x.entities()) {
            for (String a : e.aliases()) {
                String l = a.toLowerCase(Locale.ROOT);
                assertFalse(List.of("bloc", "alliance", "the alliance", "chancellor", "minister", "the minister",
                        "german chancellor", "council", "kingdom", "group").contains(l), e.id() + " " + e.aliases());
                assertFalse(a.equals(l), "lower-case descriptor alias " + a + " of " + e.id());
            }
        }
        assertTrue(scholz.aliases().contains("Chancellor Olaf Scholz"), scholz.aliases().toString());
        assertTrue(nato.aliases().contains("NATO"));
        // resolution inside the article still works: "The Chancellor" and "the minister" are counted as references
        assertTrue(x.relations().stream().anyMatch(r -> r.type() == RelationType.HOLDS_ROLE
                && r.sourceId().equals("person:olaf-scholz") && r.targetId().equals("country:DE")));
    }

    @Test
    void appositiveWithCommaIsNotAnAlias() {
        Extraction x = extractor.extract("The Japanese foreign minister, Yoko Kamikawa, met her Filipino counterpart. "
                + "Kamikawa said the pact was historic.");
        ExtractedEntity k = entity(x, "person:yoko-kamikawa");
        assertNotNull(k, x.entities().toString());
        assertTrue(k.aliases().contains("Kamikawa"), k.aliases().toString());
        assertFalse(k.aliases().stream().anyMatch(a -> a.contains(",")), k.aliases().toString());
    }

    // ------------------------------------------------------------ 3. places are not persons

    @Test
    void unknownCityAfterPrepositionIsNotAPerson() {
        Extraction x = extractor.extract("Bolivian President Luis Arce met Chilean President Gabriel Boric in La Paz on Friday. "
                + "Ministers flew in from Santa Cruz and met at Puerto Quijarro later.");
        assertNull(entity(x, "person:la-paz"), x.entities().toString());
        assertNull(entity(x, "person:santa-cruz"), x.entities().toString());
        assertNull(entity(x, "person:puerto-quijarro"), x.entities().toString());
        assertTrue(ofType(x, EntityType.PERSON).stream().allMatch(p -> p.id().equals("person:luis-arce")
                || p.id().equals("person:gabriel-boric")), x.entities().toString());
        // a person after "according to" is still a person
        Extraction y = extractor.extract("The plan was approved, according to Maria Lopez, a senior official.");
        assertNotNull(entity(y, "person:maria-lopez"), y.entities().toString());
    }

    @Test
    void placeBeforeTitledPersonIsNotThatPerson() {
        Extraction x = extractor.extract("Speaking to reporters in California, President Joe Biden said progress had been made.");
        assertNull(entity(x, "person:california"), x.entities().toString());
        assertNotNull(entity(x, "person:joe-biden"));
    }

    @Test
    void capitalAsVenueIsAPlaceButAsSubjectIsTheCountry() {
        Extraction x = extractor.extract("The ministers held talks in Lima on Monday. Lima said the deal was fair.");
        ExtractedEntity lima = entity(x, "place:lima");
        assertNotNull(lima, x.entities().toString());
        assertEquals(EntityType.PLACE, lima.type());
        ExtractedEntity peru = entity(x, "country:PE");
        assertNotNull(peru, x.entities().toString());
        assertTrue(peru.aliases().contains("Lima"));
        Extraction y = extractor.extract("Blinken arrived on a visit to Beijing on Sunday.");
        assertNotNull(entity(y, "place:beijing"), y.entities().toString());
        assertNull(entity(y, "country:CN"), y.entities().toString());
    }
}
