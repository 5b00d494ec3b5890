package dev.newsgraph.extract;

import static dev.newsgraph.extract.ExtractorTest.relation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/**
 * Roles stated the ways news states them: a party's acronym before the title, a short title ("PM"), a title in
 * apposition after the name. The people and parties are invented.
 */
class RolesTest {

    private static final Extractor extractor = Extractor.loadDefault();

    /** The person holds a role of that title in (or at) the other entity. */
    private static void assertRole(Extraction x, String person, String of, String title) {
        ExtractedRelation role = relation(x, RelationType.HOLDS_ROLE, person, of);
        assertNotNull(role, x.relations().toString());
        assertEquals(title, role.properties().get("title"));
    }

    @Test
    void anAcronymBeforeTheTitleIsTheOrganizationTheTitleBelongsTo() {
        Extraction x = extractor.extract("Talks resumed in Dakar on Monday. The vote on PDR leader Jonas Brandtner's "
                + "candidacy is set for Tuesday, and the finance ministry will go to UFD chairman Erik Wallmann.");
        assertRole(x, "person:jonas-brandtner", "org:pdr", "Leader");
        assertNotNull(relation(x, RelationType.HOLDS_ROLE, "person:erik-wallmann", "org:ufd"), x.relations().toString());
        // not the country of the dateline or of the article
        assertFalse(ExtractorTest.hasRelation(x, RelationType.HOLDS_ROLE, "person:jonas-brandtner", "country:SN"));
    }

    @Test
    void shortAndAppositiveTitles() {
        Extraction x = extractor.extract("Violence broke out in Gao when Malian PM Ibrahim Kone visited the town. "
                + "Most members have signed the charter, Tomas Irakoze, AU chairperson, said at the summit.");
        assertRole(x, "person:ibrahim-kone", "country:ML", "Prime Minister");
        assertNotNull(relation(x, RelationType.HOLDS_ROLE, "person:tomas-irakoze", "org:au"), x.relations().toString());
    }

    @Test
    void aRankBeforeTheNameLeavesTheRoleToTheAppositiveAfterIt() {
        Extraction x = extractor.extract("The talks were led by Rear Admiral Teodor Halvik, the chairman of the Maritime "
                + "Safety Council, and by Dr. Ines Okonkwo, the director of the Lagos Health Institute.");
        assertRole(x, "person:teodor-halvik", "org:maritime-safety-council", "Chairman");
        assertRole(x, "person:ines-okonkwo", "org:lagos-health-institute", "Director");
    }

    @Test
    void aPluralTitleGivesTheRoleToBothNamesJoinedByAnd() {
        Extraction x = extractor.extract("NATO co-leaders Marta Lindqvist and Pavel Horak signed the plan. "
                + "It was approved by both chairpersons Ilse Marrow and Tomas Berg for the AU.");
        // the affiliation before the title, then one after the second name
        for (String person : new String[] {"marta-lindqvist", "pavel-horak"}) {
            assertRole(x, "person:" + person, "org:nato", "Co-Leader");
        }
        for (String person : new String[] {"ilse-marrow", "tomas-berg"}) {
            assertRole(x, "person:" + person, "org:au", "Chairperson");
        }
    }

    @Test
    void aPluralTitleWithoutTwoNamesGivesNoRole() {
        Extraction x = extractor.extract("Chilean Foreign Minister Ana Fuentes arrived on Monday. The foreign ministers "
                + "met in Brussels, and ministers Anna Berg of Sweden and Ola Nilsen of Norway spoke first.");
        assertEquals(1, x.relations().stream().filter(r -> r.type() == RelationType.HOLDS_ROLE).count(),
                x.relations().toString());
    }

    @Test
    void aMinisterActingOnBehalfOfACountryHoldsTheRoleThere() {
        Extraction x = extractor.extract("Security Minister Sada Kone signed the ceasefire on behalf of the Malian "
                + "government. Interior Minister Jonas Brandt thanked Ali Diallo, who signed on behalf of Niger.");
        assertRole(x, "person:sada-kone", "country:ML", "Minister");
        assertFalse(ExtractorTest.hasRelation(x, RelationType.HOLDS_ROLE, "person:jonas-brandt", "country:NE"),
                x.relations().toString());
    }

    @Test
    void aCounterpartHoldsTheSameTitleInTheCountryNamedBeforeTheWord() {
        Extraction x = extractor.extract("Chilean Foreign Minister Ana Fuentes met her Peruvian counterpart Luis Quispe "
                + "in Lima on Monday.");
        assertRole(x, "person:luis-quispe", "country:PE", "Foreign Minister");
        assertFalse(ExtractorTest.hasRelation(x, RelationType.HOLDS_ROLE, "person:luis-quispe", "country:CL"));
    }
}
