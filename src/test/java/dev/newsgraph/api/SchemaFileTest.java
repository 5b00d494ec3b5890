package dev.newsgraph.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The GraphQL schema is committed (src/main/graphql/schema.graphql) so client teams can generate code
 * from it; this fails when it differs from what the service serves. To update the committed copy:
 * ./mvnw test -Dtest=SchemaFileTest -Dnewsgraph.write-schema=true
 */
@QuarkusTest
class SchemaFileTest {

    static final Path COMMITTED = Path.of("src", "main", "graphql", "schema.graphql");

    @Test
    void theCommittedSchemaIsWhatTheServiceServes() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("newsgraph.write-schema")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        assertEquals(committed, served, COMMITTED + " is out of date: run ./mvnw test -Dtest=SchemaFileTest "
                + "-Dnewsgraph.write-schema=true and commit it");
    }
}
