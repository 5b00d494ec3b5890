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

    /** Longest phrase looked up, in tokens. */
    static final int MAX_PHRASE = 6;

    private static volatile NameCues shared;

    private final Set<String> givenNames = new HashSet<>();
    private final Set<String> commonWords = new HashSet<>();
    private final Map<String, Set<String>> cueClasses = new HashMap<>();
    /** phrase (tokens joined by a space, original case) -> gazetteer class ("cty", "dem", "cap", "org", "ldr", "plc") */
    private final Map<String, String> phrases = new HashMap<>();
    /** first token of a phrase -> longest phrase length starting with it */
    private final Map<String, Integer> longestFrom = new HashMap<>();

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
        return c;
    }

    /**
     * Whether English writes this word in lower case ("government", "coalition"; derived from the training corpora
     * by the trainer): capitalised, it is a common noun at a sentence start or in a heading, not a name.
     */
    public boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Is this token (as written) a known given name? */
    boolean isGivenName(String token) {
        return givenNames.contains(token);
    }

    /** Cue classes of a token, by its lower-case form ("orghead", "placehead", "honor", "title"); never null. */
    Set<String> cues(String lower) {
        return cueClasses.getOrDefault(lower, Set.of());
    }

    /**
     * Marks the gazetteer phrases of one sentence, longest match first: out[i] is "B-cls" or "I-cls" for a token
     * inside a phrase of class cls, else null.
     */
    String[] phraseTags(String[] tokens) {
        String[] out = new String[tokens.length];
        int i = 0;
        while (i < tokens.length) {
            int len = longestMatch(tokens, i, out);
            i += Math.max(len, 1);
        }
        return out;
    }

    private int longestMatch(String[] tokens, int i, String[] out) {
        Integer longest = longestFrom.get(tokens[i]);
        if (longest == null) {
            return 0;
        }
        StringBuilder key = new StringBuilder();
        int best = 0;
        String bestClass = null;
        for (int j = i; j < Math.min(tokens.length, i + longest); j++) {
            if (j > i) {
                key.append(' ');
            }
            key.append(tokens[j]);
            String cls = phrases.get(key.toString());
            if (cls != null) {
                best = j - i + 1;
                bestClass = cls;
            }
        }
        for (int j = i; j < i + best; j++) {
            out[j] = (j == i ? "B-" : "I-") + bestClass;
        }
        return best;
    }

    private void phrase(String text, String cls) {
        if (text == null || text.isBlank()) {
            return;
        }
        String[] toks = text.trim().split(" +");
        if (toks.length > MAX_PHRASE) {
            return;
        }
        phrases.putIfAbsent(String.join(" ", toks), cls);
        longestFrom.merge(toks[0], toks.length, Math::max);
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
