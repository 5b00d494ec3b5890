package dev.newsgraph.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import opennlp.tools.util.Span;

/**
 * Mention-level precision, recall and F1 as conlleval counts them: a predicted mention is right when its span and
 * type both equal a gold mention's. Types outside {@code scored} are left out on both sides (the dev set has no
 * MISC). Also counts LOC and ORG merged, since the dev set tags countries acting politically as ORG.
 */
final class MentionScores {

    static final String MERGED = "LOC+ORG";

    private final Set<String> scored;
    /** type -> {tp, fp, fn} */
    private final Map<String, int[]> counts = new TreeMap<>();

    MentionScores(Set<String> scored) {
        this.scored = scored;
    }

    void add(Span[] gold, Span[] predicted) {
        count(filter(gold), filter(predicted), false);
        count(filter(gold), filter(predicted), true);
    }

    private List<Span> filter(Span[] spans) {
        return java.util.Arrays.stream(spans).filter(s -> scored.contains(s.getType())).toList();
    }

    private void count(List<Span> gold, List<Span> predicted, boolean mergeLocOrg) {
        for (Span p : predicted) {
            String type = key(p.getType(), mergeLocOrg);
            boolean hit = gold.stream().anyMatch(g -> g.getStart() == p.getStart() && g.getEnd() == p.getEnd()
                    && key(g.getType(), mergeLocOrg).equals(type));
            bump(type, hit ? 0 : 1, mergeLocOrg);
        }
        for (Span g : gold) {
            String type = key(g.getType(), mergeLocOrg);
            boolean found = predicted.stream().anyMatch(p -> p.getStart() == g.getStart() && p.getEnd() == g.getEnd()
                    && key(p.getType(), mergeLocOrg).equals(type));
            if (!found) {
                bump(type, 2, mergeLocOrg);
            }
        }
    }

    private static String key(String type, boolean mergeLocOrg) {
        return mergeLocOrg && (type.equals("LOC") || type.equals("ORG")) ? MERGED : type;
    }

    private void bump(String type, int slot, boolean mergeLocOrg) {
        if (mergeLocOrg && !type.equals(MERGED)) {
            return; // PER and MISC are counted once, in the unmerged pass
        }
        counts.computeIfAbsent(type, k -> new int[3])[slot]++;
        if (!mergeLocOrg) {
            counts.computeIfAbsent("overall", k -> new int[3])[slot]++;
        }
    }

    double f1(String type) {
        int[] c = counts.getOrDefault(type, new int[3]);
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A table: one row per type, then overall. */
    String table(String title) {
        StringBuilder b = new StringBuilder(String.format("%-10s %6s %6s %6s %6s %6s %6s%n", title, "P", "R", "F1", "tp", "fp", "fn"));
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
            b.append(String.format("%-10s %6.3f %6.3f %6.3f %6d %6d %6d%n", e.getKey(), p, r, f1(e.getKey()), c[0], c[1], c[2]));
        }
        return b.toString();
    }
}
