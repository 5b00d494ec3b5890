package dev.newsgraph.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import dev.newsgraph.extract.ExtractedEntity;
import dev.newsgraph.extract.ExtractedRelation;
import dev.newsgraph.extract.Extraction;
import dev.newsgraph.extract.MentionSpan;

/**
 * An article's extraction with the merge decisions applied: every merged id becomes the id it was merged into, two
 * entities that became one are combined (mentions, spans, aliases), and a fact between them disappears. Pure: the
 * decisions come in as a function from id to id.
 */
final class MergedExtraction {

    private MergedExtraction() {
    }

    static Extraction apply(Extraction x, UnaryOperator<String> resolve) {
        Map<String, List<ExtractedEntity>> byId = new LinkedHashMap<>();
        boolean changed = false;
        for (ExtractedEntity e : x.entities()) {
            String id = resolve.apply(e.id());
            changed |= !id.equals(e.id());
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
        }
        if (!changed) {
            return x;
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        byId.forEach((id, group) -> entities.add(combine(id, group)));
        List<ExtractedRelation> relations = new ArrayList<>();
        for (ExtractedRelation r : x.relations()) {
            String source = resolve.apply(r.sourceId());
            String target = resolve.apply(r.targetId());
            if (!source.equals(target)) {
                relations.add(new ExtractedRelation(r.type(), source, target, r.properties(), r.evidence()));
            }
        }
        return new Extraction(x.sentences(), entities, relations);
    }

    /** One entity from those that share an id now: the kept one's name and type when it is among them. */
    private static ExtractedEntity combine(String id, List<ExtractedEntity> group) {
        ExtractedEntity lead = group.stream().filter(e -> e.id().equals(id)).findFirst().orElse(group.get(0));
        Set<String> aliases = new LinkedHashSet<>();
        Map<String, String> attributes = new TreeMap<>();
        List<MentionSpan> spans = new ArrayList<>();
        int mentions = 0;
        for (ExtractedEntity e : group) {
            aliases.addAll(e.aliases());
            aliases.add(e.name());
            e.attributes().forEach(attributes::putIfAbsent);
            spans.addAll(e.mentionSpans());
            mentions += e.mentions();
        }
        aliases.remove(lead.name());
        attributes.putAll(lead.attributes());
        spans.sort(Comparator.comparingInt(MentionSpan::start));
        return new ExtractedEntity(id, lead.type(), lead.name(), List.copyOf(aliases), attributes, mentions, spans);
    }
}
