package dev.newsgraph.it;

import static dev.newsgraph.testsupport.GraphQL.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import dev.newsgraph.testsupport.Management;
import dev.newsgraph.testsupport.PackagedAppResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The packaged application as it is deployed (JVM jar here; the native executable where -Dnative
 * builds one), in its production profile: samples loaded, GraphiQL and the schema served, healthy.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(PackagedAppResource.class)
class PackagedServiceIT {

    @Test
    void firstStartLoadsTheSampleArticlesIntoTheGraph() {
        post("query { articles(first: 20) { totalCount edges { node { status } } } }")
                .body("errors", nullValue())
                .body("data.articles.totalCount", greaterThanOrEqualTo(5))
                .body("data.articles.edges.node.status", hasItem("PROJECTED"));
        post("query { search(text: \"NATO\") { entity { type ... on Organization { acronym } relations { type } } } }")
                .body("errors", nullValue())
                .body("data.search[0].entity.type", equalTo("Organization"))
                .body("data.search[0].entity.acronym", equalTo("NATO"))
                .body("data.search[0].entity.relations.type", hasItem("HOLDS_ROLE"));
    }

    @Test
    void theExplorerPageAndItsLibrariesAreServedFromThePackage() {
        given().when().get("/").then().statusCode(200).body(containsString("newsgraph explorer"));
        // every script the page names is in the package (WebJars through the locator, the page's own)
        String page = given().when().get("/").then().extract().asString();
        java.util.regex.Matcher src = java.util.regex.Pattern.compile("src=\"([^\"]+)\"").matcher(page);
        int scripts = 0;
        while (src.find()) {
            given().when().get(src.group(1)).then().statusCode(200);
            scripts++;
        }
        org.junit.jupiter.api.Assertions.assertEquals(5, scripts);
    }

    @Test
    void graphiqlAndTheSchemaAreServedInProduction() {
        given().when().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("ingestArticle"))
                .body(containsString("type Entity"));
    }

    @Test
    void healthAndMetricsAreOnlyOnTheManagementPort() {
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(404);
        given().when().get(Management.url("/metrics")).then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theNameModelLoadsInThePackagedApplication() {
        // a town in no gazetteer: only the trained tagger finds it, so this fails if the model is not packaged
        post("query { extract(text: \"Hundreds of workers marched through Zgierz on Friday.\") { entities { type name } } }")
                .body("errors", nullValue())
                .body("data.extract.entities.name", hasItem("Zgierz"))
                .body("data.extract.entities.type", hasItem("Place"));
    }

    @Test
    void readinessReportsNeo4jAndTheDatabase() {
        given().when().get(Management.url("/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Neo4j")))
                .body("checks.name", hasItem(containsString("Database")));
        post("query { extract(text: \"German Chancellor Friedrich Merz visited Paris.\") { entities { type name } } }")
                .body("errors", nullValue())
                .body("data.extract.entities.name", hasItem("Friedrich Merz"));
    }
}
