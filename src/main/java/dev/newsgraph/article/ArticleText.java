package dev.newsgraph.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns what a user sends (plain text or an HTML page) into the plain text that is stored and
 * extracted from, and computes the content hash that makes ingestion idempotent.
 */
public final class ArticleText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("(?is)^\\s*(<!doctype|<html|<body|<article|<p[\\s>]|<div)|</p>|<br\\s*/?>");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
    private static final Pattern ALL_WHITESPACE = Pattern.compile("\\s+");

    private ArticleText() {
    }

    /** Plain text, with paragraphs separated by blank lines; HTML is reduced to its readable blocks. */
    public static String clean(String input) {
        if (input == null) {
            return "";
        }
        String text = LOOKS_LIKE_HTML.matcher(input).find() ? htmlToText(input) : input;
        text = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        text = CONTROL.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            out.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }

    /** SHA-256 over the text with all whitespace folded, so reformatting does not make a new article. */
    public static String contentHash(String cleanText) {
        String folded = ALL_WHITESPACE.matcher(cleanText).replaceAll(" ").strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        // Scripts, styles and page chrome are not article content.
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        Elements blocks = root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre");
        if (blocks.isEmpty()) {
            return root.wholeText();
        }
        java.util.Set<Element> blockSet = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        blockSet.addAll(blocks);
        StringBuilder text = new StringBuilder();
        for (Element block : blocks) {
            // A block inside another block (a p in a blockquote) is already part of the outer one's text.
            if (block.parents().stream().anyMatch(blockSet::contains)) {
                continue;
            }
            String blockText = block.text().strip();
            if (!blockText.isEmpty()) {
                text.append(blockText).append("\n\n");
            }
        }
        return text.toString();
    }
}
