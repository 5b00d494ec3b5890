package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;

/**
 * One sentence as the relation rules see it: its tokens, its actors (persons, countries and organizations that
 * are not modifiers) in order, and how they stand around a trigger word: before or right after it, in the same
 * clause, coordinated ("X, Y and Z"). Relations found are added to the document with this sentence as evidence.
 */
final class SentenceActors {

    /** Kinds of known organization that countries are never members of. */
    private static final java.util.Set<String> NOT_BLOCS = java.util.Set.of("institution", "court", "media", "military",
            "party", "company", "ngo");

    final ArticleDocument doc;
    final ArticleSentence sentence;
    final List<Token> ts;
    final List<Mention> actors = new ArrayList<>();

    SentenceActors(ArticleDocument doc, ArticleSentence sentence) {
        this.doc = doc;
        this.sentence = sentence;
        this.ts = sentence.tokens;
        for (Mention m : sentence.mentions) {
            if (m.isActor()) {
                actors.add(m);
            }
        }
    }

    /** Calls the rule with each word token (lower case) and its index, left to right: where a trigger may stand. */
    void forEachWord(ObjIntConsumer<String> atWord) {
        for (int i = 0; i < ts.size(); i++) {
            if (ts.get(i).kind == Token.WORD) {
                atWord.accept(ts.get(i).lower, i);
            }
        }
    }

    /** Whether the (lower-case) word is in the trigger group of relation-triggers.tsv. */
    boolean trigger(TriggerGroup group, String word) {
        return doc.lexicon.trigger(group, word);
    }

    /** The PARTY_TO status a cue word gives ("ratified" -> signed), or null. */
    String agreementStatus(String word) {
        return doc.lexicon.agreementStatus.get(word);
    }

    void add(RelationType type, Entity src, Entity dst, double conf) {
        add(type, src, dst, Map.of(), conf);
    }

    void add(RelationType type, Entity src, Entity dst, Map<String, String> props, double conf) {
        doc.relations.add(type, src, dst, new TreeMap<>(props), sentence, conf);
    }

    /** The last actor (of one of the types, if given) that ends at or before the token. */
    Mention before(int tok, EntityType... types) {
        Mention best = null;
        for (Mention m : actors) {
            if (m.t1 <= tok && ofType(m, types)) {
                best = m;
            }
        }
        return best;
    }

    /** The first actor from the token on, if it starts within {@code gap} tokens in the same clause and has one of the types. */
    Mention after(int tok, int gap, EntityType... types) {
        for (Mention m : actors) {
            if (m.t0 >= tok) {
                if (m.t0 - tok > gap || crossesClause(tok, m.t0)) {
                    return null;
                }
                return ofType(m, types) ? m : null;
            }
        }
        return null;
    }

    /** A clause boundary (";", ".", ":") among tokens [a, b). */
    boolean crossesClause(int a, int b) {
        for (int i = a; i < b; i++) {
            String x = ts.get(i).text;
            if (x.equals(";") || x.equals(".") || x.equals(":")) {
                return true;
            }
        }
        return false;
    }

    private static boolean ofType(Mention m, EntityType... types) {
        if (types.length == 0) {
            return true;
        }
        for (EntityType t : types) {
            if (m.entity.type == t) {
                return true;
            }
        }
        return false;
    }

    /** Actors coordinated with m after it: "Washington and Canberra", "X, Y and Z" (at most nine). */
    List<Mention> coordinated(Mention m) {
        List<Mention> out = new ArrayList<>(List.of(m));
        for (Mention nx = nextCoordinated(m, m.entity.type); nx != null && out.size() <= 8; nx = nextCoordinated(nx, m.entity.type)) {
            out.add(nx);
        }
        return out;
    }

    /** The actor of the type after cur's ", ", "and", "or", "the", or null. */
    private Mention nextCoordinated(Mention cur, EntityType type) {
        int k = cur.t1;
        if (k < ts.size() && (ts.get(k).text.equals(",") || ts.get(k).text.equals("-") && ts.get(k).spaceBefore)) {
            k++;
        }
        if (k < ts.size() && (ts.get(k).is("and") || ts.get(k).is("or"))) {
            k++;
        }
        if (k < ts.size() && ts.get(k).is("the")) {
            k++;
        }
        return k == cur.t1 ? null : startingAt(k, type);
    }

    /** Actors coordinated before m, ending with m: "US and China agree" (at most nine). */
    List<Mention> coordinatedBefore(Mention m) {
        List<Mention> out = new ArrayList<>(List.of(m));
        for (Mention pv = previousCoordinated(m); pv != null && out.size() <= 8; pv = previousCoordinated(pv)) {
            out.add(0, pv);
        }
        return out;
    }

    /** The actor before cur's "and" or comma (and a "the"), or null. */
    private Mention previousCoordinated(Mention cur) {
        int k = cur.t0 - 1;
        if (k >= 0 && ts.get(k).is("the")) {
            k--;
        }
        if (k < 0 || !(ts.get(k).is("and") || ts.get(k).text.equals(","))) {
            return null;
        }
        return endingBefore(k);
    }

    private Mention startingAt(int k, EntityType type) {
        for (Mention a : actors) {
            if (a.t0 == k && a.entity.type == type) {
                return a;
            }
        }
        return null;
    }

    /** The last actor that ends at token k (an "and" or comma), or before a comma there. */
    private Mention endingBefore(int k) {
        Mention pv = null;
        for (Mention a : actors) {
            if (a.t1 == k || a.t1 == k - 1 && ts.get(k - 1).text.equals(",")) {
                pv = a;
            }
        }
        return pv;
    }

    /** The confidence of a pattern, lowered by every end that is only a reference. */
    static double conf(double base, Mention... ms) {
        double c = base;
        for (Mention m : ms) {
            if (m.ref) {
                c *= m.conf;
            }
        }
        return c;
    }

    /** Who acts: "the White House" acts for the United States, "Orbán's government" for Hungary. */
    Entity asActor(Mention m) {
        if (m.entity.type == EntityType.ORGANIZATION && m.entity.attrs.containsKey("country")) {
            return doc.entities.country(m.entity.attrs.get("country"));
        }
        if (m.entity.type == EntityType.PERSON && m.t1 + 1 < ts.size() && ts.get(m.t1).text.equals("'s")
                && trigger(TriggerGroup.GOVERNMENT_NOUN, ts.get(m.t1 + 1).lower)) {
            Entity c = doc.entities.affiliationCountry(m.entity);
            if (c != null) {
                return c;
            }
        }
        return m.entity;
    }

    Entity affiliationCountry(Entity person) {
        return doc.entities.affiliationCountry(person);
    }

    /** A bloc or alliance countries can be members of (not an institution, court, medium, army, party or company). */
    static boolean isBloc(Entity e) {
        return e.type == EntityType.ORGANIZATION && !NOT_BLOCS.contains(e.orgKind);
    }

    /** An actor, or an agreement: what criticism can be aimed at. */
    static boolean actorOrAgreement(Mention m) {
        return m.isActor() || m.entity.type == EntityType.AGREEMENT;
    }
}
