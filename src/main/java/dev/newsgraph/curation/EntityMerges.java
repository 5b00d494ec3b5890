package dev.newsgraph.curation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dev.newsgraph.extract.Extraction;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The merge decisions: which entity ids stand for another from now on. Kept in the store and read into memory
 * once; every projection applies them ({@link #apply}), so a merge holds for later articles and for a rebuild.
 * One instance serves one process: several processes would need to reload after each other's merges.
 */
@ApplicationScoped
public class EntityMerges {

    private volatile Map<String, String> keepByMerged;

    /** The id an entity id stands for now: itself, or the entity it was merged into. */
    public String resolve(String id) {
        return snapshot().getOrDefault(id, id);
    }

    /** The extraction with every merged id replaced by the one it was merged into. */
    public Extraction apply(Extraction extraction) {
        Map<String, String> map = snapshot();
        return map.isEmpty() ? extraction : MergedExtraction.apply(extraction, id -> map.getOrDefault(id, id));
    }

    /**
     * Records that each of {@code merged} is {@code keep} from now on, and that whatever was merged into one of them
     * before is {@code keep} too. The caller has checked that {@code keep} is no merged id and not among them.
     */
    public synchronized void record(String keep, List<String> merged) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        QuarkusTransaction.requiringNew().run(() -> {
            EntityMergeRecord.update("keepId = ?1 where keepId in ?2", keep, merged);
            for (String id : merged) {
                EntityMergeRecord r = EntityMergeRecord.findById(id);
                if (r == null) {
                    r = new EntityMergeRecord();
                    r.mergedId = id;
                }
                r.keepId = keep;
                r.at = now;
                r.persist();
            }
        });
        keepByMerged = load();
    }

    private Map<String, String> snapshot() {
        Map<String, String> map = keepByMerged;
        if (map == null) {
            map = load();
            keepByMerged = map;
        }
        return map;
    }

    private static Map<String, String> load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> map = new HashMap<>();
            for (EntityMergeRecord r : EntityMergeRecord.<EntityMergeRecord> listAll()) {
                map.put(r.mergedId, r.keepId);
            }
            return Map.copyOf(map);
        });
    }
}
