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

    @Test
    void anAcronymBeforeTheTitleIsTheOrganizationTheTitleBelongsTo() {
        Extraction x = extractor.extract("Talks resumed in Dakar on Monday. The vote on PDR leader Jonas Brandtner's "
                + "candidacy is set for Tuesday, and the finance ministry will go to UFD chairman Erik Wallmann.");
        ExtractedRelation leader = relation(x, RelationType.HOLDS_ROLE, "person:jonas-brandtner", "org:pdr");
        assertNotNull(leader, x.relations().toString());
        assertEquals("Leader", leader.properties().get("title"));
        assertNotNull(relation(x, RelationType.HOLDS_ROLE, "person:erik-wallmann", "org:ufd"), x.relations().toString());
        // not the country of the dateline or of the article
        assertFalse(ExtractorTest.hasRelation(x, RelationType.HOLDS_ROLE, "person:jonas-brandtner", "country:SN"));
    }

    @Test
    void shortAndAppositiveTitles() {
        Extraction x = extractor.extract("Violence broke out in Gao when Malian PM Ibrahim Kone visited the town. "
                + "Most members have signed the charter, Tomas Irakoze, AU chairperson, said at the summit.");
        ExtractedRelation pm = relation(x, RelationType.HOLDS_ROLE, "person:ibrahim-kone", "country:ML");
        assertNotNull(pm, x.relations().toString());
        assertEquals("Prime Minister", pm.properties().get("title"));
        assertNotNull(relation(x, RelationType.HOLDS_ROLE, "person:tomas-irakoze", "org:au"), x.relations().toString());
    }

    @Test
    void aCounterpartHoldsTheSameTitleInTheCountryNamedBeforeTheWord() {
        Extraction x = extractor.extract("Chilean Foreign Minister Ana Fuentes met her Peruvian counterpart Luis Quispe "
                + "in Lima on Monday.");
        ExtractedRelation role = relation(x, RelationType.HOLDS_ROLE, "person:luis-quispe", "country:PE");
        assertNotNull(role, x.relations().toString());
        assertEquals("Foreign Minister", role.properties().get("title"));
        assertFalse(ExtractorTest.hasRelation(x, RelationType.HOLDS_ROLE, "person:luis-quispe", "country:CL"));
    }
}
