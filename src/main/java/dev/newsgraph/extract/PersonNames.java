package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The words of a person's name that identify them, without particles: "Ursula von der Leyen" -> Ursula, Leyen. */
final class PersonNames {

    static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "das", "do", "dos", "bin", "ibn",
            "al", "el", "la", "le", "del", "della", "di", "du", "ter", "zu");

    /** Generational suffixes after a surname ("King Jr.", "Bush Sr."), with or without their period. */
    static final Set<String> GENERATIONAL = Set.of("jr", "sr", "jr.", "sr.");

    private PersonNames() {
    }

    static List<String> tokens(String name) {
        List<String> out = new ArrayList<>();
        for (String p : name.split("[\\s]+")) {
            if (!p.isEmpty() && !PARTICLES.contains(p) && !GENERATIONAL.contains(p.toLowerCase(java.util.Locale.ROOT))) {
                out.add(p);
            }
        }
        return out;
    }
}
