package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** Organizations news names all the time: agencies that report, parliaments, and a council named like another. */
class KnownOrganizationsTest {

    private static final Extractor extractor = Extractor.loadDefault();

    @Test
    void aNewsAgencyThatReportsIsAnOrganization() {
        Extraction x = extractor.extract("The two countries will exchange envoys within two months, Al Arabiya reported.");
        ExtractedEntity agency = ExtractorTest.entity(x, "org:al-arabiya");
        assertNotNull(agency, x.entities().toString());
        assertEquals(EntityType.ORGANIZATION, agency.type());
    }

    @Test
    void aParliamentIsNoPersonAndACouncilIsNotTheSecurityCouncil() {
        Extraction x = extractor.extract("The new government must be elected by the Bundestag. The African Union's "
                + "Peace and Security Council said talks should resume.");
        assertEquals(EntityType.ORGANIZATION, ExtractorTest.entity(x, "org:bundestag").type());
        assertNotNull(ExtractorTest.entity(x, "org:peace-and-security-council"), x.entities().toString());
        assertFalse(x.entities().stream().anyMatch(e -> e.id().equals("org:unsc")), x.entities().toString());
    }

    @Test
    void aNameDescribedAsAnExerciseIsAnEvent() {
        Extraction x = extractor.extract("Next year, Chile will join Southern Lance, the largest annual field training "
                + "exercise in the region.");
        ExtractedEntity drill = x.entities().stream().filter(e -> e.name().equals("Southern Lance")).findFirst().orElse(null);
        assertNotNull(drill, x.entities().toString());
        assertEquals(EntityType.EVENT, drill.type());
    }

    @Test
    void anOrganizationsNamesInTwoLanguagesAndItsAcronymAreOneNodeAndAPartyIsNoCountry() {
        Extraction x = extractor.extract("Doctors Without Borders said its clinic in Gaza had been shelled. Médecins "
                + "Sans Frontières, known as MSF, has worked in the territory for decades. Jana Veselá, the leader of "
                + "the SPD, said the party would support the aid plan.");
        ExtractedEntity msf = ExtractorTest.entity(x, "org:msf");
        assertEquals(3, msf.mentions(), x.entities().toString());
        // a party's leader leads the party, not the country it stands in
        assertNotNull(ExtractorTest.relation(x, RelationType.HOLDS_ROLE, "person:jana-vesela", "org:spd"),
                x.relations().toString());
    }
}
