package dev.newsgraph.curation;

import static dev.newsgraph.testsupport.GraphQL.ingest;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;

import dev.newsgraph.testsupport.ReprocessRuns;
import io.quarkus.test.junit.QuarkusTest;

/**
 * splitAlias through /graphql, against the real Neo4j and store: a node that holds two people (here after a
 * mistaken merge) becomes two again, facts and all, the graph's facts are what they were before the mistake, and a
 * rebuild keeps the split.
 */
@QuarkusTest
class SplitAliasTest {

    static final String RIGHT = "person:rui-calado";
    static final String WRONG = "person:rui-calada";
    static final String MET = "query E($id: ID!) { entity(id: $id) { id name aliases relations(types: [MET_WITH]) { other { id } } } }";

    static String checksum() {
        return post("{ stats { factsChecksum } }").extract().path("data.stats.factsChecksum");
    }

    @Test
    void oneNodeForTwoPeopleBecomesTwoAgainAndStaysSo() throws InterruptedException {
        ingest("Porto", "Portuguese Economy Minister Rui Calado met with Spanish Economy Minister Carlos Cuerpo Arenas "
                + "in Porto on Monday.");
        ingest("Braga", "Portuguese Health Minister Rui Calada met with Galician President Alfonso Rueda Valverde in "
                + "Braga on Friday.");
        String before = checksum();
        post("mutation { mergeEntities(keep: \"" + RIGHT + "\", merge: [\"" + WRONG + "\"]) { merged } }")
                .body("errors", nullValue());

        post("mutation { splitAlias(entity: \"" + RIGHT + "\", alias: \"Rui Calada\") { from { id aliases } to { id name } "
                + "articlesReprojected } }").body("errors", nullValue())
                .body("data.splitAlias.to.id", equalTo(WRONG))
                .body("data.splitAlias.to.name", equalTo("Rui Calada"))
                .body("data.splitAlias.from.aliases", not(hasItem("Rui Calada")));
        post(MET, "id", WRONG).body("data.entity.id", equalTo(WRONG)) // the merged id stands for itself again
                .body("data.entity.relations.other.id", contains("person:alfonso-rueda-valverde"));
        post(MET, "id", RIGHT).body("data.entity.relations.other.id", contains("person:carlos-cuerpo-arenas"));
        assertEquals(before, checksum(), "the facts are what they were before the mistaken merge");

        post("mutation { reprocess(onlyOutdated: false) { state } }").body("errors", nullValue());
        ReprocessRuns.awaitFinished();
        assertEquals(before, checksum(), "and a rebuild keeps the split");
        post("{ curationLog(first: 5) { edges { node { action } } } }")
                .body("data.curationLog.edges.node.action", hasItem("splitAlias"));
    }

    @Test
    void anAliasTheEntityDoesNotHaveIsRefused() {
        ingest("Faro", "Portuguese Justice Minister Rita Alarcao met with lawyers in Faro on Monday.");
        post("mutation { splitAlias(entity: \"person:rita-alarcao\", alias: \"Someone Else\") { to { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("mutation { splitAlias(entity: \"person:nobody-here\", alias: \"X\") { to { id } } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post(MET, "id", "person:rita-alarcao").body("data.entity.name", equalTo("Rita Alarcao"));
    }
}
