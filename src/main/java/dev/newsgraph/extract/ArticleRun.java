package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.newsgraph.extract.Lexicon.Hit;
import dev.newsgraph.extract.Lexicon.How;
import dev.newsgraph.extract.Lexicon.TitleDef;

/**
 * The extraction of one article: sentences, tokens, mentions (gazetteers, titles, name runs), resolution of
 * later mentions, then entities and pattern-based relations. One instance per call; not shared between threads.
 */
final class ArticleRun {

    // ---------------------------------------------------------------- word classes

    static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "das", "do", "dos", "bin", "ibn",
            "al", "el", "la", "le", "del", "della", "di", "du", "ter", "zu");
    static final Set<String> ORG_HEADS = Set.of("ministry", "department", "council", "commission", "agency", "bank",
            "party", "army", "navy", "guard", "university", "institute", "corporation", "corp", "inc", "ltd", "group",
            "company", "association", "organization", "organisation", "union", "federation", "committee", "court",
            "parliament", "assembly", "foundation", "fund", "authority", "office", "coalition", "front", "movement",
            "secretariat", "command", "forces", "board", "bureau", "tribunal", "airlines", "motors", "industries",
            "technologies", "holdings", "senate", "cabinet", "police", "congress", "service", "services",
            "systems", "energy", "petroleum", "airways", "capital", "partners", "society", "club", "centre", "center");
    static final Set<String> ORG_DESCRIPTORS = Set.of("company", "firm", "shipbuilder", "carmaker", "automaker",
            "manufacturer", "maker", "giant", "conglomerate", "startup", "start-up", "airline", "insurer", "retailer",
            "contractor", "broadcaster", "newspaper", "lender", "operator", "producer", "chipmaker", "exporter",
            "supplier", "group", "outlet", "agency", "organisation", "organization", "militia", "movement");
    static final Set<String> PLACE_HEADS = Set.of("sea", "ocean", "strait", "straits", "gulf", "bay", "island",
            "islands", "shoal", "reef", "peninsula", "river", "canal", "mountains", "desert", "valley", "province",
            "heights", "archipelago", "lake", "coast", "atoll", "atolls");
    static final Set<String> AGREEMENT_HEADS = Set.of("agreement", "agreements", "treaty", "accord", "accords", "pact",
            "protocol", "convention", "charter", "deal", "declaration", "memorandum", "conduct", "partnership");
    static final Set<String> LOWER_AGREEMENT_HEADS = Set.of("agreement", "treaty", "accord", "pact", "deal", "contract",
            "protocol", "protocols", "ceasefire", "truce", "armistice");
    static final Set<String> CHANNEL_HEADS = Set.of("channel", "channels", "hotline", "hotlines", "mechanism",
            "mechanisms");
    static final Set<String> EVENT_HEADS = Set.of("summit", "conference", "olympics", "games", "war", "dialogue", "cup",
            "expo", "festival");
    static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "stated", "added", "wrote", "noted",
            "declared", "announced", "insisted", "argued", "warned", "explained", "stressed", "tweeted", "posted",
            "claimed", "asked", "replied", "responded", "acknowledged", "confirmed", "urged", "emphasized",
            "emphasised");
    static final Set<String> NON_CONTENT_MODS = Set.of("new", "old", "landmark", "historic", "historical", "major", "key",
            "final", "formal", "existing", "previous", "current", "proposed", "so-called", "original", "latest", "first",
            "second", "whole", "entire", "same", "this", "that", "its", "their", "his", "her", "our", "a", "an", "the",
            "any", "such", "long-negotiated", "long-awaited", "planned", "initial", "recent", "earlier", "possible",
            "potential", "broader", "wider", "larger", "big", "biggest", "important", "significant", "tentative",
            "draft", "full", "comprehensive", "multibillion-dollar", "billion-dollar", "lucrative", "controversial",
            "accession", "largest", "world's", "executive");
    /** Words that end a name run even when capitalised. */
    static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for",
            "from", "by", "with", "as", "he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our",
            "this", "that", "these", "those", "is", "was", "are", "were", "be", "been", "has", "have", "had", "said",
            "says", "after", "before", "while", "when", "if", "then", "than", "not", "no", "all", "also", "told",
            "according", "despite", "during", "since", "until", "who", "which", "what", "where", "how", "why", "there",
            "here", "both", "each", "every", "some", "any", "more", "most", "would", "could", "should", "can",
            "must", "over", "under", "into", "about", "against", "between", "via", "per", "amid");
    static final Set<String> ALLIANCE_WORDS = Set.of("bloc", "alliance", "grouping", "organisation", "organization",
            "union", "partnership");

    // ---------------------------------------------------------------- state

    final Lexicon lex;
    final String text;
    final List<Sent> sents = new ArrayList<>();
    final Map<String, Ent> ents = new LinkedHashMap<>();
    final Map<String, Rel> rels = new LinkedHashMap<>();
    final List<PersonCand> cands = new ArrayList<>();
    final List<NameRun> runs = new ArrayList<>();
    final List<TitleRef> titleRefs = new ArrayList<>();
    final Map<String, Ent> acronymDefs = new HashMap<>();

    ArticleRun(Lexicon lex, String text) {
        this.lex = lex;
        this.text = text;
    }

    static final class Sent {
        int index;
        int start;
        int end;
        boolean headline;
        List<Token> toks;
        final List<Mention> ments = new ArrayList<>();
        /** token index -> mention covering it (actors only), built after resolution */
        String text;
    }

    static final class Seg {
        static final char GAZ = 'G', TITLE = 'T', NAME = 'N';
        char kind;
        int t0;
        int t1;
        Hit hit;
        TitleDef title;
        boolean lower;

        Seg(char kind, int t0, int t1) {
            this.kind = kind;
            this.t0 = t0;
            this.t1 = t1;
        }
    }

    static final class Mention {
        Sent s;
        int t0;
        int t1;
        Ent ent;
        String surface;
        How how;
        /** a modifier inside a larger mention (the "Chinese" of "Chinese President Xi"): not an actor of its own */
        boolean inner;
        /** pronoun or description resolved by context: not counted, no alias */
        boolean ref;
        double conf = 1.0;
    }

    static final class Ent {
        String id;
        EntityType type;
        String name;
        final LinkedHashSet<String> aliases = new LinkedHashSet<>();
        final TreeMap<String, String> attrs = new TreeMap<>();
        int mentions;
        int first = Integer.MAX_VALUE;
        List<String> nameTokens = List.of();
        final List<Role> roles = new ArrayList<>();
        String orgKind = "";
        /** agreements: head noun group, noun phrase */
        String head;
        boolean descriptive;
        String np;
    }

    record Role(String title, String titleKey, Ent affil, Sent s, double conf) {
    }

    static final class PersonCand {
        Sent s;
        int t0;
        int t1;
        int n0;
        int n1;
        String name;
        TitleDef role;
        String roleSurface;
        List<String> titleSurfaces = new ArrayList<>();
        Ent affil;
        Ent kb;
        boolean honorific;
        boolean explicitAffil;
    }

    static final class NameRun {
        Sent s;
        int t0;
        int t1;
        String text;
    }

    static final class TitleRef {
        Sent s;
        int t0;
        int t1;
        String titleKey;
        String surface;
        Ent affil;
        boolean capital;
    }

    static final class Rel {
        RelationType type;
        Ent src;
        Ent dst;
        Map<String, String> props;
        Sent s;
        double conf;
    }

    // ---------------------------------------------------------------- driver

    Extraction run() {
        SentenceSplitter splitter = new SentenceSplitter(lex);
        for (SentenceSplitter.Span sp : splitter.split(text)) {
            Sent s = new Sent();
            s.index = sents.size();
            s.start = sp.start();
            s.end = sp.end();
            s.headline = sp.headline();
            s.text = text.substring(s.start, s.end);
            s.toks = Tokenizer.tokenize(text, s.start, s.end);
            sents.add(s);
        }
        for (Sent s : sents) {
            scan(s);
        }
        registerPersons();
        rescanFullNames();
        resolveRuns();
        for (Sent s : sents) {
            s.ments.sort(Comparator.comparingInt((Mention m) -> m.t0).thenComparingInt(m -> -m.t1));
        }
        for (Sent s : sents) {
            contextRefs(s);
            findAgreements(s);
            s.ments.sort(Comparator.comparingInt((Mention m) -> m.t0).thenComparingInt(m -> -m.t1));
        }
        for (Sent s : sents) {
            Relations.find(this, s);
        }
        rolesToRelations();
        return output();
    }

    // ---------------------------------------------------------------- scanning

    private int gazLen(List<Token> ts, int i, List<Hit>[] out) {
        Lexicon.Trie n = lex.gaz;
        int best = 0;
        for (int j = i; j < ts.size(); j++) {
            Token t = ts.get(j);
            n = n.next.get(t.text);
            if (n == null) {
                break;
            }
            if (n.hits != null) {
                // a phrase must not end inside a hyphenated word ("US" of "US-led" is fine, "Sea" of "Sea-based" too)
                best = j - i + 1;
                out[0] = n.hits;
            }
        }
        return best;
    }

    private int titleLen(List<Token> ts, int i, Hit[] out) {
        Lexicon.Trie n = lex.titles;
        int best = 0;
        for (int j = i; j < ts.size(); j++) {
            n = n.next.get(ts.get(j).lower);
            if (n == null) {
                break;
            }
            if (n.hits != null) {
                best = j - i + 1;
                out[0] = n.hits.get(0);
            }
        }
        return best;
    }

    private boolean nameWord(Token t) {
        if (!t.cap() || t.text.length() < 2 && !t.text.equals("I")) {
            return false;
        }
        return !lex.common.contains(t.lower) && !t.text.equals("I");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void scan(Sent s) {
        List<Token> ts = s.toks;
        int n = ts.size();
        List<Seg> segs = new ArrayList<>();
        List<Hit>[] gh = new List[1];
        Hit[] th = new Hit[1];
        int i = 0;
        while (i < n) {
            Token t = ts.get(i);
            if (!t.isWord()) {
                i++;
                continue;
            }
            int gl = gazLen(ts, i, gh);
            int tl = titleLen(ts, i, th);
            if (tl > 0) {
                TitleDef d = lex.titleDefs.get(th[0].key());
                boolean lower = !t.cap();
                // lower-case ranks and honorifics are ordinary words ("in general", "major")
                if (lower && !d.role()) {
                    tl = 0;
                }
            }
            if (gl > 0 && gl >= tl && !segs.isEmpty() && segs.get(segs.size() - 1).kind == Seg.NAME
                    && segs.get(segs.size() - 1).t1 == i && pick(gh[0]).type() == EntityType.ORGANIZATION
                    && pick(gh[0]).how() != How.ACRONYM && ORG_HEADS.contains(ts.get(i + gl - 1).lower)) {
                // "Supreme National" + "Security Council": one longer name, not the gazetteer's organization
                segs.get(segs.size() - 1).t1 = i + gl;
                i += gl;
                continue;
            }
            if (gl > 0 && gl >= tl) {
                Hit h = pick(gh[0]);
                if (h.how() != How.BLOCK) {
                    Seg g = new Seg(Seg.GAZ, i, i + gl);
                    g.hit = h;
                    segs.add(g);
                }
                i += gl;
                continue;
            }
            if (tl > 0) {
                Seg g = new Seg(Seg.TITLE, i, i + tl);
                g.title = lex.titleDefs.get(th[0].key());
                g.lower = !t.cap();
                segs.add(g);
                i += tl;
                continue;
            }
            boolean afterTitle = !segs.isEmpty() && segs.get(segs.size() - 1).kind == Seg.TITLE && segs.get(segs.size() - 1).t1 == i
                    && t.cap() && t.text.length() <= 3 && i + 1 < n && nameWord(ts.get(i + 1)) && gazLen(ts, i + 1, gh) == 0;
            if (nameWord(t) || afterTitle) {
                int j = i + 1;
                while (j < n) {
                    Token u = ts.get(j);
                    if (u.text.equals("-") && !u.spaceBefore && j + 1 < n && ts.get(j + 1).isWord() && !ts.get(j + 1).spaceBefore
                            && ts.get(j - 1).isWord()) {
                        j += 2;
                    } else if (u.cap() && (nameWord(u) || u.text.length() > 1 && !FUNCTION.contains(u.lower)) && gazLen(ts, j, gh) == 0
                            && titleLen(ts, j, th) == 0) {
                        j++;
                    } else if ((PARTICLES.contains(u.text) || u.text.equals("of") || u.text.equals("for")) && j + 1 < n
                            && nameWord(ts.get(j + 1)) && gazLen(ts, j + 1, gh) == 0 && titleLen(ts, j + 1, th) == 0) {
                        j += 2;
                    } else if (u.text.equals("and") && j + 2 < n && nameWord(ts.get(j + 1)) && gazLen(ts, j + 1, gh) == 0
                            && (AGREEMENT_HEADS.contains(ts.get(j + 1).lower) || ts.get(j + 2).cap()
                            && AGREEMENT_HEADS.contains(ts.get(j + 2).lower))) {
                        j += 2; // "Security and Defence Partnership"
                    } else if (u.text.equals("of") && j + 2 < n && ts.get(j + 1).text.equals("the") && nameWord(ts.get(j + 2))
                            && gazLen(ts, j + 2, gh) == 0) {
                        j += 3;
                    } else {
                        break;
                    }
                }
                segs.add(new Seg(Seg.NAME, i, j));
                i = j;
                continue;
            }
            i++;
        }
        interpret(s, segs);
    }

    private static Hit pick(List<Hit> hits) {
        Hit best = hits.get(0);
        for (Hit h : hits) {
            if (rank(h) < rank(best)) {
                best = h;
            }
        }
        return best;
    }

    private static int rank(Hit h) {
        int r = switch (h.how()) {
            case NAME -> 0;
            case ACRONYM -> 1;
            case ALIAS -> 2;
            case SURNAME -> 3;
            case CAPITAL -> 4;
            case DEMONYM -> 5;
            case BLOCK -> 6;
        };
        return r * 10 + (h.type() == EntityType.COUNTRY ? 0 : h.type() == EntityType.ORGANIZATION ? 1 : 2);
    }

    private boolean isAffiliation(Seg g) {
        return g.kind == Seg.GAZ && (g.hit.type() == EntityType.COUNTRY || g.hit.type() == EntityType.ORGANIZATION);
    }

    private void interpret(Sent s, List<Seg> segs) {
        List<Token> ts = s.toks;
        int k = 0;
        while (k < segs.size()) {
            Seg g = segs.get(k);
            // find a person phrase: [affil] ['s]? TITLE+ (of [the] AFFIL)? NAME|KBPERSON
            if (g.kind == Seg.TITLE || isAffiliation(g) && k + 1 < segs.size()) {
                int a = k;
                Seg affil = null;
                int tStart = k;
                if (isAffiliation(g)) {
                    Seg nx = segs.get(k + 1);
                    boolean poss = nx.t0 == g.t1 + 1 && ts.get(g.t1).text.equals("'s");
                    // "White House national security spokesman", "Chinese foreign ministry spokesperson"
                    boolean loose = false;
                    if (nx.kind == Seg.TITLE && nx.t0 > g.t1 && nx.t0 - g.t1 <= 3 && !poss) {
                        loose = true;
                        for (int q = g.t1; q < nx.t0; q++) {
                            Token u = ts.get(q);
                            loose &= u.isWord() && !u.cap() && !FUNCTION.contains(u.lower) && !lex.common.contains(u.lower);
                        }
                        if (loose) {
                            nx.t0 = g.t1;
                        }
                    }
                    if (nx.kind == Seg.TITLE && (nx.t0 == g.t1 || poss)) {
                        affil = g;
                        tStart = k + 1;
                    } else {
                        emitGaz(s, g, false);
                        k++;
                        continue;
                    }
                }
                // title block
                int m = tStart;
                List<Seg> titles = new ArrayList<>();
                Seg ofAffil = null;
                while (m < segs.size()) {
                    Seg x = segs.get(m);
                    Seg prev = titles.isEmpty() ? null : titles.get(titles.size() - 1);
                    if (x.kind == Seg.TITLE && (prev == null || x.t0 == prev.t1)) {
                        titles.add(x);
                        m++;
                        continue;
                    }
                    if (prev != null && ofAffil == null && isAffiliation(x) && x.t0 > prev.t1 && ts.get(prev.t1).text.equals("of")
                            && (x.t0 == prev.t1 + 1 || x.t0 == prev.t1 + 2 && ts.get(prev.t1 + 1).text.equals("the"))
                            && !x.hit.how().equals(How.DEMONYM)) {
                        // "Secretary-General of the United Nations": only when a name follows
                        if (m + 1 < segs.size() && isNameLike(segs.get(m + 1)) && segs.get(m + 1).t0 == x.t1) {
                            ofAffil = x;
                            m++;
                            continue;
                        }
                    }
                    break;
                }
                Seg last = ofAffil != null ? ofAffil : titles.get(titles.size() - 1);
                Seg nameSeg = m < segs.size() ? segs.get(m) : null;
                boolean named = nameSeg != null && isNameLike(nameSeg) && nameSeg.t0 == last.t1;
                // "the Japanese foreign minister, Yoko Kamikawa," : title, comma, name
                if (!named && nameSeg != null && isNameLike(nameSeg) && nameSeg.t0 == last.t1 + 1
                        && ts.get(last.t1).text.equals(",") && titles.get(0).title.role()
                        && (nameSeg.t1 >= ts.size() || ts.get(nameSeg.t1).text.equals(",") || ts.get(nameSeg.t1).is("and"))) {
                    named = true;
                }
                boolean anyUpper = false;
                for (Seg x : titles) {
                    anyUpper |= !x.lower;
                }
                if (named && (anyUpper || titles.get(0).lower)) {
                    PersonCand c = new PersonCand();
                    c.s = s;
                    c.t0 = (affil != null ? affil : titles.get(0)).t0;
                    c.t1 = nameSeg.t1;
                    c.n0 = nameSeg.t0;
                    c.n1 = nameSeg.t1;
                    c.name = span(s, nameSeg.t0, nameSeg.t1);
                    if (nameSeg.kind == Seg.GAZ) {
                        c.kb = personEnt(nameSeg.hit.key());
                    }
                    for (Seg x : titles) {
                        c.titleSurfaces.add(span(s, x.t0, x.t1));
                        if (x.title.role() && c.role == null) {
                            c.role = x.title;
                            c.roleSurface = span(s, x.t0, x.t1);
                        }
                        if (x.title.kind().equals("honorific")) {
                            c.honorific = true;
                        }
                    }
                    // "Secretary" alone is a form of address, not a role
                    if (c.role != null && c.role.kind().equals("headrole")) {
                        c.role = null;
                    }
                    Seg af = affil != null ? affil : ofAffil;
                    if (af != null) {
                        Mention am = emitGaz(s, af, true);
                        c.affil = am == null ? null : am.ent;
                        c.explicitAffil = true;
                    }
                    cands.add(c);
                    k = m + 1;
                    continue;
                }
                if (affil != null) {
                    emitGaz(s, affil, false);
                }
                // a title without a name: a reference ("the War Secretary", "the minister")
                Seg t0 = titles.get(0);
                Seg tl = titles.get(titles.size() - 1);
                boolean the = t0.t0 > 0 && (ts.get(t0.t0 - 1).is("the") || affil != null && affil.t0 > 0 && ts.get(affil.t0 - 1).is("the"));
                int before = (affil != null ? affil.t0 : t0.t0) - 1;
                if (before >= 0 && (ts.get(before).is("as") || ts.get(before).is("became") || ts.get(before).is("becomes")
                        || ts.get(before).is("new")) && titles.get(0).title.role() && !titles.get(0).title.kind().equals("headrole")) {
                    LateRole lr = new LateRole();
                    lr.s = s;
                    lr.pos = before;
                    lr.title = titles.get(0).title;
                    lr.affil = affil == null ? null : findEnt(affil.hit);
                    lateRoles.add(lr);
                } else if (the || affil != null) {
                    TitleRef r = new TitleRef();
                    r.s = s;
                    r.t0 = affil != null ? affil.t0 : t0.t0;
                    r.t1 = tl.t1;
                    r.surface = span(s, t0.t0, tl.t1);
                    r.titleKey = titleKey(t0.title != null ? span(s, t0.t0, tl.t1) : "");
                    r.capital = !t0.lower;
                    r.affil = affil == null ? null : findEnt(affil.hit);
                    titleRefs.add(r);
                }
                k = m;
                continue;
            }
            if (isNameLike(g) && g.t1 < ts.size() && ts.get(g.t1).text.equals(",")) {
                int used = appositive(s, segs, k);
                if (used > 0) {
                    k += used;
                    continue;
                }
            }
            if (g.kind == Seg.GAZ) {
                emitGaz(s, g, false);
            } else if (g.kind == Seg.NAME) {
                NameRun r = new NameRun();
                r.s = s;
                r.t0 = g.t0;
                r.t1 = g.t1;
                r.text = span(s, g.t0, g.t1);
                runs.add(r);
                // acronym defined in text: "Long Name (ACR)"
                if (g.t1 + 2 < ts.size() && ts.get(g.t1).text.equals("(") && ts.get(g.t1 + 2).text.equals(")")
                        && ts.get(g.t1 + 1).allCaps() && g.t1 - g.t0 >= 2) {
                    defineAcronym(s, g, ts.get(g.t1 + 1).text);
                }
            }
            k++;
        }
    }

    static final class LateRole {
        Sent s;
        int pos;
        TitleDef title;
        Ent affil;
    }

    final List<LateRole> lateRoles = new ArrayList<>();

    /** "Yoko Kamikawa, the Japanese foreign minister," / "Brian Deese, director of the National Economic Council". */
    private int appositive(Sent s, List<Seg> segs, int k) {
        List<Token> ts = s.toks;
        Seg name = segs.get(k);
        if (name.kind == Seg.NAME && (name.t1 - name.t0 > 7 || !ts.get(name.t0).cap())) {
            return 0;
        }
        int p = name.t1 + 1;
        int q = k + 1;
        if (p < ts.size() && (ts.get(p).is("the") || ts.get(p).is("a") || ts.get(p).is("an"))) {
            p++;
        }
        Seg affil = null;
        if (q < segs.size() && segs.get(q).t0 == p && isAffiliation(segs.get(q))) {
            affil = segs.get(q);
            p = affil.t1;
            q++;
            if (p < ts.size() && ts.get(p).text.equals("'s")) {
                p++;
            }
        }
        if (p < ts.size() && (ts.get(p).is("then") || ts.get(p).is("former") || ts.get(p).is("acting"))) {
            p++;
        }
        if (q >= segs.size() || segs.get(q).t0 != p || segs.get(q).kind != Seg.TITLE || !segs.get(q).title.role()) {
            return 0;
        }
        Seg title = segs.get(q);
        int used = q - k + 1;
        int end = title.t1;
        while (k + used < segs.size() && segs.get(k + used).kind == Seg.TITLE && segs.get(k + used).t0 == end) {
            end = segs.get(k + used).t1;
            used++;
        }
        // "in California, President Joe Biden said": the title belongs to the name after it
        if (k + used < segs.size() && isNameLike(segs.get(k + used)) && segs.get(k + used).t0 == end) {
            return 0;
        }
        if (name.kind == Seg.NAME && afterLocative(s, name.t0)) {
            return 0;
        }
        Ent affilEnt = null;
        Mention am = affil == null ? null : emitGaz(s, affil, false);
        if (am != null) {
            affilEnt = am.ent;
        }
        // "of [the] X['s] [Org Name]"
        if (affilEnt == null && end < ts.size() && ts.get(end).is("of")) {
            int r = end + 1;
            if (r < ts.size() && ts.get(r).is("the")) {
                r++;
            }
            int qq = k + used;
            if (qq < segs.size() && segs.get(qq).t0 == r) {
                Seg x = segs.get(qq);
                if (isAffiliation(x)) {
                    Mention xm = emitGaz(s, x, false);
                    affilEnt = xm == null ? null : xm.ent;
                    used++;
                    int r2 = x.t1;
                    if (r2 < ts.size() && ts.get(r2).text.equals("'s") && qq + 1 < segs.size() && segs.get(qq + 1).kind == Seg.NAME
                            && segs.get(qq + 1).t0 == r2 + 1) {
                        Seg org = segs.get(qq + 1);
                        if (ORG_HEADS.contains(ts.get(org.t1 - 1).lower)) {
                            String on = span(s, org.t0, org.t1);
                            affilEnt = ent("org:" + Text.slug(on), EntityType.ORGANIZATION, on);
                            addMention(s, org.t0, org.t1, affilEnt, How.NAME, false);
                            used++;
                        }
                    }
                } else if (x.kind == Seg.NAME && ORG_HEADS.contains(ts.get(x.t1 - 1).lower)) {
                    NameRun nr = new NameRun();
                    nr.s = s;
                    nr.t0 = x.t0;
                    nr.t1 = x.t1;
                    nr.text = span(s, x.t0, x.t1);
                    runs.add(nr);
                    if (x.t1 + 2 < ts.size() && ts.get(x.t1).text.equals("(") && ts.get(x.t1 + 2).text.equals(")")
                            && ts.get(x.t1 + 1).allCaps()) {
                        defineAcronym(s, x, ts.get(x.t1 + 1).text);
                        affilEnt = acronymDefs.get(ts.get(x.t1 + 1).text);
                    } else {
                        affilEnt = ent("org:" + Text.slug(nr.text), EntityType.ORGANIZATION, nr.text);
                    }
                    used++;
                }
            }
        }
        PersonCand c = new PersonCand();
        c.s = s;
        c.t0 = name.t0;
        c.t1 = name.t1;
        c.n0 = name.t0;
        c.n1 = name.t1;
        c.name = span(s, name.t0, name.t1);
        if (name.kind == Seg.GAZ) {
            c.kb = personEnt(name.hit.key());
        }
        c.role = title.title;
        c.roleSurface = span(s, title.t0, title.t1);
        c.affil = affilEnt;
        c.explicitAffil = affilEnt != null;
        cands.add(c);
        return used;
    }

    private boolean isNameLike(Seg x) {
        return x.kind == Seg.NAME || x.kind == Seg.GAZ && x.hit.type() == EntityType.PERSON;
    }

    private void defineAcronym(Sent s, Seg g, String acr) {
        // drop leading words until the initials line up: "Ministers of the Pacific Islands Forum (PIF)"
        int t0 = g.t0;
        while (t0 < g.t1 - 1 && (Character.toUpperCase(s.toks.get(t0).text.charAt(0)) != acr.charAt(0)
                || FUNCTION.contains(s.toks.get(t0).lower))) {
            t0++;
        }
        if (t0 != g.t0) {
            g = new Seg(Seg.NAME, t0, g.t1);
            for (NameRun r : runs) {
                if (r.s == s && r.t1 == g.t1) {
                    r.t0 = t0;
                    r.text = span(s, t0, g.t1);
                }
            }
        }
        String name = span(s, g.t0, g.t1);
        // initials must agree loosely: the acronym starts with the phrase's first letter
        if (Character.toUpperCase(name.charAt(0)) != acr.charAt(0)) {
            return;
        }
        Ent e = ent("org:" + Text.slug(acr), EntityType.ORGANIZATION, name);
        e.attrs.put("acronym", acr);
        e.aliases.add(acr);
        acronymDefs.put(acr, e);
    }

    String span(Sent s, int t0, int t1) {
        return text.substring(s.toks.get(t0).start, s.toks.get(t1 - 1).end);
    }

    static String titleKey(String title) {
        StringBuilder b = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (String w : Text.fold(title).split("[^a-z]+")) {
            if (w.isEmpty() || w.equals("of") || w.equals("the") || w.equals("for")) {
                continue;
            }
            if (w.equals("defence")) {
                w = "defense";
            }
            words.add(w);
        }
        words.sort(null);
        for (String w : words) {
            b.append(w).append(' ');
        }
        return b.toString().trim();
    }

    // ---------------------------------------------------------------- entities

    Ent ent(String id, EntityType type, String name) {
        Ent e = ents.get(id);
        if (e == null) {
            e = new Ent();
            e.id = id;
            e.type = type;
            e.name = name;
            ents.put(id, e);
        }
        return e;
    }

    Ent findEnt(Hit h) {
        return switch (h.type()) {
            case COUNTRY -> countryEnt(h.key());
            case ORGANIZATION -> orgEnt(h.key());
            case PLACE -> ent("place:" + Text.slug(h.key()), EntityType.PLACE, h.key());
            case AGREEMENT -> ent("agreement:" + Text.slug(h.key()), EntityType.AGREEMENT, h.key());
            case PERSON -> personEnt(h.key());
            default -> null;
        };
    }

    Ent countryEnt(String code) {
        Lexicon.Country c = lex.countries.get(code);
        Ent e = ent("country:" + code, EntityType.COUNTRY, c.name());
        if (e.attrs.isEmpty()) {
            e.attrs.put("code", code);
            if (c.official() != null) {
                e.aliases.add(c.official());
            }
            e.aliases.addAll(c.aliases());
        }
        return e;
    }

    Ent orgEnt(String key) {
        Lexicon.Org o = lex.orgs.get(key);
        Ent e = ent("org:" + Text.slug(key), EntityType.ORGANIZATION, o.name());
        if (e.orgKind.isEmpty()) {
            e.orgKind = o.kind().contains(":") ? o.kind().substring(0, o.kind().indexOf(':')) : o.kind();
            if (lex.orgCountry.containsKey(key)) {
                e.attrs.put("country", lex.orgCountry.get(key));
            }
            if (o.acronym() != null) {
                e.attrs.put("acronym", o.acronym());
                e.aliases.add(o.acronym());
            } else if (!key.equals(o.name())) {
                e.aliases.add(key);
            }
            e.aliases.addAll(o.aliases());
        }
        return e;
    }

    Ent personEnt(String fullName) {
        Ent e = ent("person:" + Text.slug(fullName), EntityType.PERSON, fullName);
        if (e.nameTokens.isEmpty()) {
            e.nameTokens = nameTokens(fullName);
        }
        return e;
    }

    static List<String> nameTokens(String name) {
        List<String> out = new ArrayList<>();
        for (String p : name.split("[\\s]+")) {
            if (!p.isEmpty() && !PARTICLES.contains(p) && !p.equals("Jr.") && !p.equals("Jr")) {
                out.add(p);
            }
        }
        return out;
    }

    Mention addMention(Sent s, int t0, int t1, Ent e, How how, boolean inner) {
        Mention m = new Mention();
        m.s = s;
        m.t0 = t0;
        m.t1 = t1;
        m.ent = e;
        m.how = how;
        m.inner = inner;
        m.surface = span(s, t0, t1);
        s.ments.add(m);
        return m;
    }

    private Mention emitGaz(Sent s, Seg g, boolean inner) {
        if (!inner && g.hit.how() == How.CAPITAL && venue(s, g.t0)) {
            // "talks in Manila", "a visit to Beijing": the city as a venue, not the country acting
            String name = span(s, g.t0, g.t1);
            Ent p = ent("place:" + Text.slug(name), EntityType.PLACE, name);
            return addMention(s, g.t0, g.t1, p, How.NAME, false);
        }
        Ent e = findEnt(g.hit);
        if (e == null) {
            return null;
        }
        return addMention(s, g.t0, g.t1, e, g.hit.how(), inner);
    }

    /** Prepositions of place: a capitalised span right after one of them names a location, not a person. */
    static final Set<String> LOCATIVE = Set.of("in", "at", "from", "to", "near", "outside", "inside");
    static final Set<String> MOTION = Set.of("visit", "visits", "visiting", "visited", "trip", "trips", "travel",
            "travels", "traveled", "travelled", "traveling", "travelling", "flew", "fly", "flying", "arrived", "arrives",
            "arriving", "returned", "returning", "returns", "headed", "heading", "moved", "journey", "came", "come",
            "went", "go", "going", "delegation");
    static final Set<String> GOVERNMENT_WORDS = Set.of("administration", "government", "leadership", "officials",
            "authorities", "regime", "counterparts", "establishment", "lawmakers", "policymakers", "leaders", "rulers",
            "diplomats", "officialdom");
    /** Words before "to" / "from" that make the following name a person: "according to Zhao", "spoke to Wang". */
    static final Set<String> PERSON_TO = Set.of("according", "spoke", "speaking", "speak", "talked", "talking", "wrote",
            "writing", "letter", "message", "sent", "said", "close", "adviser", "advisor", "aide", "successor",
            "predecessor", "married", "deputy", "loyal", "reported", "reporting", "replied", "responded", "answer",
            "call", "phoned", "appeal", "appealed", "statement", "tribute", "condolences", "thanks", "thanked", "belongs",
            "belonged", "belonging", "talk", "listen", "listened", "turned", "presented", "introduced", "handed");

    /** A location context before token t: "in X", "at X", "near X", "a visit to X" (but not "ties with X", "urged X"). */
    boolean venue(Sent s, int t) {
        List<Token> ts = s.toks;
        int p = t - 1;
        if (p < 0) {
            return false;
        }
        String w = ts.get(p).lower;
        if (w.equals("in") && p > 0 && GOVERNMENT_WORDS.contains(ts.get(p - 1).lower)) {
            return false; // "the administration in Washington", "officials in Beijing": the government
        }
        if (w.equals("in") || w.equals("at") || w.equals("near") || w.equals("outside") || w.equals("inside")) {
            // "officials in Beijing said" still reads as the place; "in Washington's view" is the country
            return !(t + 1 < ts.size() && (ts.get(t + 1).text.equals("'s") || ts.get(t + 1).text.equals("-")
                    && !ts.get(t + 1).spaceBefore));
        }
        if ((w.equals("to") || w.equals("from")) && p > 0) {
            return MOTION.contains(ts.get(p - 1).lower) || p > 1 && ts.get(p - 1).isWord() && MOTION.contains(ts.get(p - 2).lower)
                    && !ts.get(p - 1).cap();
        }
        return false;
    }

    /** "in La Paz", "from Santa Cruz": a name after a preposition of place that is not otherwise known to be a person. */
    boolean afterLocative(Sent s, int t) {
        List<Token> ts = s.toks;
        if (t < 1) {
            return false;
        }
        String w = ts.get(t - 1).lower;
        if (!LOCATIVE.contains(w)) {
            return false;
        }
        if ((w.equals("to") || w.equals("from")) && t >= 2 && PERSON_TO.contains(ts.get(t - 2).lower)) {
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- persons

    private void registerPersons() {
        // 1. title + multi-token name, and known office holders
        for (PersonCand c : cands) {
            if (c.kb != null) {
                continue;
            }
            if (nameTokens(c.name).size() >= 2) {
                personEnt(c.name);
            }
        }
        // 2. unknown multi-token runs that look like names (given name, speech verb, appositive title)
        for (NameRun r : runs) {
            int len = r.t1 - r.t0;
            if (len < 2 || r.s.headline) {
                continue;
            }
            if (classifyRun(r) == EntityType.PERSON && findPersonByName(r.text) == null) {
                personEnt(r.text);
            }
        }
        // 3. single-token names after titles, resolved against full names; else a person of their own
        for (PersonCand c : cands) {
            if (c.kb != null) {
                attachCand(c, c.kb);
                continue;
            }
            Ent e = findPersonByName(c.name);
            if (e == null) {
                List<Ent> m = personsWithToken(c.name, c);
                if (m.size() == 1) {
                    e = m.get(0);
                } else if (m.isEmpty() && nameTokens(c.name).size() == 1) {
                    e = personEnt(c.name);
                    e.attrs.put("partialName", "true");
                }
            }
            if (e != null) {
                attachCand(c, e);
            }
        }
    }

    private void attachCand(PersonCand c, Ent e) {
        Mention m = addMention(c.s, c.t0, c.t1, e, How.NAME, false);
        m.surface = span(c.s, c.n0, c.n1);
        String full = span(c.s, c.t0, c.t1);
        e.aliases.add(full);
        if (!c.titleSurfaces.isEmpty()) {
            int firstTitleTok = c.t0;
            // title + name without the country/organization modifier
            for (int i = c.t0; i < c.n0; i++) {
                boolean inAffil = false;
                for (Mention x : c.s.ments) {
                    if (x.inner && x.t0 <= i && i < x.t1) {
                        inAffil = true;
                    }
                }
                if (!inAffil && !c.s.toks.get(i).text.equals("'s")) {
                    firstTitleTok = i;
                    break;
                }
            }
            e.aliases.add(span(c.s, firstTitleTok, c.t1));
        }
        if (c.role != null) {
            String title = Text.titleCase(c.role.canonical());
            Ent affil = c.affil;
            double conf = 0.9;
            if (affil == null) {
                Lexicon.Leader l = lex.leaders.get(e.name);
                if (l != null && titleKey(l.title()).equals(titleKey(c.role.canonical()))) {
                    affil = lex.countries.containsKey(l.affiliation()) ? countryEnt(l.affiliation()) : orgEnt(l.affiliation());
                    conf = 0.75;
                }
            }
            e.roles.add(new Role(title, titleKey(c.role.canonical()), affil, c.s, conf));
            if (affil == null) {
                pendingRoles.add(new Object[] {e, c});
            }
        }
    }

    final List<Object[]> pendingRoles = new ArrayList<>();

    Ent findPersonByName(String name) {
        String k = Text.key(name);
        for (Ent e : ents.values()) {
            if (e.type == EntityType.PERSON && Text.key(e.name).equals(k)) {
                return e;
            }
        }
        Ent found = null;
        for (Ent e : ents.values()) {
            if (e.type == EntityType.PERSON && e.nameTokens.size() > nameTokens(name).size() && !nameTokens(name).isEmpty()) {
                String full = Text.key(e.name);
                if (full.endsWith(" " + k) || full.startsWith(k + " ")) {
                    if (found != null) {
                        return null; // shared by two people: ambiguous, never guessed
                    }
                    found = e;
                }
            }
        }
        return found;
    }

    /** Persons (multi-token names) that have the given single name token; filtered by the candidate's title. */
    List<Ent> personsWithToken(String tok, PersonCand c) {
        String k = Text.key(tok);
        List<Ent> out = new ArrayList<>();
        for (Ent e : ents.values()) {
            if (e.type != EntityType.PERSON || e.nameTokens.size() < 2) {
                continue;
            }
            for (String t : e.nameTokens) {
                if (Text.key(t).equals(k)) {
                    out.add(e);
                    break;
                }
            }
        }
        if (out.size() > 1 && c != null && c.role != null) {
            List<Ent> f = new ArrayList<>();
            String tk = titleKey(c.role.canonical());
            for (Ent e : out) {
                for (Role r : e.roles) {
                    if (r.titleKey().equals(tk)) {
                        f.add(e);
                        break;
                    }
                }
            }
            if (f.size() == 1) {
                return f;
            }
        }
        return out;
    }

    EntityType classifyRun(NameRun r) {
        List<Token> ts = r.s.toks;
        String lastLower = ts.get(r.t1 - 1).lower;
        int len = r.t1 - r.t0;
        if (AGREEMENT_HEADS.contains(lastLower) && len >= 2) {
            if (lastLower.equals("conduct") && !r.text.contains("Code of")) {
                return null;
            }
            return EntityType.AGREEMENT;
        }
        if (ORG_HEADS.contains(lastLower) && len >= 2) {
            return EntityType.ORGANIZATION;
        }
        if (PLACE_HEADS.contains(lastLower) && len >= 2) {
            return EntityType.PLACE;
        }
        if (EVENT_HEADS.contains(lastLower) && len >= 2) {
            return EntityType.EVENT;
        }
        // preceded by an organization descriptor: "the Swedish company Saab"
        int p = r.t0 - 1;
        if (p >= 0 && ORG_DESCRIPTORS.contains(ts.get(p).lower)) {
            return EntityType.ORGANIZATION;
        }
        if (len < 2 || len > 4) {
            return null;
        }
        for (int i = r.t0; i < r.t1; i++) {
            Token t = ts.get(i);
            if (t.allCaps() && t.text.length() > 3) {
                return null;
            }
            if (t.lower.equals("of") || t.lower.equals("for")) {
                return null;
            }
        }
        boolean given = lex.givenNames.contains(ts.get(r.t0).text) && !PARTICLES.contains(ts.get(r.t0).lower);
        if (!given && afterLocative(r.s, r.t0)) {
            return null; // "in La Paz on Friday": a place the gazetteers do not know, not a person
        }
        if (given) {
            return EntityType.PERSON;
        }
        // speech verb after the name ("..., Peskov said") or "said Jane Doe"
        int a = r.t1;
        if (a < ts.size() && ts.get(a).text.equals(",")) {
            a++;
        }
        if (a < ts.size() && SPEECH.contains(ts.get(a).lower)) {
            return EntityType.PERSON;
        }
        if (r.t0 > 0 && SPEECH.contains(ts.get(r.t0 - 1).lower)) {
            return EntityType.PERSON;
        }
        // "his Iranian counterpart, Hossein Amir-Abdollahian"
        int c = r.t0 - 1;
        if (c >= 0 && ts.get(c).text.equals(",")) {
            c--;
        }
        if (c >= 0 && ts.get(c).lower.startsWith("counterpart")) {
            return EntityType.PERSON;
        }
        // appositive title: "Jane Doe, the foreign minister"
        if (r.t1 + 1 < ts.size() && ts.get(r.t1).text.equals(",")) {
            int b = r.t1 + 1;
            if (ts.get(b).is("the") || ts.get(b).is("a")) {
                b++;
            }
            Hit[] th = new Hit[1];
            for (int q = b; q < Math.min(ts.size(), b + 3); q++) {
                if (titleLen(ts, q, th) > 0 && lex.titleDefs.get(th[0].key()).role()) {
                    return EntityType.PERSON;
                }
            }
        }
        return null;
    }

    /** Full names found again where the scanner could not see a name ("He Lifeng said" starts with a pronoun). */
    private void rescanFullNames() {
        List<Ent> persons = new ArrayList<>();
        for (Ent e : ents.values()) {
            if (e.type == EntityType.PERSON && e.nameTokens.size() >= 2) {
                persons.add(e);
            }
        }
        if (persons.isEmpty()) {
            return;
        }
        for (Sent s : sents) {
            List<Token> ts = s.toks;
            for (int i = 0; i < ts.size(); i++) {
                if (!ts.get(i).cap() || covered(s, i)) {
                    continue;
                }
                for (Ent e : persons) {
                    List<String> nt = Tokenizer.keyTokens(e.name);
                    if (i + nt.size() > ts.size()) {
                        continue;
                    }
                    boolean match = true;
                    for (int k = 0; k < nt.size() && match; k++) {
                        match = ts.get(i + k).text.equals(nt.get(k)) && !covered(s, i + k);
                    }
                    if (match) {
                        addMention(s, i, i + nt.size(), e, How.NAME, false);
                        i += nt.size() - 1;
                        break;
                    }
                }
            }
        }
    }

    private void resolveRuns() {
        for (NameRun r : runs) {
            Sent s = r.s;
            if (covered(s, r.t0) && covered(s, r.t1 - 1)) {
                continue; // already found as a full name ("He Lifeng", where the scanner saw only "Lifeng")
            }
            // defined acronym used later
            if (r.t1 - r.t0 == 1 && acronymDefs.containsKey(r.text)) {
                addMention(s, r.t0, r.t1, acronymDefs.get(r.text), How.ACRONYM, false);
                continue;
            }
            Ent def = null;
            for (Ent e : acronymDefs.values()) {
                if (e.name.equals(r.text)) {
                    def = e;
                }
            }
            if (def != null) {
                addMention(s, r.t0, r.t1, def, How.NAME, false);
                continue;
            }
            Ent p = findPersonByName(r.text);
            if (p != null) {
                addMention(s, r.t0, r.t1, p, How.NAME, false);
                continue;
            }
            List<String> toks = nameTokens(r.text);
            if (toks.size() == 1) {
                List<Ent> m = personsWithToken(r.text, null);
                if (m.size() == 1) {
                    addMention(s, r.t0, r.t1, m.get(0), How.SURNAME, false);
                }
                continue;
            }
            if (s.headline) {
                continue;
            }
            EntityType t = classifyRun(r);
            if (t == null || t == EntityType.PERSON) {
                continue;
            }
            String name = r.text;
            int t0 = r.t0;
            if (s.toks.get(t0).is("the")) {
                t0++;
            }
            Ent e = switch (t) {
                case ORGANIZATION -> ent("org:" + Text.slug(name), t, name);
                case PLACE -> ent("place:" + Text.slug(name), t, name);
                case EVENT -> ent("event:" + Text.slug(name), t, name);
                case AGREEMENT -> agreementEnt(name, null);
                default -> null;
            };
            if (e != null && t == EntityType.ORGANIZATION && r.t1 - t0 >= 2) {
                // "the China Coast Guard", "Philippine Navy": the country is part of the organization's name
                for (Mention m : s.ments) {
                    if (m.t1 == t0 && m.ent.type == EntityType.COUNTRY && !m.inner && (m.how == How.NAME || m.how == How.DEMONYM)
                            && m.t0 > 0 && s.toks.get(m.t0 - 1).is("the")) {
                        String full = span(s, m.t0, r.t1);
                        e = ent("org:" + Text.slug(full), EntityType.ORGANIZATION, full);
                        m.inner = true;
                        t0 = m.t0;
                        break;
                    }
                }
            }
            if (e != null) {
                addMention(s, t0, r.t1, e, How.NAME, false);
            }
        }
    }

    Ent agreementEnt(String name, String head) {
        Ent e = ent("agreement:" + Text.slug(name), EntityType.AGREEMENT, name);
        if (head != null) {
            e.head = head;
        }
        return e;
    }

    // ---------------------------------------------------------------- context references

    /** The first person mentioned in the nearest earlier sentence that has one (the likely subject). */
    Ent recentPerson(Sent s, int beforeTok) {
        for (Mention m : s.ments) {
            if (m.t0 < beforeTok && m.ent.type == EntityType.PERSON && !m.inner && !m.ref) {
                return m.ent;
            }
        }
        for (int i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
            for (Mention m : sents.get(i).ments) {
                if (m.ent.type == EntityType.PERSON && !m.inner) {
                    return m.ent;
                }
            }
        }
        return null;
    }

    Ent recentOf(Sent s, int beforeTok, EntityType type, int back) {
        for (int i = s.ments.size() - 1; i >= 0; i--) {
            Mention m = s.ments.get(i);
            if (m.t0 < beforeTok && m.ent.type == type && !m.inner) {
                return m.ent;
            }
        }
        for (int i = s.index - 1; i >= Math.max(0, s.index - back); i--) {
            List<Mention> ms = sents.get(i).ments;
            for (int j = ms.size() - 1; j >= 0; j--) {
                if (ms.get(j).ent.type == type && !ms.get(j).inner) {
                    return ms.get(j).ent;
                }
            }
        }
        return null;
    }

    private Mention refMention(Sent s, int t0, int t1, Ent e, double conf) {
        Mention m = addMention(s, t0, t1, e, How.ALIAS, false);
        m.ref = true;
        m.conf = conf;
        return m;
    }

    private boolean covered(Sent s, int t) {
        for (Mention m : s.ments) {
            if (m.t0 <= t && t < m.t1) {
                return true;
            }
        }
        return false;
    }

    private void contextRefs(Sent s) {
        List<Token> ts = s.toks;
        // title references ("the War Secretary", "the minister")
        for (TitleRef r : titleRefs) {
            if (r.s != s) {
                continue;
            }
            Ent hit = null;
            int count = 0;
            for (Ent e : ents.values()) {
                if (e.type != EntityType.PERSON) {
                    continue;
                }
                for (Role ro : e.roles) {
                    if (containsWords(ro.titleKey(), r.titleKey) && (r.affil == null || r.affil == ro.affil())) {
                        if (hit != e) {
                            count++;
                        }
                        hit = e;
                        break;
                    }
                }
            }
            if (count == 0 && r.affil != null && (r.titleKey.equals("leader") || r.titleKey.equals("head"))) {
                for (Ent e : ents.values()) {
                    for (Role ro : e.roles) {
                        if (e.type == EntityType.PERSON && ro.affil() == r.affil && hit != e) {
                            hit = e;
                            count++;
                            break;
                        }
                    }
                }
            }
            if (count == 1) {
                Mention m = refMention(s, r.t0, r.t1, hit, 0.8);
                if (r.capital) {
                    hit.aliases.add(r.surface);
                    m.ref = false;
                }
            }
        }
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (covered(s, i)) {
                continue;
            }
            String w = t.lower;
            if ((w.equals("he") || w.equals("she")) && !t.quoted) {
                Ent p = recentPerson(s, i);
                if (p != null) {
                    added.add(refMention(s, i, i + 1, p, 0.7));
                }
            } else if ((w.equals("his") || w.equals("her")) && i + 1 < ts.size() && ts.get(i + 1).is("country")) {
                Ent p = recentPerson(s, i);
                Ent c = p == null ? null : affiliationCountry(p);
                if (c != null) {
                    int e = i + 2 < ts.size() && ts.get(i + 2).text.equals("'s") ? i + 3 : i + 2;
                    added.add(refMention(s, i, e - (e == i + 3 ? 1 : 0), c, 0.6));
                    i = e - 1;
                }
            } else if (w.equals("the") && i + 1 < ts.size()) {
                int j = i + 1;
                // the latter / the former
                if (ts.get(j).is("latter") || ts.get(j).is("former")) {
                    Ent e = latterFormer(s, i, ts.get(j).is("latter"));
                    if (e != null) {
                        added.add(refMention(s, i, j + 1, e, 0.6));
                    }
                    i = j;
                    continue;
                }
                // the (adjectives) bloc / alliance
                int k = j;
                while (k < ts.size() && k < j + 3 && ts.get(k).isWord() && !ALLIANCE_WORDS.contains(ts.get(k).lower)
                        && !lex.common.contains(ts.get(k).lower)) {
                    k++;
                }
                if (k < ts.size() && ALLIANCE_WORDS.contains(ts.get(k).lower) && !covered(s, k)) {
                    Ent org = recentOrgOfKind(s, i, ts.get(k).lower);
                    if (org == null) {
                        org = recentOrg(s, i);
                    }
                    if (org != null) {
                        Mention m = refMention(s, i, k + 1, org, 0.7);
                        if (k > j && ts.get(j).cap()) {
                            org.aliases.add(span(s, j, k + 1));
                        }
                        added.add(m);
                    }
                    i = k;
                    continue;
                }
                // the country / the Nordic country
                k = j;
                if (k < ts.size() && !ts.get(k).is("country") && k + 1 < ts.size()) {
                    k++;
                }
                if (k < ts.size() && ts.get(k).is("country") && !(k + 1 < ts.size() && ts.get(k + 1).is("of"))) {
                    Ent c = recentOf(s, i, EntityType.COUNTRY, 2);
                    if (c != null) {
                        added.add(refMention(s, i, k + 1, c, 0.6));
                    }
                    i = k;
                }
            }
        }
    }

    private static boolean containsWords(String have, String want) {
        if (want.isEmpty()) {
            return false;
        }
        Set<String> h = Set.of(have.split(" "));
        for (String w : want.split(" ")) {
            if (!h.contains(w)) {
                return false;
            }
        }
        return true;
    }

    Ent affiliationCountry(Ent person) {
        for (Role r : person.roles) {
            if (r.affil() != null && r.affil().type == EntityType.COUNTRY) {
                return r.affil();
            }
        }
        for (Role r : person.roles) {
            if (r.affil() != null && r.affil().attrs.containsKey("country")) {
                return countryEnt(r.affil().attrs.get("country"));
            }
        }
        return null;
    }

    /** "the alliance" -> the most recent organization known to be an alliance (NATO), before any other group. */
    private Ent recentOrgOfKind(Sent s, int before, String word) {
        if (!word.equals("alliance") && !word.equals("bloc")) {
            return null;
        }
        for (int i = s.index; i >= 0; i--) {
            List<Mention> ms = sents.get(i).ments;
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                if (m.ent.type == EntityType.ORGANIZATION && (i < s.index || m.t0 < before) && m.ent.orgKind.equals(word)) {
                    return m.ent;
                }
            }
        }
        return null;
    }

    private Ent recentOrg(Sent s, int before) {
        Ent best = null;
        for (int i = s.index; i >= 0 && best == null; i--) {
            List<Mention> ms = sents.get(i).ments;
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                if (m.ent.type == EntityType.ORGANIZATION && (i < s.index || m.t0 < before)) {
                    String k = m.ent.orgKind;
                    if (k.equals("alliance") || k.equals("bloc") || k.equals("group") || k.isEmpty()) {
                        best = m.ent;
                        break;
                    }
                }
            }
        }
        return best;
    }

    private Ent latterFormer(Sent s, int before, boolean latter) {
        // the last two distinct entities mentioned before, coordinated: "between China and the Philippines"
        List<Ent> seen = new ArrayList<>();
        for (int i = s.ments.size() - 1; i >= 0 && seen.size() < 3; i--) {
            Mention m = s.ments.get(i);
            if (m.t0 < before && !m.inner && !seen.contains(m.ent) && m.ent.type != EntityType.AGREEMENT) {
                seen.add(m.ent);
            }
        }
        if (seen.size() < 2) {
            return null;
        }
        // nearest first: seen[0] is the most recent; when the most recent is the subject of this clause, skip it
        Ent subject = null;
        for (int i = s.ments.size() - 1; i >= 0; i--) {
            Mention m = s.ments.get(i);
            if (m.t0 < before && !m.inner) {
                subject = m.ent;
                break;
            }
        }
        List<Ent> pair = new ArrayList<>(seen);
        if (pair.size() >= 3 && subject == pair.get(0)) {
            pair.remove(0);
        } else if (pair.size() == 2 && subject == pair.get(0) && latter) {
            // "China and the Philippines, with Chinese officials labeling the latter"
            List<Ent> all = new ArrayList<>();
            for (Mention m : s.ments) {
                if (m.t0 < before && !m.inner && !all.contains(m.ent)) {
                    all.add(m.ent);
                }
            }
            return all.size() >= 2 ? all.get(all.size() - 1 == all.indexOf(subject) ? all.size() - 2 : all.size() - 1) : null;
        }
        return latter ? pair.get(0) : pair.get(1);
    }

    // ---------------------------------------------------------------- agreements

    private void findAgreements(Sent s) {
        Agreements.find(this, s);
    }

    // ---------------------------------------------------------------- relations

    void addRel(RelationType type, Ent src, Ent dst, Map<String, String> props, Sent s, double conf) {
        if (src == null || dst == null || src == dst || conf <= 0) {
            return;
        }
        Ent a = src;
        Ent b = dst;
        if (type.symmetric() && a.id.compareTo(b.id) > 0) {
            Ent x = a;
            a = b;
            b = x;
        }
        String key = type + "|" + a.id + "|" + b.id + "|" + (type == RelationType.HOLDS_ROLE ? props.getOrDefault("title", "") : "");
        Rel r = rels.get(key);
        if (r == null || conf > r.conf) {
            Rel n = new Rel();
            n.type = type;
            n.src = a;
            n.dst = b;
            n.props = props;
            n.s = s;
            n.conf = Math.min(1.0, conf);
            rels.put(key, n);
        }
    }

    private void rolesToRelations() {
        findDateline();
        // unqualified titles: the nearest country (or organization for international posts) in context
        for (Object[] pr : pendingRoles) {
            Ent e = (Ent) pr[0];
            PersonCand c = (PersonCand) pr[1];
            boolean hasAffil = false;
            for (Role r : e.roles) {
                hasAffil |= r.affil() != null;
            }
            if (hasAffil) {
                continue;
            }
            String tk = titleKey(c.role.canonical());
            boolean intl = tk.contains("general") || tk.contains("commissioner") || tk.contains("representative");
            Ent ctx = null;
            // "US Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer": the same government
            Ent partner = coordinatedPartnerAffil(c);
            if (partner != null) {
                e.roles.add(new Role(Text.titleCase(c.role.canonical()), tk, partner, c.s, 0.6));
                continue;
            }
            if (intl) {
                ctx = nearestBefore(c.s, c.t0, EntityType.ORGANIZATION);
            }
            double conf = 0.5;
            if (ctx == null && !intl) {
                ctx = contextCountry(c.s, c.t0);
                conf = 0.4;
            }
            if (ctx != null) {
                e.roles.add(new Role(Text.titleCase(c.role.canonical()), tk, ctx, c.s, conf));
            }
        }
        for (LateRole lr : lateRoles) {
            // the nearest person before "as": "Lee nominated Kim Min-seok, a lawmaker, as prime minister" -> Kim
            Ent p = null;
            for (Mention m : lr.s.ments) {
                if (m.t0 < lr.pos && m.ent.type == EntityType.PERSON && !m.inner && !m.ref) {
                    p = m.ent;
                }
            }
            if (p == null) {
                continue;
            }
            Ent affil = lr.affil != null ? lr.affil : contextCountry(lr.s, lr.pos);
            if (affil != null) {
                String tk = titleKey(lr.title.canonical());
                boolean dup = false;
                for (Role r : p.roles) {
                    dup |= r.affil() == affil;
                }
                if (!dup) {
                    p.roles.add(new Role(Text.titleCase(lr.title.canonical()), tk, affil, lr.s, lr.affil != null ? 0.7 : 0.4));
                }
            }
        }
        for (Ent e : new ArrayList<>(ents.values())) {
            for (Role r : e.roles) {
                if (r.affil() == null) {
                    continue;
                }
                Ent target = r.affil();
                if (target.type == EntityType.ORGANIZATION && target.attrs.containsKey("country")) {
                    target = countryEnt(target.attrs.get("country"));
                }
                Map<String, String> p = new TreeMap<>();
                p.put("title", r.title());
                addRel(RelationType.HOLDS_ROLE, e, target, p, r.s(), r.conf());
            }
        }
    }

    /** The explicit country of the person right before c, joined by "and": "A's minister X and Trade Representative Y". */
    private Ent coordinatedPartnerAffil(PersonCand c) {
        List<Token> ts = c.s.toks;
        if (c.t0 < 2 || !ts.get(c.t0 - 1).is("and")) {
            return null;
        }
        for (Mention m : c.s.ments) {
            if (m.t1 == c.t0 - 1 && m.ent.type == EntityType.PERSON && !m.ref) {
                for (Role r : m.ent.roles) {
                    if (r.affil() != null && r.s() == c.s && r.conf() >= 0.9 && r.affil().type == EntityType.COUNTRY) {
                        return r.affil();
                    }
                }
            }
        }
        return null;
    }

    /** The country an unqualified title most likely belongs to: same sentence, two sentences back, or the article's main one. */
    private Ent contextCountry(Sent s, int tok) {
        Set<Ent> others = new java.util.HashSet<>();
        for (Mention m : s.ments) {
            if (m.ent.type == EntityType.PERSON && !(m.t0 <= tok && tok < m.t1)) {
                for (Role r : m.ent.roles) {
                    if (r.affil() != null && r.conf() >= 0.7) {
                        others.add(r.affil());
                    }
                }
            }
        }
        Ent ctx = null;
        for (Mention m : s.ments) {
            if (m.t0 < tok && m.ent.type == EntityType.COUNTRY && !m.ref && !others.contains(m.ent)) {
                ctx = m.ent;
            }
        }
        for (int i = s.index - 1; ctx == null && i >= Math.max(0, s.index - 1); i--) {
            List<Mention> ms = sents.get(i).ments;
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                if (m.ent.type == EntityType.COUNTRY && !m.inner && !others.contains(m.ent)) {
                    ctx = m.ent;
                    break;
                }
            }
        }
        if (ctx == null && datelineCountry != null && !others.contains(datelineCountry)) {
            ctx = datelineCountry;
        }
        if (ctx == null) {
            ctx = dominantCountry(others);
        }
        for (int i = s.index - 1; ctx == null && i >= Math.max(0, s.index - 1); i--) {
            List<Mention> ms = sents.get(i).ments;
            for (int j = ms.size() - 1; j >= 0; j--) {
                Mention m = ms.get(j);
                if (m.ent.type == EntityType.COUNTRY && !m.inner && !others.contains(m.ent)) {
                    ctx = m.ent;
                    break;
                }
            }
        }
        return ctx;
    }

    /** The country that accounts for at least 40% of the article's country mentions, if any. */
    private Ent dominantCountry(Set<Ent> excluded) {
        Ent ctx = null;
        {
            Map<Ent, Integer> counts = new HashMap<>();
            int total = 0;
            for (Sent x : sents) {
                for (Mention m : x.ments) {
                    if (m.ent.type == EntityType.COUNTRY && !m.ref) {
                        counts.merge(m.ent, 1, Integer::sum);
                        total++;
                    }
                }
            }
            for (Map.Entry<Ent, Integer> en : counts.entrySet()) {
                if (en.getValue() * 10 >= total * 4 && !excluded.contains(en.getKey()) && (ctx == null || en.getValue() > counts.get(ctx))) {
                    ctx = en.getKey();
                }
            }
        }
        return ctx;
    }

    Ent datelineCountry;

    /** "SEOUL, June 4, 2025 - ...": a capital in capitals at the start of the first body sentences. */
    private void findDateline() {
        for (int i = 0; i < Math.min(4, sents.size()); i++) {
            List<Token> ts = sents.get(i).toks;
            int k = 0;
            while (k < ts.size() && ts.get(k).allCaps() && k < 3) {
                k++;
            }
            if (k == 0 || k >= ts.size() || !ts.get(k).text.equals(",")) {
                continue;
            }
            String city = Text.titleCase(span(sents.get(i), 0, k).toLowerCase(java.util.Locale.ROOT));
            Lexicon.Trie n = lex.gaz;
            for (String w : Tokenizer.keyTokens(city)) {
                n = n == null ? null : n.next.get(w);
            }
            if (n != null && n.hits != null) {
                for (Hit h : n.hits) {
                    if (h.type() == EntityType.COUNTRY && (h.how() == How.CAPITAL || h.how() == How.NAME)) {
                        datelineCountry = countryEnt(h.key());
                        return;
                    }
                }
            }
        }
    }

    private Ent nearestBefore(Sent s, int tok, EntityType type) {
        Ent best = null;
        for (Mention m : s.ments) {
            if (m.t0 < tok && m.ent.type == type && !m.ref) {
                best = m.ent;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- output

    // ---------------------------------------------------------------- global names

    /** Words that describe an agreement without naming it ("free trade agreement", "Framework Agreement"). */
    static final Set<String> GENERIC_AGREEMENT_WORDS = Set.of("free", "trade", "agreement", "agreements", "deal",
            "deals", "pact", "pacts", "treaty", "accord", "accords", "framework", "memorandum", "of", "understanding",
            "defence", "defense", "security", "mutual", "cooperation", "co-operation", "ceasefire", "cease-fire", "truce",
            "armistice", "peace", "hotline", "channel", "channels", "mechanism", "mechanisms", "protocol", "partnership",
            "strategic", "comprehensive", "economic", "military", "investment", "bilateral", "trilateral", "joint",
            "nuclear", "arms", "contract", "communication", "communications", "and", "the", "on", "for", "basic",
            "general", "interim", "preliminary", "final", "new", "partial", "full", "cooperative", "friendship",
            "alliance", "assistance", "extradition", "tax", "energy", "gas", "oil", "grain", "maritime", "border",
            "fisheries", "aviation", "air", "services", "customs", "tariff", "currency", "swap", "loan", "aid",
            "normalization", "normalisation", "reconciliation", "association", "stabilisation", "stabilization",
            "enhanced", "reciprocal", "status", "forces", "visiting", "access", "logistics", "exchange", "agreement's");
    /** Single words that only describe an entity within one article ("the bloc", "the kingdom"). */
    static final Set<String> DESCRIPTOR_WORDS = Set.of("bloc", "alliance", "grouping", "organisation", "organization",
            "union", "partnership", "council", "kingdom", "republic", "group", "country", "nation", "state", "government",
            "administration", "ministry", "agency", "company", "firm", "party", "coalition", "pact", "agreement", "deal",
            "treaty", "accord", "truce", "ceasefire", "new", "former", "the", "its", "their", "current", "two",
            "island", "city", "capital", "region", "territory", "court", "commission", "body", "movement", "militia");

    /**
     * Names a reader could use anywhere: not an article-local descriptor ("the bloc", "the minister", "free trade
     * agreement", "the new president"), not an appositive with a comma, and for a person something with a name in it.
     */
    boolean globalAlias(Ent e, String a) {
        boolean upper = false;
        for (int i = 0; i < a.length() && !upper; i++) {
            upper = Character.isUpperCase(a.charAt(i)) || Character.isDigit(a.charAt(i));
        }
        if (!upper || a.indexOf(',') >= 0) {
            return false;
        }
        String[] words = Text.fold(a).split("[\\s]+");
        if (e.type == EntityType.AGREEMENT && !lex.agreements.containsKey(a)) {
            boolean generic = true;
            for (String w : words) {
                generic &= GENERIC_AGREEMENT_WORDS.contains(w) || w.equals("code") || w.equals("conduct");
            }
            if (generic) {
                return false; // "Code of Conduct", "Free Trade Agreement": many agreements share these names
            }
        }
        if (e.type == EntityType.PERSON) {
            for (String w : words) {
                for (String n : e.nameTokens) {
                    if (Text.fold(n).equals(w)) {
                        return true;
                    }
                }
            }
            return false;
        }
        boolean descriptive = true;
        for (String w : words) {
            descriptive &= DESCRIPTOR_WORDS.contains(w) || lex.titleDefs.containsKey(w);
        }
        return !descriptive;
    }

    /** An agreement named only by a generic descriptor: its name alone would merge unrelated deals across articles. */
    boolean genericAgreement(Ent e) {
        if (e.type != EntityType.AGREEMENT || lex.agreements.containsKey(e.name)) {
            return false;
        }
        if (e.descriptive) {
            for (int i = 0; i < e.name.length(); i++) {
                if (Character.isUpperCase(e.name.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
        for (String w : Text.fold(e.name).split("[\\s]+")) {
            if (!GENERIC_AGREEMENT_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A short label for an agreement party: "US", "UK", "China", "EU". */
    String partyLabel(Ent e) {
        if (e.type == EntityType.COUNTRY) {
            String code = e.attrs.get("code");
            if (code != null) {
                switch (code) {
                    case "US":
                        return "US";
                    case "GB":
                        return "UK";
                    case "AE":
                        return "UAE";
                    default:
                        break;
                }
            }
            return e.name;
        }
        String acr = e.attrs.get("acronym");
        return acr != null ? acr : e.name;
    }

    /**
     * Qualifies generic agreements with their parties (or the countries of the sentence that first names them),
     * in order of first mention in the article: "Chile and Peru signed a free trade agreement" ->
     * "Chile-Peru free trade agreement". Without any country or organization to qualify it, the agreement is dropped.
     */
    private void qualifyGenericAgreements() {
        Map<Ent, Ent> remap = new HashMap<>();
        Set<Ent> dropped = new java.util.HashSet<>();
        for (Ent e : new ArrayList<>(ents.values())) {
            if (e.type == EntityType.AGREEMENT && e.name.equals("Code of Conduct")) {
                qualifyByPlace(e);
                continue;
            }
            if (!genericAgreement(e) || e.mentions == 0 && e.first == Integer.MAX_VALUE) {
                continue;
            }
            List<Ent> parties = new ArrayList<>();
            for (Rel r : rels.values()) {
                if (r.type == RelationType.PARTY_TO && r.dst == e) {
                    Ent p = r.src.type == EntityType.PERSON ? affiliationCountry(r.src) : r.src;
                    if (p != null && p != e && !parties.contains(p) && p.type != EntityType.PERSON) {
                        parties.add(p);
                    }
                }
            }
            if (parties.isEmpty()) {
                // the countries of the sentence that first names it; "X ... an agreement with Y": X and Y first
                for (Sent s : sents) {
                    Mention here = null;
                    for (Mention m : s.ments) {
                        if (m.ent == e && here == null) {
                            here = m;
                        }
                    }
                    if (here == null) {
                        continue;
                    }
                    if (here.t1 + 1 < s.toks.size() && s.toks.get(here.t1).is("with")) {
                        Ent with = null;
                        for (Mention m : s.ments) {
                            if (with == null && m.t0 == here.t1 + 1 + (s.toks.get(here.t1 + 1).is("the") ? 1 : 0)
                                    && (m.ent.type == EntityType.COUNTRY || m.ent.type == EntityType.ORGANIZATION)) {
                                with = m.ent;
                            }
                        }
                        Ent subj = null;
                        for (Mention m : s.ments) {
                            if (subj == null && m.ent.type == EntityType.COUNTRY && !m.inner && m.t1 <= here.t0 && m.ent != with) {
                                subj = m.ent;
                            }
                        }
                        if (with != null && subj != null) {
                            parties.add(subj);
                            parties.add(with);
                            break;
                        }
                    }
                    for (Mention m : s.ments) {
                        Ent c = m.ent.type == EntityType.COUNTRY ? m.ent
                                : m.ent.type == EntityType.PERSON && !m.ref ? affiliationCountry(m.ent) : null;
                        if (c != null && !parties.contains(c)) {
                            parties.add(c);
                        }
                    }
                    if (!parties.isEmpty()) {
                        break;
                    }
                }
            }
            if (parties.isEmpty()) {
                dropped.add(e);
                continue;
            }
            if (parties.size() > 2 || !parties.isEmpty() && parties.get(0).first > parties.get(parties.size() - 1).first) {
                parties.sort(Comparator.comparingInt((Ent p) -> p.first).thenComparing(p -> p.id));
            }
            List<String> labels = new ArrayList<>();
            for (Ent p : parties) {
                if (!labels.contains(partyLabel(p))) {
                    labels.add(partyLabel(p));
                }
            }
            String q = String.join("-", labels);
            String rq = null;
            if (labels.size() == 2) {
                rq = labels.get(1) + "-" + labels.get(0);
            }
            String base = canonicalDescriptor(e.name);
            List<String> old = new ArrayList<>(e.aliases);
            old.add(0, e.name);
            String name = q + " " + base;
            String id = "agreement:" + Text.slug(name);
            Ent target = ents.get(id);
            if (target != null && target != e) {
                remap.put(e, target);
                target.mentions += e.mentions;
                target.first = Math.min(target.first, e.first);
            } else {
                ents.remove(e.id);
                e.id = id;
                e.name = name;
                ents.put(id, e);
                target = e;
            }
            for (String a : old) {
                if (genericAgreementPhrase(a)) {
                    target.aliases.add(q + " " + a);
                    if (rq != null) {
                        target.aliases.add(rq + " " + a);
                    }
                }
            }
            if (rq != null) {
                target.aliases.add(rq + " " + base);
            }
        }
        if (remap.isEmpty() && dropped.isEmpty()) {
            return;
        }
        for (Ent d : dropped) {
            ents.remove(d.id);
        }
        List<Rel> old = new ArrayList<>(rels.values());
        rels.clear();
        for (Rel r : old) {
            Ent a = remap.getOrDefault(r.src, r.src);
            Ent b = remap.getOrDefault(r.dst, r.dst);
            if (!dropped.contains(a) && !dropped.contains(b)) {
                addRel(r.type, a, b, r.props, r.s, r.conf);
            }
        }
        for (Ent x : remap.keySet()) {
            ents.remove(x.id);
        }
    }

    /** "Code of Conduct" is named by the sea or region it governs: the place in its sentence, else the article's main one. */
    private void qualifyByPlace(Ent e) {
        Ent place = null;
        Map<Ent, Integer> counts = new HashMap<>();
        for (Sent s : sents) {
            boolean here = false;
            for (Mention m : s.ments) {
                here |= m.ent == e;
            }
            for (Mention m : s.ments) {
                if (m.ent.type == EntityType.PLACE && !m.ref) {
                    if (here && place == null) {
                        place = m.ent;
                    }
                    counts.merge(m.ent, 1, Integer::sum);
                }
            }
        }
        if (place == null) {
            int best = 1;
            for (Map.Entry<Ent, Integer> c : counts.entrySet()) {
                if (c.getValue() > best || c.getValue() == best && place != null && c.getKey().id.compareTo(place.id) < 0) {
                    best = c.getValue();
                    place = c.getKey();
                }
            }
        }
        if (place == null || ents.containsKey("agreement:" + Text.slug(place.name + " " + e.name))) {
            return;
        }
        ents.remove(e.id);
        e.name = place.name + " " + e.name;
        e.id = "agreement:" + Text.slug(e.name);
        ents.put(e.id, e);
    }

    /** Lower-case surface of a descriptor ("military-to-military communications channels"), not a proper name. */
    private static boolean genericAgreementPhrase(String a) {
        for (int i = 0; i < a.length(); i++) {
            if (Character.isUpperCase(a.charAt(i))) {
                return false;
            }
        }
        return !a.isBlank();
    }

    /** The descriptor in a canonical form, so that the same kind of deal gets the same id: modifiers in "-ions" singular. */
    static String canonicalDescriptor(String np) {
        String[] w = np.trim().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String x = w[i];
            if (i < w.length - 1 && x.endsWith("ions") && x.length() > 6) {
                x = x.substring(0, x.length() - 1);
            }
            b.append(i == 0 ? "" : " ").append(x);
        }
        return b.toString();
    }

    private Extraction output() {
        List<Sentence> sentences = new ArrayList<>(sents.size());
        for (Sent s : sents) {
            sentences.add(new Sentence(s.index, s.start, s.end, s.text));
        }
        // counts and surface forms
        for (Sent s : sents) {
            for (Mention m : s.ments) {
                Ent e = m.ent;
                if (!m.ref) {
                    e.mentions++;
                    String surf = m.surface;
                    if (surf.startsWith("the ") || surf.startsWith("The ")) {
                        surf = surf.substring(4);
                    }
                    e.aliases.add(surf);
                }
                int pos = s.toks.get(m.t0).start;
                if (pos < e.first && !m.ref) {
                    e.first = pos;
                }
            }
        }
        qualifyGenericAgreements();
        Set<Ent> used = new LinkedHashSet<>();
        for (Rel r : rels.values()) {
            used.add(r.src);
            used.add(r.dst);
        }
        List<Ent> list = new ArrayList<>();
        for (Ent e : ents.values()) {
            if (e.mentions > 0 || used.contains(e) && e.first != Integer.MAX_VALUE) {
                list.add(e);
            }
        }
        // relations may point at entities only reached by reference: keep those too
        for (Ent e : used) {
            if (!list.contains(e)) {
                list.add(e);
            }
        }
        list.sort(Comparator.comparingInt((Ent e) -> e.first).thenComparing(e -> e.id));
        List<ExtractedEntity> entities = new ArrayList<>(list.size());
        for (Ent e : list) {
            List<String> aliases = new ArrayList<>();
            String nk = e.name;
            for (String a : e.aliases) {
                String clean = a.replace('\u2019', '\'').replaceAll("\\s+", " ").trim();
                if (clean.endsWith(" 's") || clean.endsWith("'s")) {
                    clean = clean.substring(0, clean.length() - 2).trim();
                }
                if (!clean.isEmpty() && !clean.equals(nk) && !aliases.contains(clean) && globalAlias(e, clean)) {
                    aliases.add(clean);
                }
            }
            Map<String, String> attrs = new TreeMap<>(e.attrs);
            attrs.remove("country");
            entities.add(new ExtractedEntity(e.id, e.type, e.name, aliases, attrs, Math.max(1, e.mentions)));
        }
        List<Rel> rl = new ArrayList<>(rels.values());
        rl.sort(Comparator.comparingInt((Rel r) -> r.s.index).thenComparing(r -> r.type).thenComparing(r -> r.src.id)
                .thenComparing(r -> r.dst.id));
        List<ExtractedRelation> relations = new ArrayList<>(rl.size());
        for (Rel r : rl) {
            relations.add(new ExtractedRelation(r.type, r.src.id, r.dst.id, r.props,
                    new Evidence(r.s.index, r.s.text, r.s.start, r.s.end, Math.round(r.conf * 100) / 100.0)));
        }
        return new Extraction(sentences, entities, relations);
    }
}
