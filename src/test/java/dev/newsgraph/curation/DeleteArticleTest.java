package dev.newsgraph.curation;

import static dev.newsgraph.testsupport.GraphQL.READER_KEY;
import static dev.newsgraph.testsupport.GraphQL.ingest;
import static dev.newsgraph.testsupport.GraphQL.post;
import static dev.newsgraph.testsupport.GraphQL.postWithKey;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import dev.newsgraph.article.Article;
import dev.newsgraph.ingest.ArticleIngestion;
import io.quarkus.test.junit.QuarkusTest;

/**
 * deleteArticle through /graphql, against the real Neo4j and store: what only the article supported leaves the
 * graph, what other articles support stays, a second call changes nothing, and each deletion is in the audit list.
 */
@QuarkusTest
class DeleteArticleTest {

    @Inject
    ArticleIngestion ingestion;

    @Inject
    Driver driver;

    static final String DELETE = """
            mutation Delete($id: ID!) { deleteArticle(id: $id) { articleId deleted factsRemoved entitiesRemoved } }""";
    static final String ENTITY = """
            query Entity($id: ID!) { entity(id: $id) { id relations(types: [MET_WITH]) { other { id } evidence { articleId } } } }""";
    static final String CHECKSUM = "{ stats { graphArticles factsChecksum } }";

    @Test
    void whatOnlyTheArticleSupportedLeavesTheGraphAndTheRestStays() {
        String first = ingest("Lisbon talks", "Portuguese Foreign Minister Telmo Quarantas met with Dutch Foreign "
                + "Minister Ilse Vandergraaf in Velhanopolis on Monday. Quarantas also met with Prime Minister "
                + "Ondrej Maxoval.");
        String second = ingest("Brussels talks", "Dutch Foreign Minister Ilse Vandergraaf met with Portuguese "
                + "Foreign Minister Telmo Quarantas again in Brussels on Friday.");

        post(DELETE, "id", first).body("errors", nullValue())
                .body("data.deleteArticle.deleted", equalTo(true))
                .body("data.deleteArticle.factsRemoved", equalTo(1)) // Maxoval met Quarantas: only the first said so
                .body("data.deleteArticle.entitiesRemoved", equalTo(2)); // Maxoval and Velhanopolis

        post("query A($id: ID!) { article(id: $id) { id } }", "id", first).body("data.article", nullValue());
        post(ENTITY, "id", "person:ondrej-maxoval").body("data.entity", nullValue());
        post(ENTITY, "id", "place:velhanopolis").body("data.entity", nullValue());
        // the meeting both articles report stays, with the second article's evidence only
        post(ENTITY, "id", "person:telmo-quarantas").body("errors", nullValue())
                .body("data.entity.relations.other.id", contains("person:ilse-vandergraaf"))
                .body("data.entity.relations[0].evidence.articleId", everyItem(equalTo(second)));
    }

    @Test
    void deletingAgainChangesNothingAndUnknownOrOverlongIdsAreHandled() {
        String id = ingest("Once", "Finnish President Aleksi Vornanen met with Estonian Prime Minister Kadri Lepmets "
                + "in Tallinn on Tuesday.");
        post(DELETE, "id", id).body("data.deleteArticle.deleted", equalTo(true));
        String checksum = post(CHECKSUM).extract().path("data.stats.factsChecksum");

        post(DELETE, "id", id).body("errors", nullValue())
                .body("data.deleteArticle.deleted", equalTo(false))
                .body("data.deleteArticle.factsRemoved", equalTo(0))
                .body("data.deleteArticle.entitiesRemoved", equalTo(0));
        post(DELETE, "id", "no-such-article").body("data.deleteArticle.deleted", equalTo(false));
        assertEquals(checksum, post(CHECKSUM).extract().path("data.stats.factsChecksum"));
        post(DELETE, "id", "x".repeat(5000)).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void onlyAWriterMayDeleteAndTheAuditListSaysWhoDidWhat() {
        String id = ingest("Audit", "Latvian Defence Minister Andris Kalnavs met with Lithuanian Defence Minister "
                + "Rokas Vaitkunas in Riga on Monday.");
        String checksum = post(CHECKSUM).extract().path("data.stats.factsChecksum");
        postWithKey(READER_KEY, DELETE, "id", id).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        postWithKey(null, DELETE, "id", id).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertEquals(checksum, post(CHECKSUM).extract().path("data.stats.factsChecksum"), "refused calls change nothing");
        post("query A($id: ID!) { article(id: $id) { id } }", "id", id).body("data.article.id", equalTo(id));

        post(DELETE, "id", id).body("data.deleteArticle.deleted", equalTo(true));
        post("{ curationLog(first: 1) { totalCount edges { cursor node { at actor action target detail } } } }")
                .body("errors", nullValue())
                .body("data.curationLog.edges[0].node.actor", equalTo("tests")) // the writer key's name
                .body("data.curationLog.edges[0].node.action", equalTo("deleteArticle"))
                .body("data.curationLog.edges[0].node.target", equalTo(id))
                .body("data.curationLog.edges[0].node.detail", containsString("facts removed"))
                .body("data.curationLog.edges[0].node.at", notNullValue());
        post("{ curationLog(after: \"bm90LWEtY3Vyc29y\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void deletingEveryArticleLeavesAnEmptyGraph() {
        ingest("One more", "Norwegian Prime Minister Jonas Gahr Store met with Swedish Prime Minister Ulf Kristersson "
                + "in Oslo on Monday.");
        List<String> ids;
        do {
            ids = post("{ articles(first: 100) { edges { node { id } } } }").extract().path("data.articles.edges.node.id");
            ids.forEach(id -> post(DELETE, "id", id).body("data.deleteArticle.deleted", equalTo(true)));
        } while (!ids.isEmpty());
        post("{ stats { graphArticles evidence entitiesByType { count } relationsByType { count } } }")
                .body("errors", nullValue())
                .body("data.stats.graphArticles", equalTo(0))
                .body("data.stats.evidence", equalTo(0))
                .body("data.stats.entitiesByType.count", everyItem(equalTo(0)))
                .body("data.stats.relationsByType.count", everyItem(equalTo(0)));
    }

    @Test
    void aProjectionThatEndsAfterItsArticleWasDeletedIsTakenBack() {
        // as if deleteArticle had run while this article was being extracted: the store no longer holds it
        Article deleted = new Article();
        deleted.id = java.util.UUID.randomUUID().toString();
        deleted.title = "Deleted meanwhile";
        deleted.text = "Icelandic Prime Minister Svala Thorvaldsdottir met with Faroese leader Jogvan Midjord in Reykjavik.";
        deleted.contentHash = "not-stored";
        ingestion.project(deleted);
        long nodes = driver.executableQuery("MATCH (a:Article {id: $id}) RETURN count(a) AS n")
                .withParameters(Map.of("id", deleted.id)).execute().records().get(0).get("n").asLong();
        assertEquals(0, nodes, "the graph does not keep an article the store no longer has");
        post(ENTITY, "id", "person:svala-thorvaldsdottir").body("data.entity", nullValue());
    }
}
