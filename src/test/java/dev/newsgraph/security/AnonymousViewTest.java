package dev.newsgraph.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import dev.newsgraph.testsupport.Management;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What a client of the public port sees: GraphQL, GraphiQL and the schema, but neither health details
 * (they name the Neo4j server) nor metrics (the JVM, its heap). Those are on the management port.
 */
@QuarkusTest
class AnonymousViewTest {

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        for (String path : new String[] { "/q/health", "/q/health/ready", "/q/health/live", "/q/metrics" }) {
            given().get(path).then().statusCode(404);
        }
        given().get("/q/graphql-ui/").then().statusCode(200);
        given().get("/graphql/schema.graphql").then().statusCode(200);
    }

    @Test
    void theManagementPortServesThem() {
        given().get(Management.url("/health/ready")).then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Neo4j")));
        given().get(Management.url("/metrics")).then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }
}
