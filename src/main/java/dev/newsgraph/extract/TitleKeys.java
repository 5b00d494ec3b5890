package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Titles compared by their words: "Secretary of Defense" and "Defence Secretary" share the key "defense secretary". */
final class TitleKeys {

    private TitleKeys() {
    }

    static String of(String title) {
        List<String> words = new ArrayList<>();
        for (String w : Text.fold(title).split("[^a-z]+")) {
            if (w.isEmpty() || w.equals("of") || w.equals("the") || w.equals("for")) {
                continue;
            }
            words.add(w.equals("defence") ? "defense" : w);
        }
        words.sort(null);
        return String.join(" ", words);
    }

    /** Whether every word of the key {@code want} is in the key {@code have}. */
    static boolean containsWords(String have, String want) {
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
}
