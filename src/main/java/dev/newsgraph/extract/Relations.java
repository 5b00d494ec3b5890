package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.newsgraph.extract.ArticleRun.Ent;
import dev.newsgraph.extract.ArticleRun.Mention;
import dev.newsgraph.extract.ArticleRun.Sent;

/**
 * Sentence-level relation patterns. Every relation needs a trigger word in the sentence that links its two ends
 * ("met with", "criticized", "joined", "joint exercises with", "signed"); co-occurrence alone yields nothing.
 */
final class Relations {

    static final Set<String> MEET = Set.of("met", "meet", "meets", "meeting", "meetings", "talks", "spoke", "speak",
            "call", "hosted", "hosting", "hosts", "host", "received", "summit");
    static final Set<String> MEET_DIRECT = Set.of("met", "meet", "meets", "hosted", "hosting", "hosts", "host", "received");
    static final Set<String> CRITICIZE = Set.of("criticized", "criticised", "criticizes", "criticises", "criticizing",
            "criticising", "criticize", "criticise", "condemned", "condemns", "condemning", "condemn", "denounced",
            "denounces", "denouncing", "slammed", "slams", "blasted", "blasts", "rebuked", "rebukes", "accused", "accuses",
            "accusing", "accuse", "challenged", "challenges", "challenging", "lambasted", "censured", "chided", "labeling",
            "labelling", "labeled", "labelled", "branded", "branding", "objected", "objects", "decried", "decries",
            "complained", "complains", "attacked", "warned", "protested", "protests");
    static final Set<String> EXERCISE = Set.of("exercise", "exercises", "drills", "drill", "patrols", "patrol",
            "operations", "training", "maneuvers", "manoeuvres", "war-games", "wargames");
    static final Set<String> COOPERATE = Set.of("cooperation", "co-operation", "cooperate", "cooperates", "cooperating",
            "cooperated", "partnered", "partnering", "collaborate", "collaborating", "collaboration", "working",
            "work", "works", "worked", "help", "helps", "helped", "helping", "assist", "assists", "assisted");
    static final Set<String> CAUSATIVE = Set.of("urged", "urges", "urging", "urge", "asked", "asks", "pressed",
            "presses", "directing", "directed", "directs", "ordered", "orders", "ordering", "called", "calls", "led",
            "forced", "encouraged", "told", "pushed", "pushing");
    static final Map<String, String> STATUS = new HashMap<>();

    static {
        for (String w : List.of("sign", "signed", "signs", "signing", "ratified", "ratify", "ratifies", "ratifying",
                "ratification", "inked", "concluded", "accession", "rejoined", "rejoin", "adopted")) {
            STATUS.put(w, "signed");
        }
        for (String w : List.of("agree", "agreed", "agrees", "agreeing", "reached", "struck", "announced", "approved",
                "cleared", "unveiled", "established", "forged", "sealed", "clinched", "brokered")) {
            STATUS.put(w, "agreed");
        }
        for (String w : List.of("negotiate", "negotiating", "negotiated", "negotiation", "negotiations",
                "long-negotiated", "finalize", "finalise", "finalizing", "finalising", "talks", "discuss", "discussing",
                "discussed", "hammer")) {
            STATUS.put(w, "negotiating");
        }
        for (String w : List.of("propose", "proposed", "proposes", "proposing", "proposal", "urged", "urges", "urge",
                "suggest", "suggested", "suggesting", "plans", "planned", "plan", "push", "pushing", "seek", "seeks",
                "seeking", "initiative", "initiatives")) {
            STATUS.put(w, "proposed");
        }
        for (String w : List.of("withdraw", "withdrew", "withdrawn", "withdrawal", "withdrawing", "exit", "exits",
                "exited", "exiting", "quit", "quits", "leave", "leaving", "scrapped", "scrap", "scraps", "scrapping",
                "cancelled", "canceled", "cancel", "cancels", "cancellation", "terminated", "terminate", "abandoned",
                "abandon", "tear", "tore", "torn", "suspended", "suspend", "ditched", "ditch", "renounced", "revoked")) {
            STATUS.put(w, "withdrawn");
        }
        for (String w : List.of("rejected", "rejects", "reject", "denied", "denies", "refused", "refuses")) {
            STATUS.put(w, "rejected");
        }
    }

    /** Verbs that name something: "called the deal a disaster", "described the pact as unfair". */
    static final Set<String> CALL_VERBS = Set.of("called", "calls", "calling", "described", "describes", "describing",
            "termed", "terms", "dubbed", "dubs");
    /** Negative judgements that make "called X ..." a criticism. */
    static final Set<String> NEGATIVE = Set.of("unfair", "horrible", "terrible", "illegal", "unlawful", "illegitimate",
            "one-sided", "shortsighted", "short-sighted", "dangerous", "reckless", "irresponsible", "unacceptable",
            "provocative", "disaster", "disastrous", "destabilising", "destabilizing", "hostile", "aggressive", "threat",
            "mistake", "failure", "stab", "betrayal", "bullying", "coercion", "coercive", "hypocritical", "absurd",
            "outrageous", "flawed", "worst", "bad", "unjust", "violation", "insult", "sham", "farce", "hegemonic",
            "blackmail", "lies", "lie", "encroachment", "interference", "meddling", "regrettable", "deplorable",
            "inhumane", "brutal", "barbaric", "criminal", "crime", "terrorist", "troublemaker", "aggression");
    static final Set<String> REACT_ADVERBS = Set.of("angrily", "sharply", "furiously", "strongly", "harshly", "coldly",
            "negatively", "critically");

    private Relations() {
    }

    /** "Trump called the JCPOA a horrible, one-sided deal", "described the pact as unfair". */
    private static void calledNegative(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        Mention tgt = null;
        for (Mention m : s.ments) {
            if (m.inner || m.t0 <= i) {
                continue;
            }
            if (m.t0 - i > 4 || crossesClause(ts, i, m.t0)) {
                break;
            }
            if (actor(m) || m.ent.type == EntityType.AGREEMENT) {
                tgt = m;
                break;
            }
        }
        if (tgt == null) {
            return;
        }
        boolean neg = false;
        for (int k = tgt.t1; k < Math.min(ts.size(), tgt.t1 + 7) && !neg; k++) {
            Token t = ts.get(k);
            if (t.text.equals(".") || t.text.equals(";") || t.is("but") || t.is("and") && k > tgt.t1 + 2) {
                break;
            }
            neg = NEGATIVE.contains(t.lower);
        }
        if (neg) {
            emitCriticism(run, s, actors, i, tgt, 0.7);
        }
    }

    /** "Seoul reacted sharply to the pact". */
    private static void reactedAngrily(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        Mention tgt = null;
        for (Mention m : s.ments) {
            if (!m.inner && m.t0 >= i + 3 && m.t0 - (i + 3) <= 3 && !crossesClause(ts, i, m.t0)
                    && (actor(m) || m.ent.type == EntityType.AGREEMENT)) {
                tgt = m;
                break;
            }
        }
        emitCriticism(run, s, actors, i, tgt, 0.65);
    }

    /** "Putin and Kim Jong Un have signed a treaty": leaders of two countries signing together have met. */
    private static void signedTogether(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        Mention subj = before(actors, i, EntityType.PERSON);
        if (subj == null || i - subj.t1 > 3 || crossesClause(ts, subj.t1, i)) {
            return;
        }
        for (int k = subj.t1; k < i; k++) {
            if (!(ts.get(k).is("have") || ts.get(k).is("has") || ts.get(k).is("had") || ts.get(k).is("jointly")
                    || ts.get(k).is("formally") || ts.get(k).is("on") || ts.get(k).is("also") || ts.get(k).text.equals(","))) {
                return;
            }
        }
        List<Mention> people = coordinatedBefore(actors, subj, ts);
        if (people.size() < 2) {
            // "Faisal bin Farhan and his Iranian counterpart, Hossein Amir-Abdollahian, signed"
            return;
        }
        for (int a = 0; a < people.size(); a++) {
            for (int b = a + 1; b < people.size(); b++) {
                Ent x = people.get(a).ent;
                Ent y = people.get(b).ent;
                if (x.type != EntityType.PERSON || y.type != EntityType.PERSON) {
                    continue;
                }
                Ent cx = run.affiliationCountry(x);
                Ent cy = run.affiliationCountry(y);
                if (cx != null && cy != null && cx != cy) {
                    run.addRel(RelationType.MET_WITH, x, y, props(null, null), s, conf(0.6, people.get(a), people.get(b)));
                }
            }
        }
    }

    static boolean actor(Mention m) {
        return !m.inner && (m.ent.type == EntityType.PERSON || m.ent.type == EntityType.COUNTRY
                || m.ent.type == EntityType.ORGANIZATION);
    }

    static void find(ArticleRun run, Sent s) {
        List<Token> ts = s.toks;
        List<Mention> actors = new ArrayList<>();
        for (Mention m : s.ments) {
            if (actor(m)) {
                actors.add(m);
            }
        }
        boolean any = !actors.isEmpty();
        for (int i = 0; i < ts.size() && any; i++) {
            Token t = ts.get(i);
            if (t.kind != Token.WORD) {
                continue;
            }
            String w = t.lower;
            if (MEET.contains(w)) {
                metWith(run, s, actors, i);
            }
            if (CRITICIZE.contains(w)) {
                criticized(run, s, actors, i);
            }
            if (w.equals("joint")) {
                joint(run, s, actors, i);
            }
            if (COOPERATE.contains(w)) {
                cooperate(run, s, actors, i);
            }
            if (w.equals("joined") || w.equals("joins") || w.equals("join") || w.equals("joining")) {
                joined(run, s, actors, i);
            }
            if (w.equals("member") || w.equals("members")) {
                members(run, s, actors, i);
            }
            if (w.equals("counterpart")) {
                counterpart(run, s, actors, i);
            }
            if ((w.equals("belong") || w.equals("belongs") || w.equals("belonged")) && i + 1 < ts.size() && ts.get(i + 1).is("to")) {
                belong(run, s, actors, i);
            }
            if ((w.equals("effect") || w.equals("force")) && i > 0 && (ts.get(i - 1).lower.startsWith("took")
                    || ts.get(i - 1).lower.startsWith("take") || ts.get(i - 1).is("into"))) {
                tookEffect(run, s, actors, i);
            }
            if (w.equals("accession") && i > 0) {
                accession(run, s, actors, i);
            }
            if (w.equals("claims") || w.equals("claim") || w.equals("claiming") || w.equals("claimed")) {
                claims(run, s, actors, i);
            }
            if (w.equals("recalled") || w.equals("recalls") || w.equals("recall")) {
                recall(run, s, actors, i);
            }
            if (CALL_VERBS.contains(w) && !(i > 0 && ts.get(i - 1).text.equals("-"))) {
                calledNegative(run, s, actors, i);
            }
            if ((w.equals("reacted") || w.equals("reacts") || w.equals("responded")) && i + 2 < ts.size()
                    && REACT_ADVERBS.contains(ts.get(i + 1).lower) && ts.get(i + 2).is("to")) {
                reactedAngrily(run, s, actors, i);
            }
            if (w.equals("protest") && i > 0 && ts.get(i - 1).is("to")) {
                criticized(run, s, actors, i);
            }
            if (STATUS.get(w) != null && STATUS.get(w).equals("signed") && i > 0) {
                signedTogether(run, s, actors, i);
            }
        }
        // "the G7 - the United States, Japan, ... - announced": a bloc followed by the list of its members
        for (Mention m : actors) {
            if (m.ent.type == EntityType.ORGANIZATION && isBloc(m.ent) && m.t1 + 1 < ts.size()
                    && (ts.get(m.t1).text.equals("-") && ts.get(m.t1).spaceBefore || ts.get(m.t1).text.equals("("))) {
                int k = m.t1 + 1;
                if (ts.get(k).is("the")) {
                    k++;
                }
                Mention first = after(actors, k, 0, ts, EntityType.COUNTRY);
                if (first != null) {
                    List<Mention> list = coordinated(actors, first, ts);
                    if (list.size() >= 2) {
                        for (Mention c : list) {
                            run.addRel(RelationType.MEMBER_OF, c.ent, m.ent, props(null, null), s, conf(0.7, c, m));
                        }
                    }
                }
            }
        }
        partyTo(run, s, actors);
    }

    // ------------------------------------------------------------ helpers

    static Mention before(List<Mention> actors, int tok, EntityType... types) {
        Mention best = null;
        for (Mention m : actors) {
            if (m.t1 <= tok && ok(m, types)) {
                best = m;
            }
        }
        return best;
    }

    static Mention after(List<Mention> actors, int tok, int gap, List<Token> ts, EntityType... types) {
        for (Mention m : actors) {
            if (m.t0 >= tok) {
                if (m.t0 - tok > gap || crossesClause(ts, tok, m.t0)) {
                    return null;
                }
                return ok(m, types) ? m : null;
            }
        }
        return null;
    }

    static boolean crossesClause(List<Token> ts, int a, int b) {
        for (int i = a; i < b; i++) {
            String x = ts.get(i).text;
            if (x.equals(";") || x.equals(".") || x.equals(":")) {
                return true;
            }
        }
        return false;
    }

    static boolean ok(Mention m, EntityType... types) {
        if (types.length == 0) {
            return true;
        }
        for (EntityType t : types) {
            if (m.ent.type == t) {
                return true;
            }
        }
        return false;
    }

    /** Actors coordinated with m after it: "Washington and Canberra", "X, Y and Z". */
    static List<Mention> coordinated(List<Mention> actors, Mention m, List<Token> ts) {
        List<Mention> out = new ArrayList<>();
        out.add(m);
        Mention cur = m;
        while (true) {
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
            if (k == cur.t1) {
                break;
            }
            Mention nx = null;
            for (Mention a : actors) {
                if (a.t0 == k && a.ent.type == m.ent.type) {
                    nx = a;
                    break;
                }
            }
            if (nx == null || out.size() > 8) {
                break;
            }
            out.add(nx);
            cur = nx;
        }
        return out;
    }

    /** Actors coordinated before m: "US and China agree". */
    static List<Mention> coordinatedBefore(List<Mention> actors, Mention m, List<Token> ts) {
        List<Mention> out = new ArrayList<>();
        out.add(m);
        Mention cur = m;
        while (true) {
            int k = cur.t0 - 1;
            if (k >= 0 && ts.get(k).is("the")) {
                k--;
            }
            if (k < 0 || !(ts.get(k).is("and") || ts.get(k).text.equals(","))) {
                break;
            }
            Mention pv = null;
            for (Mention a : actors) {
                if (a.t1 == k || a.t1 == k - 1 && ts.get(k - 1).text.equals(",")) {
                    pv = a;
                }
            }
            if (pv == null || out.size() > 8) {
                break;
            }
            out.add(0, pv);
            cur = pv;
        }
        return out;
    }

    static double conf(double base, Mention... ms) {
        double c = base;
        for (Mention m : ms) {
            if (m.ref) {
                c *= m.conf;
            }
        }
        return c;
    }

    /** "Orbán's government" / "Hegseth's administration": the person's country acts. */
    static Ent asActor(ArticleRun run, Mention m, List<Token> ts) {
        if (m.ent.type == EntityType.ORGANIZATION && m.ent.attrs.containsKey("country")) {
            return run.countryEnt(m.ent.attrs.get("country")); // "the White House" acts for the United States
        }
        if (m.ent.type == EntityType.PERSON && m.t1 + 1 < ts.size() && ts.get(m.t1).text.equals("'s")
                && Set.of("government", "administration", "cabinet").contains(ts.get(m.t1 + 1).lower)) {
            Ent c = run.affiliationCountry(m.ent);
            if (c != null) {
                return c;
            }
        }
        return m.ent;
    }

    private static Map<String, String> props(String k, String v) {
        Map<String, String> p = new TreeMap<>();
        if (k != null && v != null) {
            p.put(k, v);
        }
        return p;
    }

    // ------------------------------------------------------------ patterns

    private static void metWith(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        String w = ts.get(i).lower;
        int j = i + 1;
        while (j < ts.size() && ts.get(j).kind == Token.PUNCT && Tokenizer.isQuote(ts.get(j).text.charAt(0))) {
            j++; // scare quotes: a “positive meeting” with
        }
        if (j < ts.size() && (ts.get(j).is("with") || ts.get(j).is("to") && (w.equals("spoke") || w.equals("speak")))) {
            j++;
        } else if (!MEET_DIRECT.contains(w)) {
            // "talks in the Chinese capital between A, secretary of ..., and B"
            for (int k = j; k < Math.min(ts.size(), j + 7); k++) {
                if (ts.get(k).is("between")) {
                    Mention a = after(actors, k + 1, 2, ts, EntityType.PERSON);
                    if (a == null) {
                        return;
                    }
                    Mention b = null;
                    for (int q = a.t1; q < Math.min(ts.size(), a.t1 + 14) && b == null; q++) {
                        if (ts.get(q).is("and")) {
                            b = after(actors, q + 1, 1, ts, EntityType.PERSON);
                        }
                    }
                    if (b != null) {
                        run.addRel(RelationType.MET_WITH, a.ent, b.ent, props(null, null), s, conf(0.8, a, b));
                    }
                    return;
                }
                if (ts.get(k).text.equals(",") || ts.get(k).text.equals(".")) {
                    break;
                }
            }
            return;
        }
        int gap = 3;
        for (int k = j; k < Math.min(ts.size(), j + 4); k++) {
            if (ts.get(k).lower.startsWith("counterpart")) {
                gap = k - j + 3;
            }
        }
        Mention obj = after(actors, j, gap, ts, EntityType.PERSON);
        if (obj == null && gap > 3) {
            for (Mention m : actors) {
                if (obj == null && m.t0 >= j && m.t0 - j <= gap && m.ent.type == EntityType.PERSON && !crossesClause(ts, j, m.t0)) {
                    obj = m;
                }
            }
        }
        if (obj == null) {
            Mention org = after(actors, j, 6, ts, EntityType.ORGANIZATION);
            if (org != null && org.t0 > j) {
                boolean people = false;
                for (int k = j; k < org.t0; k++) {
                    people |= Set.of("leaders", "ministers", "officials", "counterparts", "delegation", "delegates",
                            "representatives", "chiefs").contains(ts.get(k).lower);
                }
                if (people) {
                    obj = org;
                }
            } else if (org != null) {
                obj = org;
            }
        }
        if (obj == null) {
            return;
        }
        Mention subj = before(actors, i, EntityType.PERSON);
        if (subj == null || subj.ent == obj.ent) {
            return;
        }
        // "Bessent and Greer, who met ...": coordinated subjects
        int sEnd = subj.t1;
        if (sEnd + 1 < ts.size() && ts.get(sEnd).text.equals(",") && ts.get(sEnd + 1).is("who")) {
            sEnd += 2;
        }
        List<Mention> subjects = coordinatedBefore(actors, subj, ts);
        List<Mention> objs = coordinated(actors, obj, ts);
        boolean counterparts = false;
        for (int k = i; k < obj.t0; k++) {
            counterparts |= ts.get(k).lower.startsWith("counterpart");
        }
        if (counterparts && subjects.size() == objs.size() && subjects.size() > 1) {
            for (int k = 0; k < objs.size(); k++) {
                run.addRel(RelationType.MET_WITH, subjects.get(k).ent, objs.get(k).ent, props(null, null), s,
                        conf(0.7, subjects.get(k), objs.get(k)));
            }
            return;
        }
        for (Mention sm : subjects) {
            for (Mention o : objs) {
                if (sm.ent.type == EntityType.PERSON && sm.ent != o.ent) {
                    run.addRel(RelationType.MET_WITH, sm.ent, o.ent, props(null, null), s, conf(0.8, sm, o));
                }
            }
        }
    }

    /** "Faisal bin Farhan and his Iranian counterpart, Hossein Amir-Abdollahian, signed ...". */
    private static void counterpart(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        Mention obj = null;
        int j = i + 1;
        if (j < ts.size() && ts.get(j).text.equals(",")) {
            j++;
        }
        obj = after(actors, j, 1, ts, EntityType.PERSON);
        Mention subj = before(actors, i, EntityType.PERSON);
        if (obj == null || subj == null || i - subj.t1 > 4) {
            return;
        }
        boolean and = false;
        for (int k = subj.t1; k < i; k++) {
            and |= ts.get(k).is("and") || ts.get(k).is("met") || ts.get(k).is("with");
        }
        if (and && subj.ent != obj.ent) {
            run.addRel(RelationType.MET_WITH, subj.ent, obj.ent, props(null, null), s, conf(0.6, subj, obj));
        }
    }

    private static void criticized(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        String w = ts.get(i).lower;
        int j = i + 1;
        if ((w.equals("complained") || w.equals("complains") || w.equals("warned")) && true) {
            // "complained that X ...": the target follows "that"
            int k = j;
            while (k < Math.min(ts.size(), j + 4) && !ts.get(k).is("that") && !ts.get(k).is("about")) {
                k++;
            }
            if (k >= Math.min(ts.size(), j + 4)) {
                return;
            }
            j = k + 1;
        }
        if ((w.equals("objected") || w.equals("objects") || w.equals("protested")) && j < ts.size()) {
            // "objected (angrily) to ... in the Swedish capital": target within the phrase
            Mention tgt = null;
            for (Mention a : actors) {
                if (a.t0 >= j && a.t0 - j <= 10 && !crossesClause(ts, j, a.t0)) {
                    tgt = a;
                    break;
                }
            }
            emitCriticism(run, s, actors, i, tgt, 0.6);
            return;
        }
        // target: the first actor or agreement right after the verb
        Mention tgt = null;
        for (Mention m : s.ments) {
            if (m.inner || m.t0 < j) {
                continue;
            }
            if (m.t0 - j > 4 || crossesClause(ts, j, m.t0)) {
                break;
            }
            if (actor(m) || m.ent.type == EntityType.AGREEMENT) {
                tgt = m;
                break;
            }
        }
        if (tgt == null) {
            // "the World Health Organization (WHO), which he has accused of mishandling ..."
            int k = i - 1;
            while (k >= 0 && (ts.get(k).is("has") || ts.get(k).is("had") || ts.get(k).is("have") || ts.get(k).is("also")
                    || ts.get(k).is("repeatedly") || ts.get(k).is("long"))) {
                k--;
            }
            Mention subj = null;
            for (Mention m : s.ments) {
                if (m.t1 == k + 1 && (actor(m) || m.ent.type == EntityType.PERSON)) {
                    subj = m;
                }
            }
            if (subj != null && subj.t0 >= 2 && (ts.get(subj.t0 - 1).is("which") || ts.get(subj.t0 - 1).is("whom"))) {
                int c = subj.t0 - 2;
                if (c >= 0 && ts.get(c).text.equals(",")) {
                    c--;
                }
                boolean paren = c >= 2 && ts.get(c).text.equals(")") && ts.get(c - 2).text.equals("(");
                Mention rel = null;
                for (Mention m : s.ments) {
                    if (!m.inner && (m.t1 == c + 1 || paren && m.t1 == c - 2) && (actor(m) || m.ent.type == EntityType.AGREEMENT)) {
                        rel = m; // "the World Health Organization (WHO), which ..."
                    }
                }
                if (rel != null && rel.ent != subj.ent) {
                    run.addRel(RelationType.CRITICIZED, asActor(run, subj, ts), rel.ent, props(null, null), s, conf(0.7, subj, rel));
                }
            }
            return;
        }
        emitCriticism(run, s, actors, i, tgt, w.startsWith("label") || w.startsWith("brand") ? 0.65 : 0.8);
    }

    private static void emitCriticism(ArticleRun run, Sent s, List<Mention> actors, int i, Mention tgt, double base) {
        if (tgt == null) {
            return;
        }
        List<Token> ts = s.toks;
        Mention subj = before(actors, i);
        if (subj == null || i - subj.t1 > 12 || crossesClause(ts, subj.t1, i)) {
            return;
        }
        // "Kim summoned Russian Ambassador Zinoviev to protest the treaty": the summoner protests
        for (int k = subj.t0 - 1; k >= Math.max(0, subj.t0 - 3); k--) {
            if (ts.get(k).lower.startsWith("summon")) {
                Mention x = before(actors, k);
                if (x != null && k - x.t1 <= 2) {
                    subj = x;
                }
                break;
            }
        }
        // "The United States and South Korea have accused": coordinated subjects joined by "and"
        int b = subj.t0 - 1;
        if (b >= 0 && ts.get(b).is("the")) {
            b--;
        }
        List<Mention> subjects = b >= 0 && ts.get(b).is("and") ? coordinatedBefore(actors, subj, ts) : List.of(subj);
        List<Mention> tgts = actor(tgt) ? coordinated(actors, tgt, ts) : List.of(tgt);
        for (Mention sm : subjects) {
            Ent src = asActor(run, sm, ts);
            for (Mention t : tgts) {
                if (t.ent != src) {
                    run.addRel(RelationType.CRITICIZED, src, t.ent, props(null, null), s, conf(base, sm, t));
                }
            }
        }
    }

    private static void joint(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        // "joint ASEAN-US maritime exercise"
        Mention a = after(actors, i + 1, 0, ts);
        if (a != null && a.t1 + 1 < ts.size() && ts.get(a.t1).text.equals("-")) {
            Mention b = after(actors, a.t1 + 1, 0, ts);
            if (b != null) {
                run.addRel(RelationType.COOPERATES_WITH, a.ent, b.ent, props(null, null), s, 0.7);
                return;
            }
        }
        // "joint naval and air exercises with the United States"
        int k = i + 1;
        int limit = Math.min(ts.size(), i + 6);
        while (k < limit && !EXERCISE.contains(ts.get(k).lower)) {
            k++;
        }
        if (k >= limit) {
            return;
        }
        if (k + 1 < ts.size() && ts.get(k + 1).is("with")) {
            Mention obj = after(actors, k + 2, 2, ts, EntityType.COUNTRY, EntityType.ORGANIZATION);
            Mention subj = before(actors, i, EntityType.COUNTRY, EntityType.ORGANIZATION);
            if (obj != null && subj != null && i - subj.t1 <= 8) {
                for (Mention o : coordinated(actors, obj, ts)) {
                    run.addRel(RelationType.COOPERATES_WITH, subj.ent, o.ent, props(null, null), s, conf(0.7, subj, o));
                }
            }
        }
    }

    private static void cooperate(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        String w = ts.get(i).lower;
        boolean help = w.startsWith("help") || w.startsWith("assist");
        int j = i + 1;
        if (!help) {
            if (j < ts.size() && (ts.get(j).is("closely") || ts.get(j).is("together"))) {
                j++;
            }
            if (j >= ts.size() || !ts.get(j).is("with")) {
                return;
            }
            j++;
        }
        Mention obj = after(actors, j, 2, ts, EntityType.COUNTRY, EntityType.ORGANIZATION);
        Mention subj = before(actors, i, EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON);
        if (obj == null || subj == null || i - subj.t1 > 9 || crossesClause(ts, subj.t1, i)) {
            return;
        }
        for (int k = subj.t1; k < i; k++) {
            if (ts.get(k).text.equals(",") || ts.get(k).is("but") || ts.get(k).is("while") || ts.get(k).is("which")) {
                return; // another clause: "Russia, which ..., cooperation with"
            }
        }
        Ent src = subj.ent.type == EntityType.PERSON ? run.affiliationCountry(subj.ent) : subj.ent;
        if (src == null) {
            return;
        }
        List<Mention> subjects = subj.ent.type == EntityType.PERSON ? List.of(subj) : coordinatedBefore(actors, subj, ts);
        for (Mention sm : subjects) {
            Ent a = sm == subj ? src : sm.ent;
            for (Mention o : coordinated(actors, obj, ts)) {
                if (a != o.ent) {
                    run.addRel(RelationType.COOPERATES_WITH, a, o.ent, props(null, null), s, conf(help ? 0.6 : 0.7, sm, o));
                }
            }
        }
    }

    static boolean isBloc(Ent e) {
        return e.type == EntityType.ORGANIZATION && !e.orgKind.equals("institution") && !e.orgKind.equals("court")
                && !e.orgKind.equals("military") && !e.orgKind.equals("party");
    }

    private static void joined(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        if (i > 0 && ts.get(i - 1).is("to")) {
            return; // "applied to join": not (yet) a member
        }
        Mention org = after(actors, i + 1, 2, ts, EntityType.ORGANIZATION);
        if (org == null || !isBloc(org.ent)) {
            return;
        }
        Mention subj = before(actors, i, EntityType.COUNTRY);
        if (subj == null || i - subj.t1 > 4) {
            return;
        }
        for (Mention c : coordinatedBefore(actors, subj, ts)) {
            run.addRel(RelationType.MEMBER_OF, c.ent, org.ent, props(null, null), s, conf(0.85, c, org));
        }
    }

    private static void members(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        Ent org = null;
        Mention orgM = null;
        // "member of NATO", "members of the alliance"
        Mention a = after(actors, i + 1, 2, ts, EntityType.ORGANIZATION);
        if (a != null && i + 1 < ts.size() && ts.get(i + 1).is("of")) {
            orgM = a;
        }
        // "NATO's 31st member", "the alliance's 30 existing members", "ASEAN members"
        if (orgM == null) {
            for (Mention m : actors) {
                if (m.ent.type == EntityType.ORGANIZATION && m.t1 <= i && i - m.t1 <= 4) {
                    boolean ok = true;
                    for (int k = m.t1; k < i; k++) {
                        Token t = ts.get(k);
                        ok &= t.text.equals("'s") || t.kind == Token.NUM || t.kind == Token.WORD && !t.cap()
                                && !t.is("and") && !t.is("with") && !t.is("of") || t.text.equals("-");
                    }
                    if (ok) {
                        orgM = m;
                    }
                }
            }
        }
        // "The CPTPP's 11 existing members include Japan, Canada ...": parties to an agreement
        for (Mention m : s.ments) {
            if (orgM == null && m.ent.type == EntityType.AGREEMENT && m.t1 < i && i - m.t1 <= 4 && ts.get(m.t1).text.equals("'s")) {
                int j = i + 1;
                if (j < ts.size() && (ts.get(j).is("include") || ts.get(j).is("including") || ts.get(j).is("are")
                        || ts.get(j).text.equals(","))) {
                    j++;
                }
                Mention first = after(actors, j, 1, ts, EntityType.COUNTRY);
                if (first != null) {
                    for (Mention c : coordinated(actors, first, ts)) {
                        run.addRel(RelationType.PARTY_TO, c.ent, m.ent, props("status", "signed"), s, conf(0.7, c, m));
                    }
                }
                return;
            }
        }
        double base = 0.8;
        if (orgM != null) {
            org = orgM.ent;
        } else {
            org = salientBloc(run);
            base = 0.5;
        }
        if (org == null || !isBloc(org)) {
            return;
        }
        List<Mention> countries = new ArrayList<>();
        // list after: "members, Turkey and Hungary" / "members including X, Y" / "NATO member Poland"
        int j = i + 1;
        if (j < ts.size() && (ts.get(j).text.equals(",") || ts.get(j).is("including") || ts.get(j).is("include") || ts.get(j).is("such")
                || ts.get(j).is("like") || ts.get(j).is("states") || ts.get(j).is("countries"))) {
            j++;
            if (j < ts.size() && (ts.get(j).is("as") || ts.get(j).is("including") || ts.get(j).text.equals(","))) {
                j++;
            }
        }
        Mention first = after(actors, j, 1, ts, EntityType.COUNTRY);
        if (first != null && orgM != null || first != null && j > i + 1) {
            countries.addAll(coordinated(actors, first, ts));
        }
        // subject before: "Sweden became the 32nd member of NATO", "making Ankara the last of the alliance's members"
        if (countries.isEmpty()) {
            int from = orgM != null ? Math.min(orgM.t0, i) : i;
            Mention subj = before(actors, from, EntityType.COUNTRY);
            if (subj != null && from - subj.t1 <= 8 && !crossesClause(ts, subj.t1, from)) {
                boolean verb = false;
                for (int k = subj.t1; k < from; k++) {
                    String x = ts.get(k).lower;
                    verb |= x.equals("became") || x.equals("becomes") || x.equals("become") || x.equals("is")
                            || x.equals("was") || x.equals("as") || x.equals("making") || x.equals("remains")
                            || x.equals("are") || x.equals("be") || x.equals("the") || x.equals(",");
                }
                if (verb) {
                    countries.add(subj);
                }
            }
        }
        for (Mention c : countries) {
            run.addRel(RelationType.MEMBER_OF, c.ent, org, props(null, null), s, conf(base, c));
        }
    }

    private static void belong(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        Mention org = after(actors, i + 2, 2, ts, EntityType.ORGANIZATION);
        Mention subj = before(actors, i, EntityType.COUNTRY);
        if (org == null || subj == null || !isBloc(org.ent) || i - subj.t1 > 5) {
            return;
        }
        for (Mention c : coordinatedBefore(actors, subj, ts)) {
            run.addRel(RelationType.MEMBER_OF, c.ent, org.ent, props(null, null), s, conf(0.75, c, org));
        }
    }

    /** "The agreement took effect for Brunei, Cambodia ... and for China, Japan": parties to an agreement in force. */
    private static void tookEffect(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        Mention ag = null;
        for (Mention m : s.ments) {
            if (m.ent.type == EntityType.AGREEMENT && m.t1 <= i && i - m.t1 <= 4) {
                ag = m;
            }
        }
        if (ag == null) {
            return;
        }
        for (int k = i + 1; k < ts.size(); k++) {
            if (ts.get(k).is("for")) {
                Mention first = null;
                for (Mention a : actors) {
                    if (a.t0 > k && a.t0 - k <= 6 && a.ent.type == EntityType.COUNTRY) {
                        first = a;
                        break;
                    }
                }
                if (first != null) {
                    for (Mention c : coordinated(actors, first, ts)) {
                        run.addRel(RelationType.PARTY_TO, c.ent, ag.ent, props("status", "signed"), s, conf(0.7, c, ag));
                    }
                }
            }
            if (ts.get(k).text.equals(".") || ts.get(k).text.equals(";")) {
                break;
            }
        }
    }

    private static void accession(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        // "Finland completed its own accession"
        boolean done = false;
        for (int k = Math.max(0, i - 4); k < i; k++) {
            String x = ts.get(k).lower;
            done |= x.equals("completed") || x.equals("complete") || x.equals("completes") || x.equals("finalized")
                    || x.equals("finalised");
        }
        if (!done) {
            return;
        }
        Mention subj = before(actors, i, EntityType.COUNTRY);
        Ent org = salientBloc(run);
        if (subj != null && org != null && i - subj.t1 <= 5) {
            run.addRel(RelationType.MEMBER_OF, subj.ent, org, props(null, null), s, conf(0.6, subj));
        }
    }

    private static Ent salientBloc(ArticleRun run) {
        Ent best = null;
        int bestCount = 0;
        Map<Ent, Integer> counts = new HashMap<>();
        for (Sent x : run.sents) {
            for (Mention m : x.ments) {
                if (m.ent.type == EntityType.ORGANIZATION && isBloc(m.ent)) {
                    int c = counts.merge(m.ent, 1, Integer::sum);
                    if (c > bestCount) {
                        bestCount = c;
                        best = m.ent;
                    }
                }
            }
        }
        return bestCount >= 2 ? best : null;
    }

    private static void claims(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        Mention place = null;
        for (Mention m : s.ments) {
            if (m.ent.type == EntityType.PLACE && m.t0 > i && m.t0 - i <= 4 && !crossesClause(ts, i, m.t0)) {
                place = m;
                break;
            }
        }
        if (place == null) {
            return;
        }
        Mention subj = before(actors, i, EntityType.COUNTRY);
        if (subj == null || i - subj.t1 > 6 || crossesClause(ts, subj.t1, i)) {
            return;
        }
        run.addRel(RelationType.CLAIMS, subj.ent, place.ent, props(null, null), s, conf(0.7, subj));
    }

    private static void recall(ArticleRun run, Sent s, List<Mention> actors, int i) {
        List<Token> ts = s.toks;
        // "France recalled its ambassadors to the United States and Australia": a diplomatic protest
        int k = i + 1;
        if (k < ts.size() && (ts.get(k).is("its") || ts.get(k).is("their"))) {
            k++;
        }
        if (k >= ts.size() || !(ts.get(k).lower.startsWith("ambassador") || ts.get(k).lower.startsWith("envoy"))) {
            return;
        }
        k++;
        if (k >= ts.size() || !(ts.get(k).is("to") || ts.get(k).is("from"))) {
            return;
        }
        Mention tgt = after(actors, k + 1, 1, ts, EntityType.COUNTRY);
        Mention subj = before(actors, i, EntityType.COUNTRY);
        if (tgt == null || subj == null || i - subj.t1 > 3) {
            return;
        }
        for (Mention t : coordinated(actors, tgt, ts)) {
            run.addRel(RelationType.CRITICIZED, subj.ent, t.ent, props(null, null), s, conf(0.6, subj, t));
        }
    }

    // ------------------------------------------------------------ PARTY_TO

    private static void partyTo(ArticleRun run, Sent s, List<Mention> actors) {
        List<Token> ts = s.toks;
        List<Mention> ags = new ArrayList<>();
        for (Mention m : s.ments) {
            if (m.ent.type == EntityType.AGREEMENT && !m.inner) {
                ags.add(m);
            }
        }
        for (Mention ag : ags) {
            // status: the nearest cue, preferring cues before the agreement
            String status = null;
            int cue = -1;
            int bestDist = Integer.MAX_VALUE;
            for (int k = 0; k < ts.size(); k++) {
                Token t = ts.get(k);
                String st = STATUS.get(t.lower);
                if (st == null || t.quoted && !ag.s.toks.get(ag.t0).quoted) {
                    continue;
                }
                int d;
                if (k >= ag.t0 && k < ag.t1) {
                    d = 0;
                } else if (k < ag.t0) {
                    d = ag.t0 - k;
                    if (d > 12 || crossesClause(ts, k, ag.t0)) {
                        continue;
                    }
                } else {
                    d = (k - ag.t1) * 2 + 1;
                    if (k - ag.t1 > 5 || crossesClause(ts, ag.t1, k)) {
                        continue;
                    }
                }
                if (d < bestDist) {
                    bestDist = d;
                    status = st;
                    cue = k;
                }
            }
            if (status == null || status.equals("rejected")) {
                continue;
            }
            List<Mention> parties = new ArrayList<>();
            // "with X", "between X and Y" right after the agreement
            int j = ag.t1;
            if (j < ts.size() && (ts.get(j).is("with") || ts.get(j).is("between"))) {
                Mention p = after(actors, j + 1, 2, ts);
                if (p != null) {
                    parties.addAll(coordinated(actors, p, ts));
                }
            }
            // "concluded in 2015 between Iran and six world powers - the United States, Britain, ..."
            for (int k = ag.t1; k < Math.min(ts.size(), ag.t1 + 8); k++) {
                if (!ts.get(k).is("between")) {
                    continue;
                }
                Mention a = after(actors, k + 1, 2, ts);
                if (a != null) {
                    List<Mention> left = coordinated(actors, a, ts);
                    parties.addAll(left);
                    Mention lastM = left.get(left.size() - 1);
                    for (int q = lastM.t1; q < Math.min(ts.size(), lastM.t1 + 2); q++) {
                        if (ts.get(q).is("and")) {
                            Mention b = null;
                            for (Mention x : actors) {
                                if (x.t0 > q && x.t0 - q <= 7 && !crossesClause(ts, q, x.t0)) {
                                    b = x;
                                    break;
                                }
                            }
                            if (b != null) {
                                parties.addAll(coordinated(actors, b, ts));
                            }
                        }
                    }
                }
                break;
            }
            // actors inside or directly before the phrase: "US-China trade deal"
            for (Mention m : actors) {
                if (m.t0 >= ag.t0 - 3 && m.t1 <= ag.t0 && onlyHyphensOrAnd(ts, m.t1, ag.t0)) {
                    parties.add(m);
                }
            }
            if (cue >= 0 && cue < ag.t0 || cue >= ag.t0 && cue < ag.t1) {
                int verb = cue < ag.t0 ? cue : ag.t0;
                // causative: "urged the bloc to finalize", "directing the United States to withdraw", "led Canberra to tear up"
                Mention causee = null;
                for (int k = verb - 1; k >= Math.max(0, verb - 8); k--) {
                    if (CAUSATIVE.contains(ts.get(k).lower)) {
                        Mention c = after(actors, k + 1, 3, ts);
                        if (c != null && c.t1 <= verb) {
                            causee = c;
                        }
                        break;
                    }
                }
                if (causee != null) {
                    parties.add(causee);
                } else {
                    Mention subj = before(actors, verb);
                    if (subj != null && verb - subj.t1 <= 8 && !crossesClause(ts, subj.t1, verb)) {
                        parties.addAll(coordinatedBefore(actors, subj, ts));
                    }
                }
            }
            // passive: "was unveiled ... by X, Y and Z"
            if (cue >= 0) {
                for (int k = Math.max(cue, ag.t1); k < Math.min(ts.size(), Math.max(cue, ag.t1) + 12); k++) {
                    if (ts.get(k).is("by") && k > 0) {
                        Mention p = after(actors, k + 1, 5, ts);
                        if (p != null) {
                            parties.addAll(coordinated(actors, p, ts));
                        }
                        break;
                    }
                }
            }
            for (Mention p : parties) {
                Ent e = asActor(run, p, ts);
                Map<String, String> pr = props("status", status);
                run.addRel(RelationType.PARTY_TO, e, ag.ent, pr, s, conf(0.75, p, ag));
                if (e.type == EntityType.PERSON) {
                    Ent c = run.affiliationCountry(e);
                    if (c != null) {
                        run.addRel(RelationType.PARTY_TO, c, ag.ent, props("status", status), s, conf(0.6, p, ag));
                    }
                }
            }
        }
    }

    private static boolean onlyHyphensOrAnd(List<Token> ts, int a, int b) {
        for (int k = a; k < b; k++) {
            String x = ts.get(k).text;
            if (!x.equals("-") && !x.equals("and") && !x.equals("'s")) {
                return false;
            }
        }
        return true;
    }
}
