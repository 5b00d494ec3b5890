package dev.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The extractor's knowledge, loaded once from classpath resources under /extract/ (no reflection, so it works
 * in a native image): countries (generated from world-countries, ODbL), organizations, titles, office holders,
 * places, given names, common words and page chrome. Immutable after loading, so it is shared by all threads.
 */
final class Lexicon {

    record Country(String code, String name, String official, List<String> aliases, List<String> demonyms,
            List<String> capitals) {
    }

    record Org(String key, String name, String acronym, List<String> aliases, String kind) {
    }

    record Leader(String name, String title, String affiliation, List<String> shorts) {
    }

    record Place(String name, List<String> aliases, String kind) {
    }

    record TitleDef(String canonical, String kind) {
        boolean role() {
            return kind.equals("role") || kind.equals("headrole");
        }
    }

    /** How a gazetteer phrase denotes its entity. */
    enum How {
        NAME, ALIAS, DEMONYM, CAPITAL, ACRONYM, SURNAME, BLOCK
    }

    record Hit(EntityType type, String key, How how) {
    }

    /** A token trie: children by token text; hits at the end of a phrase. */
    static final class Trie {
        final Map<String, Trie> next = new HashMap<>(4);
        List<Hit> hits;

        void add(List<String> tokens, Hit hit) {
            if (tokens.isEmpty()) {
                return;
            }
            Trie n = this;
            for (String t : tokens) {
                n = n.next.computeIfAbsent(t, k -> new Trie());
            }
            if (n.hits == null) {
                n.hits = new ArrayList<>(1);
            }
            for (Hit h : n.hits) {
                if (h.key().equals(hit.key()) && h.type() == hit.type()) {
                    return;
                }
            }
            n.hits.add(hit);
        }
    }

    final Set<String> common = new HashSet<>();
    final Set<String> chrome = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    final Map<String, Country> countries = new LinkedHashMap<>();
    final Map<String, Org> orgs = new LinkedHashMap<>();
    final Map<String, Leader> leaders = new LinkedHashMap<>();
    final Map<String, Place> places = new LinkedHashMap<>();
    final Map<String, List<String>> agreements = new LinkedHashMap<>();
    /** Institutions that stand for a country's government ("Kremlin" -> RU). */
    final Map<String, String> orgCountry = new HashMap<>();
    final Map<String, TitleDef> titleDefs = new HashMap<>();
    /** The plurals of role titles among {@link #titleDefs}' keys ("foreign ministers"). */
    final Set<String> pluralTitles = new HashSet<>();
    /** Case-sensitive phrases: countries, demonyms, capitals, organizations, places, office holders. */
    final Trie gaz = new Trie();
    /** Lower-case phrases: titles. */
    final Trie titles = new Trie();
    /** Acronyms that are ordinary words in lower case ("WHO"), matched only in capitals. */
    final Set<String> acronyms = new HashSet<>();
    /** Relation trigger words by group, from relation-triggers.tsv. */
    private final Map<TriggerGroup, Set<String>> triggers = new EnumMap<>(TriggerGroup.class);
    /** The status an agreement cue gives PARTY_TO: "ratified" -> signed, "talks" -> negotiating. */
    final Map<String, String> agreementStatus = new HashMap<>();

    static Lexicon load() {
        Lexicon l = new Lexicon();
        l.loadAll();
        return l;
    }

    private void loadAll() {
        for (String line : lines("common-words.txt")) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    common.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String line : lines("chrome.txt")) {
            chrome.add(line.toLowerCase(Locale.ROOT).trim());
        }
        loadCountries();
        loadOrgs();
        loadPlaces();
        loadLeaders();
        loadAgreements();
        loadTitles();
        loadTriggers();
        Set<String> gazSingles = new HashSet<>();
        for (Map.Entry<String, Trie> e : gaz.next.entrySet()) {
            if (e.getValue().hits != null) {
                gazSingles.add(e.getKey());
            }
        }
        for (String line : lines("given-names.txt")) {
            String n = line.trim();
            if (!n.isEmpty() && !common.contains(n.toLowerCase(Locale.ROOT)) && !gazSingles.contains(n)
                    && !titleDefs.containsKey(n.toLowerCase(Locale.ROOT))) {
                givenNames.add(n);
            }
        }
    }

    private void loadCountries() {
        Map<String, List<String[]>> extras = new HashMap<>();
        Set<String> noCapital = new HashSet<>();
        Set<String> noAlias = new HashSet<>();
        for (String line : lines("country-extras.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 3) {
                continue;
            }
            switch (f[1]) {
                case "nocapital" -> noCapital.add(f[2]);
                case "noalias" -> noAlias.add(f[2]);
                case "block" -> gaz.add(Tokenizer.keyTokens(f[2]), new Hit(null, "-", How.BLOCK));
                default -> extras.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
            }
        }
        // UN members first: when two countries share a demonym or capital ("American"), the member state wins
        List<String[]> rows = new ArrayList<>();
        for (String line : lines("countries.tsv")) {
            rows.add(Arrays.copyOf(line.split("\t", -1), 7));
        }
        rows.sort((a, b) -> Integer.compare(rank(a[6]), rank(b[6])));
        Set<String> taken = new HashSet<>();
        for (String[] f : rows) {
            String code = f[0];
            List<String> aliases = new ArrayList<>(split(f[3]));
            List<String> dem = new ArrayList<>(split(f[4]));
            List<String> caps = new ArrayList<>(split(f[5]));
            for (String[] x : extras.getOrDefault(code, List.of())) {
                switch (x[1]) {
                    case "alias" -> aliases.add(x[2]);
                    case "demonym" -> dem.add(x[2]);
                    case "capital" -> caps.add(x[2]);
                    default -> {
                    }
                }
            }
            aliases.removeIf(noAlias::contains);
            dem.removeIf(noAlias::contains);
            caps.removeIf(noCapital::contains);
            String official = f[2] == null || f[2].equals(f[1]) ? null : f[2];
            Country c = new Country(code, f[1], official, dedupe(aliases, f[1]), dedupe(dem, f[1]), dedupe(caps, f[1]));
            countries.put(code, c);
            if (!noAlias.contains(c.name())) {
                gaz.add(Tokenizer.keyTokens(c.name()), new Hit(EntityType.COUNTRY, code, How.NAME));
            }
            if (official != null && !noAlias.contains(official)) {
                gaz.add(Tokenizer.keyTokens(official), new Hit(EntityType.COUNTRY, code, How.ALIAS));
            }
            for (String a : c.aliases()) {
                if (!c.demonyms().contains(a)) { // "Thai" is an alias of Thailand's too, but written as its demonym
                    gaz.add(Tokenizer.keyTokens(a), new Hit(EntityType.COUNTRY, code, How.ALIAS));
                }
            }
            for (String d : c.demonyms()) {
                if (!taken.add(d)) {
                    continue;
                }
                gaz.add(Tokenizer.keyTokens(d), new Hit(EntityType.COUNTRY, code, How.DEMONYM));
                // plural people nouns: "Filipinos", "Americans"
                if (!d.endsWith("s") && !d.endsWith("ese") && !d.endsWith("sh") && !d.endsWith("ch")) {
                    gaz.add(Tokenizer.keyTokens(d + "s"), new Hit(EntityType.COUNTRY, code, How.DEMONYM));
                }
            }
            for (String cap : c.capitals()) {
                if (taken.add("capital:" + cap)) {
                    gaz.add(Tokenizer.keyTokens(cap), new Hit(EntityType.COUNTRY, code, How.CAPITAL));
                }
            }
        }
    }

    private static int rank(String flags) {
        return flags == null ? 3 : flags.contains("U") ? 0 : flags.contains("I") ? 1 : 2;
    }

    private void loadOrgs() {
        for (String line : lines("organizations.tsv")) {
            String[] f = Arrays.copyOf(line.split("\t", -1), 4);
            String key = f[0];
            String name = f[1];
            boolean isAcronym = key.length() <= 8 && !key.equals(name) && !key.contains(" ")
                    && key.equals(key.toUpperCase(Locale.ROOT));
            Org o = new Org(key, name, isAcronym || key.equals(name) && key.equals(key.toUpperCase(Locale.ROOT)) ? key : null,
                    split(f[2]), f[3] == null ? "" : f[3]);
            orgs.put(key, o);
            if (o.kind().contains(":")) {
                orgCountry.put(key, o.kind().substring(o.kind().indexOf(':') + 1));
            }
            gaz.add(Tokenizer.keyTokens(name), new Hit(EntityType.ORGANIZATION, key, How.NAME));
            if (!key.equals(name)) {
                gaz.add(Tokenizer.keyTokens(key), new Hit(EntityType.ORGANIZATION, key, isAcronym ? How.ACRONYM : How.ALIAS));
            }
            if (isAcronym) {
                acronyms.add(key);
            }
            for (String a : o.aliases()) {
                gaz.add(Tokenizer.keyTokens(a), new Hit(EntityType.ORGANIZATION, key, How.ALIAS));
                if (a.startsWith("the ")) {
                    gaz.add(Tokenizer.keyTokens(a.substring(4)), new Hit(EntityType.ORGANIZATION, key, How.ALIAS));
                }
            }
        }
    }

    private void loadPlaces() {
        for (String line : lines("places.tsv")) {
            String[] f = Arrays.copyOf(line.split("\t", -1), 3);
            Place p = new Place(f[0], split(f[1]), f[2] == null ? "" : f[2]);
            places.put(p.name(), p);
            gaz.add(Tokenizer.keyTokens(p.name()), new Hit(EntityType.PLACE, p.name(), How.NAME));
            for (String a : p.aliases()) {
                gaz.add(Tokenizer.keyTokens(a), new Hit(EntityType.PLACE, p.name(), How.ALIAS));
            }
        }
    }

    private void loadLeaders() {
        for (String line : lines("leaders.tsv")) {
            String[] f = Arrays.copyOf(line.split("\t", -1), 4);
            Leader l = new Leader(f[0], f[1], f[2], split(f[3]));
            leaders.put(l.name(), l);
            gaz.add(Tokenizer.keyTokens(l.name()), new Hit(EntityType.PERSON, l.name(), How.NAME));
            for (String s : l.shorts()) {
                boolean single = !s.contains(" ") && !s.contains("-");
                gaz.add(Tokenizer.keyTokens(s), new Hit(EntityType.PERSON, l.name(), single ? How.SURNAME : How.ALIAS));
            }
        }
    }

    private void loadAgreements() {
        for (String line : lines("agreements.tsv")) {
            String[] f = Arrays.copyOf(line.split("\t", -1), 2);
            agreements.put(f[0], split(f[1]));
            gaz.add(Tokenizer.keyTokens(f[0]), new Hit(EntityType.AGREEMENT, f[0], How.NAME));
            for (String a : split(f[1])) {
                gaz.add(Tokenizer.keyTokens(a), new Hit(EntityType.AGREEMENT, f[0], How.ALIAS));
            }
        }
    }

    private void loadTitles() {
        for (String line : lines("titles.tsv")) {
            String[] f = Arrays.copyOf(line.split("\t", -1), 3);
            String canonical = f[2] == null || f[2].isBlank() ? f[0] : f[2];
            TitleDef d = new TitleDef(canonical, f[1]);
            String lower = f[0].toLowerCase(Locale.ROOT);
            addTitle(lower, d);
            String plural = d.role() ? pluralTitle(lower) : null;
            if (plural != null && !titleDefs.containsKey(plural)) {
                addTitle(plural, d);
                pluralTitles.add(plural);
            }
        }
    }

    /** A title (lower case) as the segmenter matches it, token by token, and its definition. */
    private void addTitle(String lower, TitleDef d) {
        titleDefs.put(lower, d);
        List<String> toks = new ArrayList<>();
        for (String t : Tokenizer.keyTokens(lower)) {
            toks.add(t.toLowerCase(Locale.ROOT));
        }
        titles.add(toks, new Hit(null, lower, How.NAME));
    }

    /**
     * The plural of a role title ("foreign ministers", "co-leaders", "chairmen"), or null for titles written with
     * "of", abbreviations and the like, whose plurals news rarely writes and which would be guesses.
     */
    static String pluralTitle(String lower) {
        if (lower.contains(" of ") || lower.contains(".") || lower.length() < 4 || lower.endsWith("-elect")) {
            return null;
        }
        int cut = lower.lastIndexOf(' ') + 1;
        String head = lower.substring(0, cut);
        String last = lower.substring(cut);
        if (last.contains("-") && !last.startsWith("co-") && !last.startsWith("vice-")) {
            return null; // "secretary-general": the plural goes inside
        }
        if (last.endsWith("man") || last.endsWith("woman")) {
            return head + last.substring(0, last.length() - 2) + "en";
        }
        if (last.endsWith("y") && last.length() > 1 && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0) {
            return head + last.substring(0, last.length() - 1) + "ies";
        }
        if (last.endsWith("s") || last.endsWith("sh") || last.endsWith("ch") || last.endsWith("x")) {
            return head + last + "es";
        }
        return head + last + "s";
    }

    private void loadTriggers() {
        Map<String, TriggerGroup> byName = new HashMap<>();
        for (TriggerGroup g : TriggerGroup.values()) {
            byName.put(g.fileName(), g);
            triggers.put(g, new HashSet<>());
        }
        for (String line : lines("relation-triggers.tsv")) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            String word = f[1].trim();
            if (f[0].startsWith("status:")) {
                agreementStatus.put(word, f[0].substring("status:".length()));
            } else if (byName.containsKey(f[0])) {
                triggers.get(byName.get(f[0])).add(word);
            } else {
                throw new IllegalStateException("unknown trigger group " + f[0] + " in relation-triggers.tsv");
            }
        }
        for (Map.Entry<TriggerGroup, Set<String>> e : triggers.entrySet()) {
            if (e.getValue().isEmpty()) {
                throw new IllegalStateException("no words for trigger group " + e.getKey().fileName());
            }
        }
    }

    /** Whether the (lower-case) word is in the trigger group. */
    boolean trigger(TriggerGroup group, String word) {
        return triggers.get(group).contains(word);
    }

    private static List<String> dedupe(List<String> in, String name) {
        List<String> out = new ArrayList<>();
        for (String s : in) {
            if (!s.isBlank() && !s.equals(name) && !out.contains(s)) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> split(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    /** Non-comment, non-blank lines of /extract/NAME (UTF-8). */
    static List<String> lines(String name) {
        String path = "/extract/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.strip().isEmpty() ? line : stripEnd(line));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == '\r' || s.charAt(e - 1) == ' ')) {
            e--;
        }
        return s.substring(0, e);
    }
}
