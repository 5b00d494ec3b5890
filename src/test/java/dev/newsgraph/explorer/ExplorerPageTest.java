package dev.newsgraph.explorer;

import static dev.newsgraph.testsupport.GraphQL.INGEST;
import static dev.newsgraph.testsupport.GraphQL.READER_KEY;
import static dev.newsgraph.testsupport.GraphQL.post;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.newsgraph.testsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The explorer page in a real browser (headless Chromium) against the service with the sample articles: search,
 * an entity's graph, the sentence behind an edge, the article with its mentions highlighted, a path, the key field,
 * a phone-width layout, and no request leaving the service. Screenshots go to target/explorer-screenshots.
 */
@QuarkusTest
class ExplorerPageTest {

    private static boolean ingested;

    @TestHTTPResource("/")
    URL root;

    private Browser.Session session;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        if (!ingested) {
            ingested = true;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("samples/articles.json")) {
                List<Map<String, Object>> samples = JsonPath.from(in).getList("$");
                for (Map<String, Object> sample : samples) {
                    post(INGEST, "input", sample).body("errors", nullValue());
                }
            }
        }
        session = Browser.start(1366, 900);
        browser = session.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() throws java.io.IOException {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void searchOpensAnEntityWhoseGraphLeadsToTheSentenceAndTheArticle() throws Exception {
        Fact fact = factStatedWithBothNames();
        browser.get(root.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#top-entities li a")));

        WebElement box = browser.findElement(By.id("search-text"));
        box.sendKeys(fact.sourceName);
        browser.findElement(By.cssSelector("#search-form button")).click();
        WebElement hit = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#search-results a[href='#/entity/" + fact.sourceId + "']")));
        hit.click();

        waitForGraph("graph");
        assertEquals(fact.sourceName, browser.findElement(By.id("entity-name")).getText());
        assertTrue(count("graph", "nodes") >= 2, "the neighbourhood has its nodes");
        assertTrue(count("graph", "edges") >= 1, "and its edges");
        Browser.screenshot(browser, "entity");

        clickEdge("graph", fact.sourceId, fact.targetId, fact.sourceName, fact.targetName);
        WebElement sentence = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#selection .evidence blockquote")));
        List<String> sentences = browser.findElements(By.cssSelector("#selection .evidence blockquote")).stream()
                .map(WebElement::getText).toList();
        assertTrue(sentences.stream().anyMatch(s -> s.contains(fact.sourceName) && s.contains(fact.targetName)),
                "a sentence behind the edge names both ends: " + sentences);
        assertNotNull(sentence);
        Browser.screenshot(browser, "edge-evidence");

        browser.findElement(By.cssSelector("#selection .evidence-meta a[href^='#/article/']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text .mention")));
        assertMentionsAreTheApiSpans(browser.getCurrentUrl().replaceAll(".*#/article/", ""));
        Browser.screenshot(browser, "article");
    }

    @Test
    void pathViewDrawsHowTwoEntitiesAreConnected() throws Exception {
        Fact fact = factStatedWithBothNames();
        String[] farther = twoHopsAway(fact.sourceId);
        browser.get(root + "#/entity/" + fact.sourceId);
        waitForGraph("graph");
        browser.findElement(By.id("path-to")).sendKeys(farther[1]);
        browser.findElement(By.cssSelector("#path-form button")).click();
        waitForGraph("path-graph");
        assertTrue(browser.getCurrentUrl().endsWith("#/path/" + fact.sourceId + "/" + farther[0]), browser.getCurrentUrl());
        assertEquals(farther[1], browser.findElement(By.id("path-to-name")).getText());
        // two hops: both ends and an entity between them, and the facts linking them
        assertTrue(count("path-graph", "nodes") >= 3 && count("path-graph", "edges") >= 2, "the path is drawn");
        Browser.screenshot(browser, "path");
    }

    /** The id and name of an entity two facts away from this one but not one (through the API). */
    private static String[] twoHopsAway(String id) {
        JsonPath near = post("query($id: ID!) { one: neighborhood(id: $id, depth: 1, limit: 200) { nodes { id } } "
                + "two: neighborhood(id: $id, depth: 2, limit: 200) { nodes { id name } } }", "id", id)
                .body("errors", nullValue()).extract().jsonPath();
        List<String> adjacent = near.getList("data.one.nodes.id");
        List<Map<String, String>> around = near.getList("data.two.nodes");
        return around.stream().filter(n -> !adjacent.contains(n.get("id")))
                .map(n -> new String[] {n.get("id"), n.get("name")}).findFirst()
                .orElseThrow(() -> new AssertionError("nothing two facts away from " + id));
    }

    @Test
    void aBadKeyIsReportedAndAGoodOneIsUsed() {
        browser.get(root.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#top-entities li a")));
        WebElement key = browser.findElement(By.id("api-key"));
        key.sendKeys("not-a-key\n");
        browser.executeScript("arguments[0].dispatchEvent(new Event('change'))", key);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "API key is not valid"));
        key.clear();
        key.sendKeys(READER_KEY);
        browser.executeScript("arguments[0].dispatchEvent(new Event('change'))", key);
        wait.until(d -> d.findElement(By.id("status")).getText().isEmpty());
        assertEquals(READER_KEY, browser.executeScript("return sessionStorage.getItem('newsgraph.key')"));
    }

    @Test
    void worksOfflineAndFitsAPhone() throws Exception {
        Fact fact = factStatedWithBothNames();
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(root + "#/entity/" + fact.sourceId);
        waitForGraph("graph");
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0, overflow.intValue(), "no sideways scrolling at phone width");
        Browser.screenshot(browser, "entity-phone");
        assertOnlyLocalRequests();

        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(root + "q/graphql-ui/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".graphiql-container")));
        assertOnlyLocalRequests();
    }

    private void assertOnlyLocalRequests() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        String origin = root.getProtocol() + "://" + root.getHost() + ":" + root.getPort() + "/";
        assertFalse(loaded.isEmpty());
        for (String url : loaded) {
            assertTrue(url.startsWith(origin), "the page loads " + url + " from outside the service");
        }
    }

    private void waitForGraph(String id) {
        wait.until(d -> "true".equals(d.findElement(By.id(id)).getDomAttribute("data-stabilized")));
    }

    private int count(String graph, String what) {
        return Integer.parseInt(browser.findElement(By.id(graph)).getDomAttribute("data-" + what));
    }

    /**
     * Clicks the canvas where the edge between two nodes is drawn, as a user would: at its middle, or, where another
     * node or label lies there, at points further along, until the side panel shows the facts between the two
     * (whose names are given).
     */
    private void clickEdge(String graph, String from, String to, String... names) throws java.io.IOException {
        WebElement canvas = browser.findElement(By.cssSelector("#" + graph + " canvas"));
        // wholly in view, so that the pointer's offsets (from the visible part's centre) are from the canvas' centre
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", canvas);
        for (double along : new double[] {0.5, 0.35, 0.65, 0.2, 0.8}) {
            @SuppressWarnings("unchecked")
            Map<String, Number> at = (Map<String, Number>) browser.executeScript("""
                    const net = document.getElementById(arguments[0]).visNetwork;
                    const p = net.getPositions([arguments[1], arguments[2]]);
                    const a = p[arguments[1]], b = p[arguments[2]], t = arguments[4];
                    const dom = net.canvasToDOM({x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t});
                    const box = arguments[3].getBoundingClientRect();
                    return {x: dom.x - box.width / 2, y: dom.y - box.height / 2};
                    """, graph, from, to, canvas, along);
            new Actions(browser).moveToElement(canvas, at.get("x").intValue(), at.get("y").intValue()).click().perform();
            try {
                new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> d.findElements(By.cssSelector("#selection h2"))
                        .stream().anyMatch(h -> h.getText().contains(names[0]) && h.getText().contains(names[1])));
                return;
            } catch (org.openqa.selenium.TimeoutException notThere) {
                // something else was drawn at that point: try further along the edge
            }
        }
        Browser.screenshot(browser, "edge-click-missed");
        throw new AssertionError("no click on the edge between " + from + " and " + to + " showed its facts");
    }

    /** Every highlighted mention is one of the article's mention spans from the API, and none is left out. */
    private void assertMentionsAreTheApiSpans(String articleId) {
        JsonPath article = post("query($id: ID!) { article(id: $id) { text entities(first: 100) { entity { id } "
                + "mentions { start end text } } } }", "id", articleId).body("errors", nullValue()).extract().jsonPath();
        String text = article.getString("data.article.text");
        List<String> expected = new ArrayList<>();
        List<Map<String, Object>> entities = article.getList("data.article.entities");
        for (Map<String, Object> e : entities) {
            @SuppressWarnings("unchecked")
            String id = (String) ((Map<String, Object>) e.get("entity")).get("id");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> spans = (List<Map<String, Object>>) e.get("mentions");
            for (Map<String, Object> m : spans) {
                int start = (Integer) m.get("start");
                int end = (Integer) m.get("end");
                expected.add(start + ":" + id + ":" + text.substring(start, end));
            }
        }
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.executeScript("""
                const out = []; let at = 0;
                for (const node of document.getElementById('article-text').childNodes) {
                  if (node.classList && node.classList.contains('mention')) out.push(at + ':' + node.dataset.entityId + ':' + node.textContent);
                  at += node.textContent.length;
                }
                return out;""");
        assertEquals(expected.stream().sorted().toList(), shown.stream().sorted().toList());
        assertEquals(text, browser.findElement(By.id("article-text")).getAttribute("textContent"));
    }

    /**
     * A fact of Joe Biden's in the samples whose evidence, as the page's neighbourhood query returns it (the same
     * arguments), has a sentence that names both ends in full; found through the API.
     */
    private static Fact factStatedWithBothNames() {
        String id = post("{ search(text: \"Joe Biden\", types: [Person], first: 1) { entity { id } } }")
                .body("errors", nullValue()).extract().jsonPath().getString("data.search[0].entity.id");
        JsonPath around = post("query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 80) { nodes { id name } "
                + "edges { sourceId targetId evidence { sentence } } } }", "id", id)
                .body("errors", nullValue()).extract().jsonPath();
        Map<String, String> names = new java.util.HashMap<>();
        List<Map<String, String>> nodes = around.getList("data.neighborhood.nodes");
        nodes.forEach(n -> names.put(n.get("id"), n.get("name")));
        List<Map<String, Object>> edges = around.getList("data.neighborhood.edges");
        for (Map<String, Object> e : edges) {
            String other = id.equals(e.get("sourceId")) ? (String) e.get("targetId") : (String) e.get("sourceId");
            String name = names.get(id);
            String otherName = names.get(other);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) e.get("evidence");
            boolean both = evidence.stream().map(ev -> (String) ev.get("sentence"))
                    .anyMatch(sentence -> sentence.contains(name) && sentence.contains(otherName));
            if (both && !other.equals(id) && !otherName.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                return new Fact(id, name, other, otherName);
            }
        }
        throw new AssertionError("no fact around " + id + " has a sentence naming both ends: " + edges);
    }

    private record Fact(String sourceId, String sourceName, String targetId, String targetName) {
    }
}
