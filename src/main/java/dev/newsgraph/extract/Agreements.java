package dev.newsgraph.extract;

import java.util.List;
import java.util.Set;

import dev.newsgraph.extract.ArticleRun.Ent;
import dev.newsgraph.extract.ArticleRun.Mention;
import dev.newsgraph.extract.ArticleRun.Sent;
import dev.newsgraph.extract.Lexicon.How;

/**
 * Agreement mentions beyond the gazetteer and capitalised names: lower-case agreement phrases ("free trade
 * agreement", "submarine contract"), things agreed to be established ("establish military-to-military
 * channels"), and references back ("the pact", "the 2015 accord").
 */
final class Agreements {

    static final Set<String> ESTABLISH = Set.of("establish", "establishing", "established", "create", "creating",
            "launch", "launching", "build", "open", "reopen", "restore", "restoring", "resume", "resuming", "set");

    private Agreements() {
    }

    static void find(ArticleRun run, Sent s) {
        List<Token> ts = s.toks;
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.kind != Token.WORD || covered(s, i)) {
                continue;
            }
            if (ArticleRun.LOWER_AGREEMENT_HEADS.contains(t.text) || s.headline && t.cap() && i > 0
                    && SELF_STANDING.contains(t.lower) && !covered(s, i - 1)) {
                lowerAgreement(run, s, i);
            } else if (ESTABLISH.contains(t.lower)) {
                establish(run, s, i);
            }
        }
    }

    static boolean covered(Sent s, int t) {
        for (Mention m : s.ments) {
            if (m.t0 <= t && t < m.t1) {
                return true;
            }
        }
        return false;
    }

    private static Mention coveringActor(Sent s, int t) {
        for (Mention m : s.ments) {
            if (m.t0 <= t && t < m.t1 && m.ent.type != EntityType.AGREEMENT) {
                return m;
            }
        }
        return null;
    }

    private static void lowerAgreement(ArticleRun run, Sent s, int head) {
        List<Token> ts = s.toks;
        // modifiers: lower-case content words, hyphen compounds, years, adjacent country/org names
        int j = head;
        int contentStart = -1;
        int start = head;
        int words = 0;
        while (j - 1 >= 0 && words < 4) {
            Token p = ts.get(j - 1);
            if (p.text.equals("-") && !p.spaceBefore && j - 2 >= 0) {
                j -= 2;
                continue;
            }
            if (p.kind == Token.NUM && p.text.length() == 4) {
                j--;
                start = j;
                words++;
                continue;
            }
            if (p.is("of") && j - 2 >= 0 && ts.get(j - 2).is("status") && words > 0) {
                j -= 2; // "status of forces agreement"
                start = j;
                contentStart = j;
                words++;
                continue;
            }
            if (p.kind != Token.WORD || p.text.equals("'s")) {
                break;
            }
            Mention a = coveringActor(s, j - 1);
            if (a != null) {
                break;
            }
            if (s.headline && p.cap()) {
                // headlines capitalise everything: only generic words and "90-Day" compounds describe the deal
                boolean numCompound = j - 3 >= 0 && ts.get(j - 2).text.equals("-") && ts.get(j - 3).kind == Token.NUM;
                if (!numCompound && !ArticleRun.GENERIC_AGREEMENT_WORDS.contains(p.lower)) {
                    break;
                }
                j--;
                start = j;
                contentStart = j;
                words++;
                continue;
            }
            if (p.cap() && !run.lex.common.contains(p.lower)) {
                j--;
                start = j;
                contentStart = j;
                words++;
                continue;
            }
            if (run.lex.common.contains(p.lower) || ArticleRun.SPEECH.contains(p.lower) || p.lower.endsWith("ed")
                    && !p.lower.contains("-") || p.lower.endsWith("ing") && !p.lower.contains("-") || p.cap()) {
                break;
            }
            j--;
            start = j;
            if (!ArticleRun.NON_CONTENT_MODS.contains(p.lower)) {
                contentStart = j;
            }
            words++;
        }
        // an apposition to a named agreement is another name for it: "RCEP, the world's largest free trade agreement"
        // hyphen compounds are one modifier: "multibillion-dollar submarine contract" -> "submarine contract"
        if (contentStart > 1 && ts.get(contentStart - 1).text.equals("-") && !ts.get(contentStart - 1).spaceBefore
                && !ts.get(contentStart).spaceBefore) {
            int cs = contentStart - 2;
            String compound = run.span(s, cs, contentStart + 1).toLowerCase(java.util.Locale.ROOT);
            if (ArticleRun.NON_CONTENT_MODS.contains(compound)) {
                contentStart = contentStart + 1 < head ? contentStart + 1 : -1;
            } else {
                contentStart = cs;
            }
        }
        for (Mention m : s.ments) {
            boolean comma = false;
            for (int k = m.t1; k < start && k < ts.size(); k++) {
                comma |= ts.get(k).text.equals(",");
            }
            if (m.ent.type == EntityType.AGREEMENT && m.t1 <= start && start - m.t1 <= 6 && comma && !m.ent.descriptive) {
                Mention r = run.addMention(s, contentStart >= 0 ? contentStart : start, head + 1, m.ent, How.ALIAS, false);
                r.ref = contentStart < 0;
                return;
            }
        }
        int det = start;
        for (Mention m : s.ments) {
            if (m.t1 == start && m.ent.type != EntityType.AGREEMENT && m.ent.type != EntityType.PERSON) {
                det = m.t0; // "the Asia-Pacific trade pact"
            }
        }
        boolean definite = det > 0 && (ts.get(det - 1).is("the") || ts.get(det - 1).is("this"))
                || start > 1 && ts.get(start - 1).isWord() && ts.get(start - 2).is("the")
                && Set.of("first", "new", "landmark", "same", "regional", "historic").contains(ts.get(start - 1).lower);
        boolean withParties = head + 1 < ts.size() && (ts.get(head + 1).is("with") || ts.get(head + 1).is("between"));
        if (contentStart >= 0 && definite && !withParties) {
            // "the Asia-Pacific trade pact" after "the CPTPP": a description of the agreement already named
            Ent named = recentNamed(run, s, start);
            if (named != null) {
                Mention m = run.addMention(s, start, head + 1, named, How.ALIAS, false);
                m.ref = true;
                m.conf = 0.8;
                return;
            }
        }
        if (contentStart < 0 && SELF_STANDING.contains(ts.get(head).lower) && recentAgreement(run, s, head, ts.get(head).text) == null) {
            contentStart = head; // "a ceasefire", "the truce" with nothing named before: an agreement of its own
        }
        if (contentStart >= 0) {
            // the noun phrase from the first content word: "submarine contract", "free trade agreement"
            String np = run.span(s, contentStart, head + 1);
            if (s.headline) {
                np = np.toLowerCase(java.util.Locale.ROOT);
            }
            Ent e = null;
            for (Ent x : run.ents.values()) {
                if (x.type == EntityType.AGREEMENT && x.np != null && x.head != null && x.head.equals(ts.get(head).text)
                        && (x.np.endsWith(np) || np.endsWith(x.np))) {
                    e = x;
                    break;
                }
            }
            if (e == null) {
                e = run.agreementEnt(np, ts.get(head).text);
                e.np = np;
                e.descriptive = true;
            }
            run.addMention(s, contentStart, head + 1, e, How.NAME, false);
            return;
        }
        // "a deal under which Hungary will acquire ... Gripen fighter jets": name it after what is traded
        if (head + 1 < ts.size() && Set.of("under", "in", "that", "to", "for", "on").contains(ts.get(head + 1).lower)) {
            for (int k = head + 2; k < Math.min(ts.size(), head + 14); k++) {
                Token u = ts.get(k);
                if (u.text.equals(".") || u.text.equals(";")) {
                    break;
                }
                if (u.cap() && !covered(s, k) && !run.lex.common.contains(u.lower)) {
                    int e = k + 1;
                    while (e < ts.size() && ts.get(e).cap() && !covered(s, e)) {
                        e++;
                    }
                    String name = run.span(s, k, e) + " " + ts.get(head).text;
                    Ent ag = run.agreementEnt(name, ts.get(head).text);
                    ag.np = name;
                    ag.descriptive = true;
                    Mention m = run.addMention(s, start, head + 1, ag, How.NAME, false);
                    m.surface = name;
                    return;
                }
            }
        }
        // otherwise a reference back to an agreement already named (or, for "a treaty", named later on)
        Ent ref = recentAgreement(run, s, head, ts.get(head).text);
        if (ref == null) {
            ref = laterAgreement(run, s, head, ts.get(head).text);
        }
        if (ref != null) {
            Mention m = run.addMention(s, start, head + 1, ref, How.ALIAS, false);
            m.ref = true;
            m.conf = 0.8;
        }
    }

    static final Set<String> SELF_STANDING = Set.of("ceasefire", "truce", "armistice", "hotline");

    /** The most recent agreement named by a proper name (not a descriptor), within the last five sentences. */
    static Ent recentNamed(ArticleRun run, Sent s, int before) {
        for (int i = s.index; i >= Math.max(0, s.index - 5); i--) {
            List<Mention> ms = run.sents.get(i).ments;
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (m.ent.type == EntityType.AGREEMENT && (i < s.index || m.t0 < before) && !m.ent.descriptive) {
                    return m.ent;
                }
            }
        }
        return null;
    }

    static Ent recentAgreement(ArticleRun run, Sent s, int before, String head) {
        // "the pact": an agreement called a pact, else the most recent one with a proper name, else any
        Ent same = null;
        Ent named = null;
        for (int i = s.index; i >= 0 && same == null; i--) {
            List<Mention> ms = run.sents.get(i).ments;
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (m.ent.type == EntityType.AGREEMENT && (i < s.index || m.t0 < before)) {
                    if (m.ent.head != null && m.ent.head.equalsIgnoreCase(head) || !m.ref && m.surface != null
                            && m.surface.toLowerCase(java.util.Locale.ROOT).endsWith(head.toLowerCase(java.util.Locale.ROOT))) {
                        same = m.ent;
                        break;
                    }
                    if (named == null && !m.ent.descriptive && compatible(m.ent, head)) {
                        named = m.ent;
                    }
                }
            }
        }
        if (same != null) {
            return same;
        }
        if (named != null) {
            return named;
        }
        for (int i = s.index; i >= 0; i--) {
            List<Mention> ms = run.sents.get(i).ments;
            for (int k = ms.size() - 1; k >= 0; k--) {
                Mention m = ms.get(k);
                if (m.ent.type == EntityType.AGREEMENT && (i < s.index || m.t0 < before) && compatible(m.ent, head)) {
                    return m.ent;
                }
            }
        }
        return null;
    }

    static Ent laterAgreement(ArticleRun run, Sent s, int after, String head) {
        for (int i = s.index; i < run.sents.size() && i <= s.index + 3; i++) {
            for (Mention m : run.sents.get(i).ments) {
                if (m.ent.type == EntityType.AGREEMENT && (i > s.index || m.t0 > after) && !m.ent.descriptive
                        && m.ent.name.toLowerCase(java.util.Locale.ROOT).contains(head.toLowerCase(java.util.Locale.ROOT))) {
                    return m.ent;
                }
            }
        }
        return null;
    }

    private static boolean compatible(Ent e, String head) {
        if (e.head != null && e.head.equalsIgnoreCase(head)) {
            return true;
        }
        String h = head.toLowerCase(java.util.Locale.ROOT);
        if (e.name.toLowerCase(java.util.Locale.ROOT).contains(h)) {
            return true;
        }
        for (String a : e.aliases) {
            if (a.toLowerCase(java.util.Locale.ROOT).contains(h)) {
                return true;
            }
        }
        // "the agreement" / "the deal" may refer to any named agreement; "the treaty" only to treaties
        return h.equals("agreement") || h.equals("deal") || h.equals("accord") || h.equals("pact") || h.startsWith("protocol");
    }

    private static void establish(ArticleRun run, Sent s, int v) {
        List<Token> ts = s.toks;
        int i = v + 1;
        if (ts.get(v).lower.equals("set")) {
            if (i >= ts.size() || !ts.get(i).is("up")) {
                return;
            }
            i++;
        }
        while (i < ts.size() && (ts.get(i).is("a") || ts.get(i).is("an") || ts.get(i).is("the") || ts.get(i).is("new"))) {
            i++;
        }
        int start = i;
        int words = 0;
        for (int k = i; k < ts.size() && words < 6; k++) {
            Token t = ts.get(k);
            if (t.text.equals("-") && !t.spaceBefore) {
                continue;
            }
            if (t.kind != Token.WORD || t.cap()) {
                return;
            }
            boolean inCompound = k > 0 && ts.get(k - 1).text.equals("-") && !t.spaceBefore;
            if (!inCompound && (run.lex.common.contains(t.lower)) && k > start) {
                return;
            }
            words++;
            if (ArticleRun.CHANNEL_HEADS.contains(t.lower) && k > start) {
                String np = run.span(s, start, k + 1);
                Ent e = null;
                for (Ent x : run.ents.values()) {
                    if (x.type == EntityType.AGREEMENT && "channel".equals(x.head)) {
                        e = x;
                        break;
                    }
                }
                if (e == null) {
                    e = run.agreementEnt(np, "channel");
                    e.np = np;
                    e.descriptive = true;
                }
                run.addMention(s, start, k + 1, e, How.NAME, false);
                return;
            }
        }
    }
}
