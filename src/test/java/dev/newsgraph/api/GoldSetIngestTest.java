package dev.newsgraph.api;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.junit.QuarkusTest;

/** Ingesting the whole gold set together makes one node per real-world entity. */
@QuarkusTest
class GoldSetIngestTest {

    @Inject
    Driver driver;

    @Test
    void theGoldArticlesTogetherCreateNoDuplicateEntity() throws IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of("eval", "articles"))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(articles.size() >= 12, "the gold set has at least 12 articles");
        List<String> ids = new java.util.ArrayList<>();
        for (Path file : articles) {
            ids.add(post(INGEST, "input", article(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)))
                    .body("errors", nullValue())
                    .body("data.ingestArticle.article.status", equalTo("PROJECTED"))
                    .extract().path("data.ingestArticle.article.id"));
        }

        // Two nodes of one type whose names, or a name and an alias, are the same (ignoring case) are
        // one entity split in two.
        // Only entities the gold articles mention: other tests share this graph.
        List<String> duplicates = driver.executableQuery("""
                MATCH (x:Article)-[:MENTIONS]->(a:Entity), (y:Article)-[:MENTIONS]->(b:Entity)
                WHERE x.id IN $articles AND y.id IN $articles
                  AND a.type = b.type AND elementId(a) < elementId(b)
                  AND (toLower(a.name) = toLower(b.name)
                       OR toLower(a.name) IN [x IN coalesce(b.aliases, []) | toLower(x)]
                       OR toLower(b.name) IN [x IN coalesce(a.aliases, []) | toLower(x)])
                RETURN DISTINCT a.type + ': ' + a.name + ' (' + a.id + ') ~ ' + b.name + ' (' + b.id + ')' AS pair
                """).withParameters(java.util.Map.of("articles", ids)).execute().records().stream().map(r -> r.get("pair").asString()).toList();
        assertEquals(List.of(), duplicates);

        // Countries are one node per ISO code.
        long splitCountries = driver.executableQuery("""
                MATCH (c:Country) WITH c.code AS code, count(*) AS n WHERE n > 1 RETURN count(code) AS split""")
                .execute().records().get(0).get("split").asLong();
        assertEquals(0, splitCountries);
    }
}
