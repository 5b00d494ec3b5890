package dev.newsgraph.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.newsgraph.extract.Lexicon.Hit;
import dev.newsgraph.extract.Lexicon.How;

/**
 * The country an unqualified title ("the foreign minister", "Prime Minister X") belongs to, where the text says
 * it: a country earlier in the same sentence, or the dateline's ("SEOUL, June 4 -"). Otherwise none: a role
 * without its country is better than one in the counterpart's.
 */
final class RoleContext {

    private RoleContext() {
    }

    /** "SEOUL, June 4, 2025 - ...": a capital in capitals at the start of the first body sentences. */
    static Entity datelineCountry(ArticleDocument doc) {
        for (int i = 0; i < Math.min(4, doc.sentences.size()); i++) {
            ArticleSentence s = doc.sentence(i);
            int k = 0;
            while (k < s.size() && s.token(k).allCaps() && k < 3) {
                k++;
            }
            if (k == 0 || k >= s.size() || !s.token(k).text.equals(",")) {
                continue;
            }
            String city = Text.titleCase(s.span(0, k).toLowerCase(java.util.Locale.ROOT));
            Lexicon.Trie n = doc.lexicon.gaz;
            for (String w : Tokenizer.keyTokens(city)) {
                n = n == null ? null : n.next.get(w);
            }
            if (n != null && n.hits != null) {
                for (Hit h : n.hits) {
                    if (h.type() == EntityType.COUNTRY && (h.how() == How.CAPITAL || h.how() == How.NAME)) {
                        return doc.entities.country(h.key());
                    }
                }
            }
        }
        return null;
    }

    /** The country of the title at token tok of sentence s, never one that another person's title there names. */
    static Entity country(ArticleDocument doc, ArticleSentence s, int tok) {
        Set<Entity> others = othersAffiliations(s, tok);
        Entity ctx = null;
        for (Mention m : s.mentions) {
            if (m.t0 < tok && m.entity.type == EntityType.COUNTRY && !m.ref && !others.contains(m.entity)) {
                ctx = m.entity;
            }
        }
        // Not the country the sentence before ends on, nor the one the article names most: in the gold set those
        // were as often the country the person deals with ("... Ukraine. First Vice Foreign Minister Kim said")
        if (ctx == null && doc.datelineCountry != null && !others.contains(doc.datelineCountry)
                && !previousSentenceIsAbroad(doc, s)) {
            ctx = doc.datelineCountry;
        }
        return ctx;
    }

    /**
     * "Budapest was the last holdout. Prime Minister Viktor Orban's government ...": the sentence before names
     * countries, none of them the dateline's, so the title is more likely theirs than the dateline's.
     */
    private static boolean previousSentenceIsAbroad(ArticleDocument doc, ArticleSentence s) {
        if (s.index == 0) {
            return false;
        }
        boolean abroad = false;
        for (Mention m : doc.sentence(s.index - 1).mentions) {
            if (m.entity.type == EntityType.COUNTRY && !m.inner) {
                if (m.entity == doc.datelineCountry) {
                    return false;
                }
                abroad = true;
            }
        }
        return abroad;
    }

    /** Affiliations (fairly sure) of the other persons of the sentence. */
    private static Set<Entity> othersAffiliations(ArticleSentence s, int tok) {
        Set<Entity> others = new HashSet<>();
        for (Mention m : s.mentions) {
            if (m.entity.type == EntityType.PERSON && !(m.t0 <= tok && tok < m.t1)) {
                for (Role r : m.entity.roles) {
                    if (r.affil() != null && r.conf() >= 0.7) {
                        others.add(r.affil());
                    }
                }
            }
        }
        return others;
    }

    /** "US Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer": the partner's country. */
    static Entity coordinatedPartnerCountry(PersonCandidate c) {
        List<Token> ts = c.sentence.tokens;
        if (c.t0 < 2 || !ts.get(c.t0 - 1).is("and")) {
            return null;
        }
        for (Mention m : c.sentence.mentions) {
            if (m.t1 == c.t0 - 1 && m.entity.type == EntityType.PERSON && !m.ref) {
                for (Role r : m.entity.roles) {
                    if (r.affil() != null && r.sentence() == c.sentence && r.conf() >= 0.9 && r.affil().type == EntityType.COUNTRY) {
                        return r.affil();
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Minister Sada Samake signed the ceasefire on behalf of the Malian government", "... on behalf of Mali": the
     * country the person acts for, when no other person comes between the name and "on behalf of".
     */
    static Entity behalfCountry(PersonCandidate c) {
        ArticleSentence s = c.sentence;
        for (int i = c.t1; i + 2 < s.size(); i++) {
            if (s.token(i).is("on") && s.token(i + 1).is("behalf") && s.token(i + 2).is("of")) {
                return countryAt(s, c.t1, i + 3);
            }
        }
        return null;
    }

    /** The country named within two tokens of {@code from}, with no person named between {@code after} and it. */
    private static Entity countryAt(ArticleSentence s, int after, int from) {
        Entity country = null;
        for (Mention m : s.mentions) {
            if (m.entity.type == EntityType.PERSON && m.t0 >= after && m.t0 < from && !m.ref) {
                return null;
            }
            if (country == null && m.entity.type == EntityType.COUNTRY && !m.inner && m.t0 >= from && m.t0 <= from + 2) {
                country = m.entity;
            }
        }
        return country;
    }
}
