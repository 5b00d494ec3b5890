package dev.newsgraph.importer;

import static dev.newsgraph.testsupport.GraphQL.WRITER_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The import command against the running service: a JSON Lines file, a folder and an RSS feed are sent in
 * batches, the summary counts what was stored, already stored and refused (with the reason), and a stopped run
 * resumes after what it had sent.
 */
@QuarkusTest
class ArticleImportTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private ArticleImport importer() {
        return new ArticleImport(graphql, WRITER_KEY, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void aJsonLinesFileIsImportedWithASummaryAndAgainChangesNothing() throws Exception {
        Path file = dir.resolve("news.jsonl");
        Files.writeString(file, """
                {"title": "Import one", "text": "Bulgarian Prime Minister Rosen Zhelyazkovski met with Greek Prime Minister Kyriakos Mitsotakidis in Sofia.", "publishedAt": "2025-10-01T09:00:00Z"}
                {"title": "Import empty", "text": "  "}
                not json at all
                {"title": "Import two", "text": "Serbian President Aleksandar Vucicev met with Hungarian President Tamas Sulyokov in Belgrade."}
                """);
        ArticleImport.Summary first = importer().importFrom(file, false);
        assertEquals(4, first.total());
        assertEquals(2, first.stored());
        assertEquals(2, first.refusedCount(), first.refused().toString());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("4/4 articles"), printed.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(ArticleImport.stateFile(file)), "a finished run leaves no state behind");

        ArticleImport.Summary again = importer().importFrom(file, false);
        assertEquals(0, again.stored());
        assertEquals(2, again.duplicates(), "the same content is stored once");
    }

    @Test
    void aFolderAndAFeedAreImportedAndAStoppedRunResumes() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("texts"));
        Files.writeString(folder.resolve("a.txt"), "Czech Prime Minister Petr Fialovsky met with Slovak Prime Minister "
                + "Robert Ficovsky in Prague.");
        Files.writeString(folder.resolve("b.html"), "<html><body><p>Polish President Karol Nawrocki met with Lithuanian "
                + "President Gitanas Nausedaitis in Vilnius.</p></body></html>");
        Files.writeString(folder.resolve("notes.md"), "not an article");
        assertEquals(2, importer().importFrom(folder, false).stored());

        Path feed = dir.resolve("feed.rss");
        Files.writeString(feed, """
                <rss version="2.0"><channel><title>Example</title>
                <item><title>Feed one</title><link>https://example.org/1</link><pubDate>Mon, 03 Nov 2025 10:00:00 GMT</pubDate>
                <description>Estonian Prime Minister Kristen Michalov met with Finnish Prime Minister Petteri Orpolainen in Tallinn.</description></item>
                <item><title>Feed two</title><link>https://example.org/2</link>
                <description>Latvian Prime Minister Evika Silinska met with Estonian President Alar Karisson in Riga.</description></item>
                <item><title>Feed three</title><link>https://example.org/3</link>
                <description>Danish Prime Minister Mette Frederiksdottir met with Swedish Prime Minister Ulf Kristerson in Copenhagen.</description></item>
                </channel></rss>
                """);
        Files.writeString(ArticleImport.stateFile(feed), "2"); // as if a run had stopped after two
        ArticleImport.Summary resumed = importer().importFrom(feed, false);
        assertEquals(2, resumed.skipped());
        assertEquals(1, resumed.stored(), "only the third item was left to send");
        assertEquals(2, importer().importFrom(feed, true).stored(), "--restart sends the first two too");
    }
}
