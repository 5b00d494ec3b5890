package dev.newsgraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import io.vertx.core.json.JsonObject;

/**
 * The articles in a file or folder a user has: a JSON Lines file (one object per line with text, and title, url,
 * source, publishedAt when known), a folder of .txt and .html files (the file name is the title), or an RSS or
 * Atom feed (each item's title, link, content or description, and date).
 */
final class ImportSources {

    /** One article to send, as ArticleInput takes it. */
    record Input(String title, String text, String url, String source, String publishedAt) {

        JsonObject json() {
            JsonObject o = new JsonObject().put("text", text);
            if (title != null) {
                o.put("title", title);
            }
            if (url != null) {
                o.put("url", url);
            }
            if (source != null) {
                o.put("source", source);
            }
            if (publishedAt != null) {
                o.put("publishedAt", publishedAt);
            }
            return o;
        }
    }

    private ImportSources() {
    }

    static List<Input> read(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return jsonLines(path);
        }
        if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
            return feed(path);
        }
        throw new IOException(path + ": not a .jsonl file, a folder or an .xml/.rss/.atom feed");
    }

    private static List<Input> jsonLines(Path path) throws IOException {
        List<Input> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonObject o = new JsonObject(line);
                out.add(new Input(o.getString("title"), o.getString("text", ""), o.getString("url"), o.getString("source"),
                        o.getString("publishedAt")));
            } catch (RuntimeException e) {
                // kept, so that the server refuses it with its reason and the summary counts it
                out.add(new Input("line " + n + " (not JSON)", "", null, null, null));
            }
        }
        return out;
    }

    private static List<Input> folder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Input> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList()) {
                String file = f.getFileName().toString();
                out.add(new Input(file.substring(0, file.lastIndexOf('.')), Files.readString(f, StandardCharsets.UTF_8),
                        null, null, null));
            }
            return out;
        }
    }

    private static List<Input> feed(Path path) throws IOException {
        Document doc;
        try (InputStream in = Files.newInputStream(path)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); // no external entities
            f.setNamespaceAware(false);
            doc = f.newDocumentBuilder().parse(in);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException(path + " is not a readable feed: " + e.getMessage(), e);
        }
        List<Input> out = new ArrayList<>();
        NodeList items = doc.getElementsByTagName("item"); // RSS
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String text = first(item, "content:encoded", "description");
            out.add(new Input(first(item, "title"), text == null ? "" : text, first(item, "link"), null,
                    rfc1123(first(item, "pubDate"))));
        }
        NodeList entries = doc.getElementsByTagName("entry"); // Atom
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String text = first(entry, "content", "summary");
            NodeList links = entry.getElementsByTagName("link");
            String link = links.getLength() == 0 ? null : ((Element) links.item(0)).getAttribute("href");
            out.add(new Input(first(entry, "title"), text == null ? "" : text, link, null, first(entry, "published", "updated")));
        }
        return out;
    }

    private static String first(Element parent, String... tags) {
        for (String tag : tags) {
            NodeList nodes = parent.getElementsByTagName(tag);
            if (nodes.getLength() > 0) {
                return nodes.item(0).getTextContent().strip();
            }
        }
        return null;
    }

    /** RSS dates ("Mon, 02 Nov 2025 10:00:00 GMT") as ISO-8601; null when absent or unreadable. */
    private static String rfc1123(String date) {
        if (date == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
