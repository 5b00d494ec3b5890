package dev.newsgraph.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.newsgraph.extract.ExtractedEntity;
import dev.newsgraph.extract.ExtractedRelation;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.MentionSpan;

/**
 * An article's extraction with the split decisions applied ("one node, two people"): an entity that the article
 * names only by a split alias is the other entity there, facts included; one it names by that alias and by other
 * names keeps its facts, and only the alias's mentions go to the other entity. Pure.
 */
final class SplitExtraction {

    /** Where an entity is named by {@code alias} (any case), it is {@code targetId}, with this name. */
    record Split(String alias, String targetId, String targetName) {
    }

    private SplitExtraction() {
    }

    static Extraction apply(Extraction x, Map<String, List<Split>> splitsById) {
        List<ExtractedEntity> entities = new ArrayList<>();
        Map<String, String> renamed = new java.util.HashMap<>();
        boolean changed = false;
        for (ExtractedEntity e : x.entities()) {
            List<Split> splits = splitsById.get(e.id());
            Split split = splits == null ? null : splitNamed(e, splits);
            if (split == null) {
                entities.add(e);
                continue;
            }
            changed = true;
            List<MentionSpan> moved = e.mentionSpans().stream().filter(s -> same(s.text(), split.alias())).toList();
            if (moved.size() == e.mentionSpans().size()) {
                renamed.put(e.id(), split.targetId()); // named only so here: the other entity, facts and all
                entities.add(new ExtractedEntity(split.targetId(), e.type(), split.targetName(), e.aliases(), e.attributes(),
                        e.mentions(), e.mentionSpans()));
                continue;
            }
            List<MentionSpan> kept = e.mentionSpans().stream().filter(s -> !same(s.text(), split.alias())).toList();
            entities.add(new ExtractedEntity(e.id(), e.type(), e.name(), e.aliases().stream()
                    .filter(a -> !same(a, split.alias())).toList(), e.attributes(), kept.size(), kept));
            entities.add(new ExtractedEntity(split.targetId(), e.type(), split.targetName(), List.of(), Map.of(),
                    moved.size(), moved));
        }
        if (!changed) {
            return x;
        }
        List<ExtractedRelation> relations = new ArrayList<>();
        for (ExtractedRelation r : x.relations()) {
            relations.add(new ExtractedRelation(r.type(), renamed.getOrDefault(r.sourceId(), r.sourceId()),
                    renamed.getOrDefault(r.targetId(), r.targetId()), r.properties(), r.evidence()));
        }
        return new Extraction(x.sentences(), entities, relations);
    }

    /** The split whose alias names the entity in this article, if any. */
    private static Split splitNamed(ExtractedEntity e, List<Split> splits) {
        for (Split s : splits) {
            if (same(e.name(), s.alias()) || e.aliases().stream().anyMatch(a -> same(a, s.alias()))
                    || e.mentionSpans().stream().anyMatch(m -> same(m.text(), s.alias()))) {
                return s;
            }
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }
}
