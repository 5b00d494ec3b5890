package dev.newsgraph.article;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.article;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The article store on a real PostgreSQL (the production database), through the public API.
 * Needs PostgreSQL on 127.0.0.1:5432 with a database "test" (.ci/run makes sure it is up).
 */
@QuarkusTest
@TestProfile(PostgresArticleStoreTest.Postgres.class)
class PostgresArticleStoreTest {

    public static class Postgres implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.db-kind", "postgresql",
                    "quarkus.datasource.jdbc.url", System.getProperty("newsgraph.test.postgres-url",
                            "jdbc:postgresql://127.0.0.1:5432/test"),
                    "quarkus.datasource.username", System.getProperty("newsgraph.test.postgres-user", "postgres"),
                    "quarkus.datasource.password", "",
                    "quarkus.hibernate-orm.schema-management.strategy", "drop-and-create");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void articlesAreStoredInPostgresOncePerContent() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
        }
        String text = "Brazilian President Luiz Inacio Lula da Silva met with Argentine President Javier Milei in Brasilia. "
                + "The two leaders discussed the Mercosur trade agreement with the European Union (EU).";
        String id = post(INGEST, "input", article("Mercosur talks", text))
                .body("errors", nullValue())
                .body("data.ingestArticle.created", equalTo(true))
                .extract().path("data.ingestArticle.article.id");
        post(INGEST, "input", article("Mercosur talks, again", text))
                .body("data.ingestArticle.created", equalTo(false))
                .body("data.ingestArticle.article.id", equalTo(id));

        Article stored = QuarkusTransaction.requiringNew().call(() -> Article.<Article> findById(id));
        assertEquals(text, stored.text);
        assertEquals(ArticleStatus.PROJECTED, stored.status);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Article.count("contentHash", stored.contentHash)));
        post("query($id: ID!) { article(id: $id) { title status } }", "id", id)
                .body("data.article.title", equalTo("Mercosur talks"))
                .body("data.article.status", equalTo("PROJECTED"));
    }
}
