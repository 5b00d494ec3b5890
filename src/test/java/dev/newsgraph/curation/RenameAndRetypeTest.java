package dev.newsgraph.curation;

import static dev.newsgraph.testsupport.GraphQL.READER_KEY;
import static dev.newsgraph.testsupport.GraphQL.post;
import static dev.newsgraph.testsupport.GraphQL.postWithKey;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.newsgraph.testsupport.ReprocessRuns;
import dev.newsgraph.testsupport.GraphQL;
import io.quarkus.test.junit.QuarkusTest;

/**
 * renameEntity and setEntityType through /graphql, against the real Neo4j and store: the entity changes at once,
 * later articles that name it keep the correction, and so does a rebuild of the graph from the store.
 */
@QuarkusTest
class RenameAndRetypeTest {

    static final String ENTITY = "query E($id: ID!) { entity(id: $id) { __typename id name aliases } }";
    static final String PERSON = "person:telmo-varandas";
    static final String COMPANY = "org:norvik-maritime";

    @Test
    void aNewNameAndTypeHoldForLaterArticlesAndARebuild() throws InterruptedException {
        GraphQL.ingest("Shipping", "Portuguese Foreign Minister Telmo Varandas met with executives of the "
                + "shipping company Norvik Maritime in Lisbon on Monday.");
        post("mutation { renameEntity(id: \"" + PERSON + "\", name: \"Telmo Varandas Silva\") { id name aliases } }")
                .body("errors", nullValue())
                .body("data.renameEntity.name", equalTo("Telmo Varandas Silva"))
                .body("data.renameEntity.aliases", hasItem("Telmo Varandas"));
        post("mutation { setEntityType(id: \"" + COMPANY + "\", type: Place) { __typename id } }")
                .body("errors", nullValue())
                .body("data.setEntityType.__typename", equalTo("Place"));

        GraphQL.ingest("Shipping again", "Telmo Varandas, Portugal's foreign minister, visited Norvik "
                + "Maritime again on Thursday.");
        String checksum = post("{ stats { factsChecksum } }").extract().path("data.stats.factsChecksum");
        post("mutation { reprocess(onlyOutdated: false) { state } }").body("errors", nullValue());
        ReprocessRuns.awaitFinished();

        post(ENTITY, "id", PERSON).body("data.entity.name", equalTo("Telmo Varandas Silva"));
        post(ENTITY, "id", COMPANY).body("data.entity.__typename", equalTo("Place"));
        post("{ entities(types: [Place], nameContains: \"Norvik\") { edges { node { id } } } }")
                .body("data.entities.edges.node.id", hasItem(COMPANY));
        assertEquals(checksum, post("{ stats { factsChecksum } }").extract().path("data.stats.factsChecksum"));
        post("{ curationLog(first: 10) { edges { node { action target } } } }")
                .body("data.curationLog.edges.node.action", hasItem("setEntityType"))
                .body("data.curationLog.edges.node.action", hasItem("renameEntity"));
    }

    @Test
    void correctionsThatCannotBeDoneAreRefused() {
        post("mutation { renameEntity(id: \"person:nobody-at-all\", name: \"X\") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        post("mutation { renameEntity(id: \"country:FR\", name: \"  \") { id } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        postWithKey(READER_KEY, "mutation { setEntityType(id: \"country:FR\", type: Place) { id } }")
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
