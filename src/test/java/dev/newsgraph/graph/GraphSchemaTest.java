package dev.newsgraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.junit.QuarkusTest;

/** The versioned schema files are applied once each, recorded, and guarded against changes. */
@QuarkusTest
class GraphSchemaTest {

    @Inject
    Driver driver;

    @Inject
    GraphSchemaMigrator migrator;

    @Test
    void everySchemaFileIsListedInTheIndexInOrder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("graph-schema"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher")).sorted().toList();
        }
        List<String> listed = GraphSchema.load(getClass().getClassLoader()).stream().map(GraphSchema.SchemaFile::fileName).toList();
        assertEquals(onDisk, listed);
    }

    @Test
    void appliedVersionsAreRecordedAndAppliedOnlyOnce() {
        migrator.ensureUpToDate();
        List<GraphSchema.SchemaFile> files = GraphSchema.load(getClass().getClassLoader());
        List<String> recorded = driver.executableQuery("MATCH (v:SchemaVersion) RETURN v.version AS v ORDER BY v")
                .execute().records().stream().map(r -> r.get("v").asString()).toList();
        assertEquals(files.stream().map(GraphSchema.SchemaFile::version).toList(), recorded);

        assertEquals(List.of(), GraphSchema.apply(driver, files), "a second run applies nothing");
        List<String> indexes = driver.executableQuery("SHOW INDEXES YIELD name RETURN collect(name) AS names")
                .execute().records().get(0).get("names").asList(v -> v.asString());
        assertTrue(indexes.contains("entity_names"), "the full-text index exists: " + indexes);
        List<String> constraints = driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
                .execute().records().get(0).get("names").asList(v -> v.asString());
        assertTrue(constraints.containsAll(List.of("article_id", "entity_id", "person_id", "country_id")), constraints.toString());
    }

    @Test
    void aChangedFileThatWasAppliedIsAnError() {
        migrator.ensureUpToDate();
        List<GraphSchema.SchemaFile> files = GraphSchema.load(getClass().getClassLoader());
        GraphSchema.SchemaFile first = files.get(0);
        GraphSchema.SchemaFile edited = new GraphSchema.SchemaFile(first.version(), first.description(), first.fileName(),
                first.statements(), "0".repeat(64));
        var error = assertThrows(GraphSchema.SchemaMismatchException.class,
                () -> GraphSchema.apply(driver, List.of(edited)));
        assertTrue(error.getMessage().contains(first.fileName()), error.getMessage());
        // The recorded checksum is untouched by the failed attempt.
        String recorded = driver.executableQuery("MATCH (v:SchemaVersion {version: $v}) RETURN v.checksum AS c")
                .withParameters(Map.of("v", first.version())).execute().records().get(0).get("c").asString();
        assertEquals(first.checksum(), recorded);
    }

    @Test
    void statementsAreSplitOnSemicolonsAndCommentsDropped() {
        assertEquals(List.of("CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)", "RETURN 1"),
                GraphSchema.statements("// why\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\nRETURN 1;\n"));
    }
}
