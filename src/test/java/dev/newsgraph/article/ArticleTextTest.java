package dev.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void htmlIsReducedToItsReadableBlocks() {
        String html = """
                <html><head><title>x</title><script>var leaders = "Xi Jinping";</script><style>p{}</style></head>
                <body><nav><a href="/">Menu</a> <a href="/w">Weather</a></nav>
                <article><h1>Ministers meet</h1>
                <p>The <b>Japanese</b> foreign minister met her counterpart.</p>
                <blockquote><p>We agreed to talk again.</p></blockquote>
                <ul><li>First point</li></ul></article>
                <footer>Leave A Reply</footer></body></html>""";
        String text = ArticleText.clean(html);
        assertEquals("Ministers meet\n\nThe Japanese foreign minister met her counterpart.\n\nWe agreed to talk again.\n\nFirst point", text);
        assertFalse(text.contains("Xi Jinping"), "script content is dropped");
        assertFalse(text.contains("Menu"), "navigation is dropped");
    }

    @Test
    void plainTextKeepsItsParagraphsAndLosesControlCharacters() {
        String text = ArticleText.clean("  Title\r\n\r\n\r\n\r\nFirst  paragraph\u0000 here.\u00a0\nSecond line.  ");
        assertEquals("Title\n\nFirst paragraph here.\nSecond line.", text);
        assertEquals("", ArticleText.clean(null));
        assertEquals("", ArticleText.clean(" \n\t "));
    }

    @Test
    void theContentHashIgnoresWhitespaceButNotWords() {
        String a = ArticleText.contentHash("Leaders met in Jakarta.\n\nThey agreed.");
        assertEquals(a, ArticleText.contentHash("Leaders  met in Jakarta. They\nagreed."));
        assertNotEquals(a, ArticleText.contentHash("Leaders met in Manila.\n\nThey agreed."));
        assertTrue(a.matches("[0-9a-f]{64}"));
    }
}
