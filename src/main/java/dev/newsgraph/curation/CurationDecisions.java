package dev.newsgraph.curation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.extract.EntityType;
import dev.newsgraph.extract.ExtractedEntity;
import dev.newsgraph.extract.Extraction;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The decisions people made about the graph: which entity ids stand for another (merges), the names and types
 * they gave entities, and the facts they retracted. Kept in the store and read into memory once; every projection applies them ({@link #apply}), so that they
 * hold for later articles and for a rebuild. One instance serves one process: several processes sharing a store
 * would need to reload after each other's decisions.
 */
@ApplicationScoped
public class CurationDecisions {

    /** The decisions in force, read from the store: merged id -> kept id, id -> name and type, fact key -> reason. */
    private record Snapshot(Map<String, String> keepByMerged, Map<String, String> names, Map<String, EntityType> types,
            Map<String, String> retractions, Map<String, List<SplitExtraction.Split>> splits) {
    }

    private volatile Snapshot snapshot;

    /** The id an entity id stands for now: itself, or the entity it was merged into. */
    public String resolve(String id) {
        return current().keepByMerged().getOrDefault(id, id);
    }

    /** The extraction with the merges applied, then the names and types people gave. */
    public Extraction apply(Extraction extraction) {
        Snapshot s = current();
        Extraction merged = s.keepByMerged().isEmpty() ? extraction
                : MergedExtraction.apply(extraction, id -> s.keepByMerged().getOrDefault(id, id));
        if (!s.splits().isEmpty()) {
            merged = SplitExtraction.apply(merged, s.splits());
        }
        if (merged.entities().stream().noneMatch(e -> s.names().containsKey(e.id()) || s.types().containsKey(e.id()))) {
            return merged;
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        for (ExtractedEntity e : merged.entities()) {
            String name = s.names().getOrDefault(e.id(), e.name());
            Set<String> aliases = new LinkedHashSet<>(e.aliases());
            aliases.add(e.name()); // the extracted name stays findable
            aliases.remove(name);
            entities.add(new ExtractedEntity(e.id(), s.types().getOrDefault(e.id(), e.type()), name,
                    List.copyOf(aliases), e.attributes(), e.mentions(), e.mentionSpans()));
        }
        return new Extraction(merged.sentences(), entities, merged.relations());
    }

    /**
     * Records that each of {@code merged} is {@code keep} from now on, and that whatever was merged into one of them
     * before is {@code keep} too. The caller has checked that {@code keep} is no merged id and not among them.
     */
    public void merge(String keep, List<String> merged) {
        update(() -> {
            EntityDecisionRecord.update("mergedInto = ?1 where mergedInto in ?2", keep, merged);
            merged.forEach(id -> save(id, r -> r.mergedInto = keep));
        });
    }

    /** The facts people retracted: fact key -> why. */
    public Map<String, String> retractions() {
        return current().retractions();
    }

    /** Records that a fact is retracted, and why. */
    public void retract(String factKey, String reason) {
        update(() -> {
            FactRetractionRecord r = FactRetractionRecord.findById(factKey);
            if (r == null) {
                r = new FactRetractionRecord();
                r.factKey = factKey;
            }
            r.reason = reason;
            r.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            r.persist();
        });
    }

    /** Records that where the entity is named {@code alias}, it is the entity {@code targetId} (named so). */
    public void split(String entityId, String alias, String targetId, String targetName) {
        update(() -> {
            String key = entityId + "\n" + alias.toLowerCase(java.util.Locale.ROOT);
            AliasSplitRecord r = AliasSplitRecord.findById(key);
            if (r == null) {
                r = new AliasSplitRecord();
                r.splitKey = key;
            }
            r.entityId = entityId;
            r.alias = alias;
            r.targetId = targetId;
            r.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
            r.persist();
            names(targetId, targetName);
            // a split that takes back a merge ("these two were not one"): the merged id stands for itself again
            EntityDecisionRecord.update("mergedInto = null where entityId = ?1", targetId);
        });
    }

    private static void names(String id, String name) {
        EntityDecisionRecord r = EntityDecisionRecord.findById(id);
        if (r == null || r.name == null) {
            save(id, d -> d.name = name);
        }
    }

    /** Records a new name for the entity. */
    public void rename(String id, String name) {
        update(() -> save(id, r -> r.name = name));
    }

    /** Records a new type for the entity. */
    public void setType(String id, EntityType type) {
        update(() -> save(id, r -> r.type = type.label()));
    }

    private synchronized void update(Runnable change) {
        QuarkusTransaction.requiringNew().run(change);
        snapshot = load();
    }

    private static void save(String id, Consumer<EntityDecisionRecord> change) {
        EntityDecisionRecord r = EntityDecisionRecord.findById(id);
        if (r == null) {
            r = new EntityDecisionRecord();
            r.entityId = id;
        }
        change.accept(r);
        r.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.persist();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private static Snapshot load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> keep = new HashMap<>();
            Map<String, String> names = new HashMap<>();
            Map<String, EntityType> types = new HashMap<>();
            for (EntityDecisionRecord r : EntityDecisionRecord.<EntityDecisionRecord> listAll()) {
                if (r.mergedInto != null) {
                    keep.put(r.entityId, r.mergedInto);
                }
                if (r.name != null) {
                    names.put(r.entityId, r.name);
                }
                if (r.type != null) {
                    types.put(r.entityId, byLabel(r.type));
                }
            }
            Map<String, String> retractions = new HashMap<>();
            for (FactRetractionRecord r : FactRetractionRecord.<FactRetractionRecord> listAll()) {
                retractions.put(r.factKey, r.reason);
            }
            Map<String, List<SplitExtraction.Split>> splits = new HashMap<>();
            for (AliasSplitRecord r : AliasSplitRecord.<AliasSplitRecord> listAll()) {
                splits.computeIfAbsent(r.entityId, k -> new ArrayList<>())
                        .add(new SplitExtraction.Split(r.alias, r.targetId, names.getOrDefault(r.targetId, r.alias)));
            }
            return new Snapshot(Map.copyOf(keep), Map.copyOf(names), Map.copyOf(types), Map.copyOf(retractions),
                    Map.copyOf(splits));
        });
    }

    private static EntityType byLabel(String label) {
        for (EntityType t : EntityType.values()) {
            if (t.label().equals(label)) {
                return t;
            }
        }
        throw new IllegalStateException("unknown entity type in the store: " + label);
    }
}
