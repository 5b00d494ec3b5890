package dev.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The relations of one article, one per type and pair (and title, for roles): the most confident reading wins. */
final class RelationSet {

    private final Map<String, Relation> byKey = new LinkedHashMap<>();

    void add(RelationType type, Entity src, Entity dst, Map<String, String> props, ArticleSentence s, double conf) {
        if (src == null || dst == null || src == dst || conf <= 0) {
            return;
        }
        Entity a = src;
        Entity b = dst;
        if (type.symmetric() && a.id.compareTo(b.id) > 0) {
            a = dst;
            b = src;
        }
        String key = type + "|" + a.id + "|" + b.id + "|" + (type == RelationType.HOLDS_ROLE ? props.getOrDefault("title", "") : "");
        Relation r = byKey.get(key);
        if (r == null || conf > r.conf()) {
            byKey.put(key, new Relation(type, a, b, props, s, Math.min(1.0, conf)));
        }
    }

    Collection<Relation> all() {
        return byKey.values();
    }

    /** Re-adds every relation with its ends mapped (merged entities), leaving out those whose end maps to null. */
    void remap(UnaryOperator<Entity> map) {
        List<Relation> old = new ArrayList<>(byKey.values());
        byKey.clear();
        for (Relation r : old) {
            Entity a = map.apply(r.src());
            Entity b = map.apply(r.dst());
            if (a != null && b != null) {
                add(r.type(), a, b, r.props(), r.sentence(), r.conf());
            }
        }
    }
}
