package dev.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsgraph.extract.ner.NameSpan;
import dev.newsgraph.extract.ner.NameTagger;

/**
 * Names that no gazetteer holds, found by the trained tagger and typed with the rules: towns, companies,
 * people with particles in their names, surnames never given in full; and capitalised common words left out.
 * Every name here is invented and in no word list of the project.
 */
class TaggedNamesTest {

    private static final Extractor extractor = Extractor.loadDefault();

    /** Each id among the entities; an id's prefix is its type (org:, place:, person:). */
    private static void assertFound(Extraction x, String... ids) {
        for (String id : ids) {
            assertNotNull(x.entities().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null),
                    id + " in " + x.entities());
        }
    }

    private static ExtractedEntity entity(Extraction x, String id) {
        return ExtractorTest.entity(x, id);
    }

    @Test
    void aTownAndACompanyNoListHolds() {
        Extraction x = extractor.extract("Hundreds of workers marched through Zgierz on Friday after Kowalczyk Logistics "
                + "said it would close its depot there. \"We were told nothing,\" said Agnieszka Wielgosz, a driver.");
        assertEquals(EntityType.PLACE, entity(x, "place:zgierz").type());
        assertEquals(EntityType.ORGANIZATION, entity(x, "org:kowalczyk-logistics").type());
        assertNotNull(entity(x, "person:agnieszka-wielgosz"));
        ExtractorTest.assertNoEntity(x, EntityType.PERSON, name -> name.contains("Logistics"));
    }

    @Test
    void organizationsOfSeveralWordsWithoutAHeadNounInRunningText() {
        // no "Agency", "Group" or "Council" to type them by: the tagger's span, trusted in mid-sentence
        Extraction x = extractor.extract("The union said Vantorre Maritime would cut 300 jobs, a spokeswoman told "
                + "Nordvik Dagsavis on Monday. He urged the Southeast Asian bloc to act.");
        assertEquals(EntityType.ORGANIZATION, entity(x, "org:vantorre-maritime").type());
        assertEquals(EntityType.ORGANIZATION, entity(x, "org:nordvik-dagsavis").type());
        // an adjective of a place before a noun is no name
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Asian")), x.entities().toString());
    }

    @Test
    void townsInAListAndAnAssemblyAfterThe() {
        Extraction x = extractor.extract("Rebels have taken several other towns in the north, including Tazigrit, "
                + "Oumarsa and Telkoun. The new cabinet must still be confirmed by the Volksrat, officials said.");
        for (String id : new String[] {"place:tazigrit", "place:oumarsa", "place:telkoun"}) {
            assertNotNull(entity(x, id), id + " in " + x.entities());
        }
        ExtractorTest.assertNoEntity(x, EntityType.PERSON, "Volksrat"::equals);
    }

    @Test
    void aCapitalsNameThatStartsAPersonsNameAndATimeZone() {
        Extraction x = extractor.extract("Victoria Adebayo, a nurse, said the clinic had closed. The match ended at "
                + "21:30 GMT on Friday.");
        assertNotNull(entity(x, "person:victoria-adebayo"), x.entities().toString());
        // neither the Seychelles (whose capital is Victoria) nor a place called GMT
        assertEquals(1, x.entities().size(), x.entities().toString());
    }

    @Test
    void anUnknownAcronymALoneNameAfterADescriptorAndALoneSpeaker() {
        Extraction x = extractor.extract("The course has been certified by the spy agency KSRQ. Regulators at the "
                + "telecom agency Vexmark held hearings on the VAT rise and GDP. Talvenheimo, who led the inquiry, "
                + "said the rules were clear. \"It is over,\" said Brzeczkowski.");
        assertFound(x, "org:ksrq", "org:vexmark", "person:talvenheimo", "person:brzeczkowski");
        // terms written in capitals are no organization
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("VAT") || e.name().equals("GDP")),
                x.entities().toString());
    }

    @Test
    void loneSurnamesByWordsThatReferOnlyToPeople() {
        Extraction x = extractor.extract("Hair is put in a chemical bath, Vaskendorf explains. Ostrowiecka herself "
                + "appears briefly in the film. Kwiatelski, whose grandmother was from Lodz, visited the city.");
        assertFound(x, "person:vaskendorf", "person:ostrowiecka", "person:kwiatelski");
    }

    @Test
    void wordsAroundANameThatMakeItAPersonOrNoName() {
        Extraction x = extractor.extract("The envoy flew to Vienna in March and met Dravenko and other officials. "
                + "Many MLAs and NGOs oppose the bill, which dates from the Seventies. Using Vaskendorf's method, "
                + "the team found graves from 300 BCE. Troops held the Trans-Veldic front for a year.");
        assertFound(x, "person:dravenko");
        // a sentence's opening participle is no word of a name, and an adjective of a region no place
        assertTrue(x.entities().stream().noneMatch(e -> e.name().startsWith("Using") || e.name().contains("Veldic")),
                x.entities().toString());
        for (String word : new String[] {"MLAs", "NGOs", "Seventies", "BCE"}) {
            assertTrue(x.entities().stream().noneMatch(e -> e.name().equals(word)), word + " in " + x.entities());
        }
    }

    @Test
    void companiesByWhatOnlyAnOrganizationHasAndNamesBeforeAModifyingHyphen() {
        Extraction x = extractor.extract("A Harlow-Brenton spokeswoman said the plant would stay open. Kestrova "
                + "shareholders approved the deal, and investors loved Trellgate-parent Yum Orvane for years.");
        assertFound(x, "org:harlow-brenton", "org:kestrova");
        ExtractorTest.assertNoEntity(x, EntityType.PERSON, name -> name.contains("Harlow") || name.equals("Kestrova"));
        // "Trellgate-parent" describes the company after it and is no word of its name
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("parent")), x.entities().toString());
    }

    @Test
    void companiesByTheirSuffixesAndASentencesFirstWordOutsideThem() {
        Extraction x = extractor.extract("Shares of Kestrel Motor Co. fell on the Orlin Stock Exchange. Varnow Brothers "
                + "Inc. analysts said Tessaly Chemicals Corp. and Morrow Ford Co. would merge.");
        for (String word : new String[] {"Kestrel Motor", "Orlin Stock Exchange", "Varnow Brothers", "Tessaly Chemicals",
                "Morrow Ford"}) {
            assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                    && e.name().startsWith(word)), word + " in " + x.entities());
        }
        assertTrue(x.entities().stream().noneMatch(e -> e.name().startsWith("Shares") || e.name().contains(" and ")),
                x.entities().toString());
        // a company written as its web address is one name, and its suffix alone names nobody
        Extraction web = extractor.extract("Kestrelmart.com Inc said it would hire 10,000 workers in Orlin.");
        assertTrue(web.entities().stream().anyMatch(e -> e.name().startsWith("Kestrelmart.com")), web.entities().toString());
        ExtractorTest.assertNoEntity(web, EntityType.PERSON, name -> name.startsWith("Inc"));
    }

    @Test
    void aCompanyATitleAndItsHolderTaggedAsOneName() {
        Extraction x = extractor.extract("Tessaly Motors Corp Chairman Lee Varnowski told reporters in Orlin that sales "
                + "were strong.");
        assertFound(x, "person:lee-varnowski");
        assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.name().startsWith("Tessaly Motors")), x.entities().toString());
    }

    @Test
    void aTitleEndingAnOfficesNameIsNoPartOfIt() {
        Extraction x = extractor.extract("The Ontario Independent Police Review Director, Gerry Varnowski, set the terms "
                + "for his review this week. Martin Luther King Jr. spoke to the crowd in Orlin.");
        assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.name().equals("Ontario Independent Police Review")), x.entities().toString());
        assertFound(x, "person:gerry-varnowski");
        ExtractorTest.assertNoEntity(x, EntityType.PERSON, name -> name.equals("Martin Luther"));
    }

    @Test
    void noNameRunsThroughADashThatSetsOffAClause() {
        Extraction x = extractor.extract("As the film makes clear, the Kestrels -- and Richard in particular -- were "
                + "reluctant participants in history. The Orlin Times -- and Reuters too -- reported the deal.");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("--") || e.name().contains(" and ")),
                x.entities().toString());
        assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION
                && e.name().equals("Orlin Times")), x.entities().toString());
    }

    @Test
    void aKingdomOrCityOfAPlaceIsAPlace() {
        Extraction x = extractor.extract("Enrique planned an invasion of the entire Kingdom of Kestrelia, while "
                + "senators discussed the federalization of the City of Orlin Vale.");
        for (String name : new String[] {"Kingdom of Kestrelia", "City of Orlin Vale"}) {
            assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.PLACE && e.name().equals(name)),
                    name + " in " + x.entities());
        }
    }

    @Test
    void aNameChosenForARoleIsAPerson() {
        Extraction x = extractor.extract("The ruling Kestrel Democratic Party chose Tazuko Varnomiya as its new leader "
                + "on Sunday.");
        assertEquals(EntityType.PERSON, entity(x, "person:tazuko-varnomiya").type());
    }

    @Test
    void aWireStorysDatelineIsAPlaceAsItIsWritten() {
        Extraction x = extractor.extract("KESTRELVILLE, March 3 (AP) - Floods hit the town on Monday.");
        assertFound(x, "place:kestrelville");
        assertEquals("Kestrelville", entity(x, "place:kestrelville").name());
        Extraction city = extractor.extract("MOSCOW -- Officials in Orlin denied the report on Monday.");
        assertEquals(EntityType.PLACE, entity(city, "place:moscow").type());
        // capitals that open a sentence without a dateline's punctuation name what they name
        Extraction acronym = extractor.extract("NATO, the Atlantic alliance, said on Monday it would send more troops.");
        assertFound(acronym, "org:nato");
        ExtractorTest.assertNoEntity(acronym, EntityType.PLACE, name -> name.equalsIgnoreCase("NATO"));
    }

    @Test
    void anOfficesHolderRightAfterItsNameIsAPerson() {
        Extraction x = extractor.extract("Kestrelia was represented by the Director of the Office of the Central "
                + "Commission for Maritime Affairs Maria Velkova.");
        assertFound(x, "person:maria-velkova");
        ExtractorTest.assertNoEntity(x, EntityType.ORGANIZATION, name -> name.contains("Velkova"));
    }

    @Test
    void anOrganizationNamedBeforeItsKindIsNoReferenceBack() {
        Extraction x = extractor.extract("The Census Bureau released the figures on Monday. The Trevanic Workers union "
                + "said the count was wrong. Students at the University of North Dravonia protested.");
        // the sentence's capitalised article is no word of the name, and "the ... union" is a new organization
        ExtractedEntity bureau = entity(x, "org:census-bureau");
        assertTrue(bureau.aliases().stream().noneMatch(a -> a.contains("union")), bureau.aliases().toString());
        assertFound(x, "org:trevanic-workers");
        // a compass word does not end a name: no person "Dravonia"
        ExtractorTest.assertNoEntity(x, EntityType.PERSON, name -> name.contains("Dravonia"));
    }

    @Test
    void aCountrysInstitutionKeepsTheCountryInItsName() {
        // "Secret Service" alone would be one node for every country's
        Extraction x = extractor.extract("The case went to the U.S. Supreme Court in March. Russian Secret Service "
                + "agents were seen in Vienna, the report said.");
        assertFound(x, "org:u-s-supreme-court", "org:russian-secret-service");
    }

    @Test
    void aCompanyNamedLikeATitleAndPlacesByTheirLastWord() {
        Extraction x = extractor.extract("General Motors said sales fell. The talks were held at a hotel in Varnow "
                + "Hills, near Kelsby Harbour. Floods reached the Oskava Delta.");
        assertFound(x, "org:general-motors", "place:varnow-hills", "place:kelsby-harbour", "place:oskava-delta");
        // a capital's name that starts a person's after a country's possessive, and a name the tagger need not know
        Extraction hosted = extractor.extract("The ceremony was hosted by Paraguay's Santiago Perolta, aides said. "
                + "Chile's Tomas Vrabenko did not attend.");
        assertFound(hosted, "person:santiago-perolta", "person:tomas-vrabenko");
        assertTrue(x.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.entities().toString());
    }

    @Test
    void aNameWithALowerCaseParticleAndItsLaterSurname() {
        Extraction x = extractor.extract("Ramon dela Cruz, a fisherman from Masinloc, said the coast guard had turned "
                + "his boat away. Dela Cruz said he would return next week.");
        ExtractedEntity fisherman = entity(x, "person:ramon-dela-cruz");
        assertEquals(2, fisherman.mentions());
        assertEquals("Dela Cruz", fisherman.mentionSpans().get(1).text());
        assertEquals(EntityType.PLACE, entity(x, "place:masinloc").type());
    }

    @Test
    void aSurnameNeverGivenInFullIsAPersonOfItsOwn() {
        Extraction x = extractor.extract("The levy will hurt small farmers in the north, said Okonkwo, who chairs the "
                + "growers' association.");
        ExtractedEntity okonkwo = entity(x, "person:okonkwo");
        assertNotNull(okonkwo);
        assertEquals("true", okonkwo.attributes().get("partialName"));
    }

    @Test
    void aPlaceBeforeACommaAndSaidIsNotTheSpeaker() {
        Extraction x = extractor.extract("Protesters marched through Zgierz, said Agnieszka Wielgosz.");
        assertEquals(EntityType.PLACE, entity(x, "place:zgierz").type());
        assertNotNull(entity(x, "person:agnieszka-wielgosz"));
    }

    @Test
    void capitalisedCommonWordsAreNotNames() {
        Extraction x = extractor.extract("Government officials met union leaders on Monday. Coalition partners "
                + "said the Committee would vote next week.");
        assertTrue(x.entities().isEmpty(), () -> "unexpected: " + x.entities());
    }

    @Test
    void aNameWithARegnalNumberIsARuler() {
        Extraction x = extractor.extract("The temple was rebuilt in the time of Sethrenu III, decades before "
                + "Aldovar V lost the city. Its walls survived World War II.");
        assertEquals(EntityType.PERSON, entity(x, "person:sethrenu-iii").type());
        assertEquals(EntityType.PERSON, entity(x, "person:aldovar-v").type());
        ExtractorTest.assertNoEntity(x, EntityType.PERSON, name -> name.contains("War"));
    }

    @Test
    void aNameAfterSaidThatStartsTheReportedClauseIsNoSpeaker() {
        Extraction x = extractor.extract("Shares in Morvane fell 4 percent after the carmaker cut its forecast. "
                + "Analysts said Morvane needed a partner, and Morvane dealers reported weak orders.");
        ExtractorTest.assertNoEntity(x, EntityType.PERSON, "Morvane"::equals);
    }

    @Test
    void aGivenNameFirstDoesNotOverruleAPlaceAndFunctionWordsEndANameRun() {
        Extraction x = extractor.extract("Augustus founded the Roman Empire after years of civil war. More parents "
                + "named their daughters Keira than Kiera last year. Critics accused Hastings of ignoring the warnings.");
        ExtractorTest.assertNoEntity(x, EntityType.PERSON, name -> name.contains("Empire") || name.contains(" than "));
        assertTrue(x.entities().stream().noneMatch(e -> e.name().endsWith(" of")), x.entities().toString());
    }

    @Test
    void aTradeBeforeOrAfterAPersonsNameAndWhoMakePersons() {
        Extraction x = extractor.extract("In 1832 the mill was sold to the manufacturer Georg Reichenbach by the "
                + "state. The band hired Mireille Castagne, a producer from Lyon. Isner, who served 40 aces in the "
                + "match, also paid his tribute.");
        for (String id : List.of("person:georg-reichenbach", "person:mireille-castagne", "person:isner")) {
            assertEquals(EntityType.PERSON, entity(x, id).type(), id);
        }
    }

    @Test
    void anOrganizationThatStartsWithAKnownNameOrAGivenNameThatIsAWord() {
        Extraction x = extractor.extract("Donors can give plasma at any clinic, says Norwegian Plasma Services, which "
                + "runs the programme. He then spent four years with BBC Arctic Service radio in Tromsø. Meanwhile, "
                + "Bank of Tarvania customers earn 3% on their balances.");
        assertFound(x, "org:norwegian-plasma-services", "org:bbc-arctic-service", "org:bank-of-tarvania");
    }

    @Test
    void aHeadNounFirstTypesTheNameAndADemonymIsNoCountrysName() {
        Extraction x = extractor.extract("In 1842 the kingdom agreed to the provisions of the Treaty of Velmora. "
                + "Delegates gathered for the Conference of the Signatories in Tarsk. Thai officials said the talks "
                + "would resume.");
        assertEquals(EntityType.AGREEMENT, entity(x, "agreement:treaty-of-velmora").type());
        assertEquals(EntityType.EVENT, entity(x, "event:conference-of-the-signatories").type());
        // "Thai" is among Thailand's aliases too, but written on its own it is the demonym
        assertEquals(MentionSpan.Kind.DEMONYM, entity(x, "country:TH").mentionSpans().get(0).kind());
    }

    @Test
    void aCompanyNamedByCommonWordsInMidSentenceButNoDay() {
        Extraction x = extractor.extract("Regulators cleared the telecom operator's acquisition of Harbour Global's "
                + "networks in four countries on Tuesday. Regulators cleared the acquisition of Pioneer Natural's oil "
                + "fields in Texas. Soldiers trained with the Norwegian Coastal Self-Defense Force near Bodø. Turnout "
                + "on Election Day was higher than expected.");
        assertFound(x, "org:harbour-global", "org:pioneer-natural", "org:norwegian-coastal-self-defense-force");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Election")), x.entities().toString());
    }

    @Test
    void aTitledSurnameWithAParticleIsThePersonNamedInFullAndAThingsPluralNoEntity() {
        Extraction x = extractor.extract("India signed a deal for 36 Tornavel fighter jets on Friday. Defence "
                + "Minister Manohar Parrikar and his French counterpart Jean-Marc Le Bihanec signed the agreement in "
                + "Delhi. \"It is done,\" Mr Le Bihanec told reporters. The first Tornavels are expected to be "
                + "delivered by 2019.");
        assertEquals(2, entity(x, "person:jean-marc-le-bihanec").mentions(), x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Le Bihanec") || e.name().equals("Tornavels")),
                x.entities().toString());
    }

    @Test
    void anOpeningAdverbAndAGenerationalSuffixAreNoPartOfAName() {
        Extraction x = extractor.extract("Naturally China will be presenting plenty of other military hardware this "
                + "week. It contains a monument to Martin Luther King, Jr.");
        assertFound(x, "country:CN", "person:martin-luther-king");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().startsWith("Naturally") || e.name().startsWith("Jr")),
                x.entities().toString());
    }

    @Test
    void aNameWithTwoParticlesIsOnePersonAfterATitleAndBeforeAnAppositive() {
        Extraction x = extractor.extract("Dutch Foreign Minister Ilse van der Molen met Belgian Foreign Minister "
                + "Maxime Corvilain in Brussels on Friday. Ilse van der Molen, the Dutch foreign minister, spoke first.");
        assertEquals(2, entity(x, "person:ilse-van-der-molen").mentions(), x.entities().toString());
        assertTrue(x.entities().stream().noneMatch(e -> e.name().equals("Ilse") || e.name().equals("Molen")),
                x.entities().toString());
    }

    @Test
    void theTaggerSeesTheArticleAsOneDocument() {
        NameTagger tagger = NameTagger.loadDefault();
        List<String[]> sentences = List.of("Mirela Dobre leads the Iasi Workers Union .".split(" "),
                "Dobre said talks would resume .".split(" "));
        List<List<NameSpan>> first;
        List<List<NameSpan>> again;
        try (NameTagger.Document doc = tagger.newDocument()) {
            first = doc.tagArticle(sentences);
        }
        try (NameTagger.Document doc = tagger.newDocument()) {
            again = doc.tagArticle(sentences);
        }
        assertEquals(first, again, "a reused finder forgets the previous article");
        assertTrue(first.get(0).stream().anyMatch(n -> n.type().equals("PER") && n.start() == 0 && n.end() == 2));
        assertTrue(first.get(1).stream().anyMatch(n -> n.type().equals("PER") && n.start() == 0 && n.end() == 1));
        assertFalse(first.get(1).stream().anyMatch(n -> n.start() > 0));
    }
}
