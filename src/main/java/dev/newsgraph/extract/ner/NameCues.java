package dev.newsgraph.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The word lists the name tagger turns into features (and the extractor's typing reads): given names, common words, countries (names, demonyms, capitals),
 * known organizations, office holders, places, titles and cue words. A list says "this word is often part of a
 * person's name" and the model learns how far to trust it, so the lists help with names they do not contain.
 * Loaded once from /extract/ on the classpath; immutable and thread-safe.
 */
public final class NameCues {

    private static volatile NameCues shared;
    private static final int FREQUENT_SURNAMES = 10_000;

    private final Set<String> givenNames = new HashSet<>();
    /** ner/world-given-names.txt: given names of many languages, as written; a feature only, not a rule's list. */
    private final Set<String> worldGivenNames = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    /** ner/surnames.txt, lower case, to its rank by frequency (0 = most frequent). */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private final Map<String, Integer> surnameRanks = new HashMap<>(131_072);
    private final Map<String, Set<String>> cueClasses = new HashMap<>();
    /** The curated lists' phrases: classes "cty", "dem", "cap", "org", "ldr", "plc". */
    private final PhraseTable curated = new PhraseTable();
    /** ner/world-names.tsv: classes "per", "loc", "org", "misc", "city" and their combinations. */
    private final PhraseTable world = new PhraseTable();

    private NameCues() {
    }

    /** The lists of /extract/, loaded on first use. */
    public static NameCues shared() {
        NameCues c = shared;
        if (c == null) {
            synchronized (NameCues.class) {
                c = shared;
                if (c == null) {
                    c = load();
                    shared = c;
                }
            }
        }
        return c;
    }

    private static NameCues load() {
        NameCues c = new NameCues();
        lines("given-names.txt", c.givenNames::add);
        lines("ner/common-words.txt", w -> c.commonWords.add(w.trim()));
        lines("ner/world-given-names.txt", w -> c.worldGivenNames.add(w.trim()));
        lines("ner/surnames.txt", w -> c.surnameRanks.putIfAbsent(w.trim(), c.surnameRanks.size()));
        lines("ner/name-cues.txt", line -> {
            String[] f = line.split("\t");
            c.cueClasses.computeIfAbsent(f[1], k -> new HashSet<>(2)).add(f[0]);
        });
        lines("countries.tsv", line -> {
            String[] f = line.split("\t", -1);
            c.phrase(f[1], "cty");
            c.phrase(f[2], "cty");
            splitBar(f[3]).forEach(a -> c.phrase(a, "cty"));
            splitBar(f[4]).forEach(d -> c.phrase(d, "dem"));
            splitBar(f[5]).forEach(k -> c.phrase(k, "cap"));
        });
        lines("country-extras.tsv", line -> {
            String[] f = line.split("\t", -1);
            switch (f[1]) {
                case "alias" -> c.phrase(f[2], "cty");
                case "demonym" -> c.phrase(f[2], "dem");
                case "capital" -> c.phrase(f[2], "cap");
                default -> { }
            }
        });
        lines("organizations.tsv", line -> {
            String[] f = line.split("\t", -1);
            c.phrase(f[0], "org");
            c.phrase(f[1], "org");
            splitBar(f[2]).forEach(a -> c.phrase(a, "org"));
        });
        lines("leaders.tsv", line -> {
            String[] f = line.split("\t", -1);
            c.phrase(f[0], "ldr");
            if (f.length > 3) {
                splitBar(f[3]).forEach(a -> c.phrase(a, "ldr"));
            }
        });
        lines("places.tsv", line -> {
            String[] f = line.split("\t", -1);
            c.phrase(f[0], "plc");
            splitBar(f[1]).forEach(a -> c.phrase(a, "plc"));
        });
        lines("titles.tsv", line -> {
            for (String w : line.split("\t")[0].toLowerCase(Locale.ROOT).split("[ -]")) {
                c.cueClasses.computeIfAbsent(w, k -> new HashSet<>(2)).add("title");
            }
        });
        lines("ner/world-names.tsv", line -> {
            int tab = line.indexOf('\t');
            c.world.add(line.substring(0, tab), line.substring(tab + 1));
        });
        return c;
    }

    /**
     * Whether English writes this word in lower case ("government", "coalition"; derived from the training corpora
     * by the trainer): capitalised, it is a common noun at a sentence start or in a heading, not a name.
     */
    public boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The surname class of a capitalised token, or null: "sn" for one of the 10,000 most frequent census surnames,
     * "sn2" for a rarer one or another language's, with "c" added when English also writes the word in lower case
     * ("Brown", "Rich"), so that the model can trust the plain surnames more than the ones that are also words.
     */
    String surnameClass(String token) {
        if (token.isEmpty() || !Character.isUpperCase(token.charAt(0))) {
            return null;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        Integer rank = surnameRanks.get(lower);
        if (rank == null) {
            return null;
        }
        return (rank < FREQUENT_SURNAMES ? "sn" : "sn2") + (commonWords.contains(lower) ? "c" : "");
    }

    /** Whether a word heads or introduces names or titles ("Senate", "River", "Mr"): then it is no surname. */
    public boolean isCueWord(String word) {
        return cueClasses.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the world gazetteer knows a single word as a region or natural feature ("Texas", "Glasgow") and never
     * as a person: a place whatever the sentence's pronouns say.
     */
    public boolean isWorldPlaceOnly(String word) {
        String classes = world.classOf(word);
        return classes != null && classes.contains("loc") && !classes.contains("per");
    }

    /** Whether the world gazetteer knows a word or phrase as an organization, whatever else it may be. */
    public boolean isWorldOrganization(String phrase) {
        String classes = world.classOf(phrase);
        return classes != null && classes.contains("org");
    }

    /** Whether the world gazetteer knows a word as a region, country or natural feature, whatever else it may be. */
    public boolean isWorldPlace(String word) {
        String classes = world.classOf(word);
        return classes != null && classes.contains("loc");
    }

    /** Whether a capitalised token is in the surname list (census or another language's). */
    public boolean isSurname(String token) {
        return surnameClass(token) != null || surnameClass(folded(token)) != null; // "Báñez" as "Banez"
    }

    /** The word without its accents: the name lists hold some names only so ("Fatima", "banez"). */
    private static String folded(String word) {
        return MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    /** Is this token (as written) a given name in the English list or in the world list? */
    public boolean isAnyGivenName(String token) {
        String plain = folded(token);
        return givenNames.contains(token) || worldGivenNames.contains(token) || worldGivenNames.contains(plain);
    }

    /** Is this token (as written) a known given name? */
    boolean isGivenName(String token) {
        return givenNames.contains(token);
    }

    /** Is this token (as written) a given name in one of the many languages of the world list ("Goffredo")? */
    boolean isWorldGivenName(String token) {
        return worldGivenNames.contains(token);
    }

    /** Cue classes of a token, by its lower-case form ("orghead", "placehead", "honor", "title"); never null. */
    Set<String> cues(String lower) {
        return cueClasses.getOrDefault(lower, Set.of());
    }

    /**
     * Marks the curated gazetteer phrases of one sentence, longest match first: out[i] is "B-cls" or "I-cls" for a
     * token inside a phrase of class cls, else null.
     */
    String[] phraseTags(String[] tokens) {
        return curated.tags(tokens);
    }

    /**
     * The same for the large world gazetteer (WordNet's proper nouns, GeoNames' divisions and cities), whose classes
     * may be several ("city+per" for "Lincoln").
     */
    String[] worldTags(String[] tokens) {
        return world.tags(tokens);
    }

    private void phrase(String text, String cls) {
        curated.add(text, cls);
    }

    private static List<String> splitBar(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.trim());
            }
        }
        return out;
    }

    private static void lines(String name, Consumer<String> sink) {
        try (InputStream in = NameCues.class.getResourceAsStream("/extract/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource /extract/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sink.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
