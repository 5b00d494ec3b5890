package dev.newsgraph.extract;

import java.util.List;

/** Acronyms defined in the text, "Long Name (ACR)": the long name becomes an organization known by the acronym. */
final class AcronymDefinitions {

    private final ArticleDocument doc;

    AcronymDefinitions(ArticleDocument doc) {
        this.doc = doc;
    }

    /** The acronym in brackets right after segment g ("(PIF)"), or null. */
    static String acronymAfter(ArticleSentence s, Segment g) {
        List<Token> ts = s.tokens;
        if (g.t1 + 2 < ts.size() && ts.get(g.t1).text.equals("(") && ts.get(g.t1 + 2).text.equals(")")
                && ts.get(g.t1 + 1).allCaps()) {
            return ts.get(g.t1 + 1).text;
        }
        return null;
    }

    void define(ArticleSentence s, Segment g, String acr) {
        // drop leading words until the initials line up: "Ministers of the Pacific Islands Forum (PIF)"
        int t0 = g.t0;
        while (t0 < g.t1 - 1 && (Character.toUpperCase(s.token(t0).text.charAt(0)) != acr.charAt(0)
                || WordClasses.FUNCTION.contains(s.token(t0).lower))) {
            t0++;
        }
        if (t0 != g.t0) {
            for (NameRun r : doc.nameRuns) {
                if (r.sentence == s && r.t1 == g.t1) {
                    r.t0 = t0;
                }
            }
        }
        String name = s.span(t0, g.t1);
        // initials must agree loosely: the acronym starts with the phrase's first letter
        if (Character.toUpperCase(name.charAt(0)) != acr.charAt(0)) {
            return;
        }
        Entity e = doc.entities.getOrCreate("org:" + Text.slug(acr), EntityType.ORGANIZATION, name);
        e.attrs.put("acronym", acr);
        e.aliases.add(acr);
        doc.acronymDefinitions.put(acr, e);
    }
}
