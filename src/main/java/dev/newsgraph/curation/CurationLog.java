package dev.newsgraph.curation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.newsgraph.live.LiveEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The audit list of curation decisions: written once per decision that changed something, read newest first. */
@ApplicationScoped
public class CurationLog {

    @Inject
    LiveEvents live;

    private static final Logger LOG = Logger.getLogger(CurationLog.class);

    /** A page of the list, newest first, and whether older entries follow. */
    public record Page(List<CurationRecord> records, boolean hasMore, long total) {
    }

    /**
     * Records a decision in its own transaction, logs it, so that operators see curation in the logs too, and tells
     * the live subscribers of each entity it changed.
     */
    public CurationRecord record(String actor, String action, String target, String detail, List<String> changed) {
        CurationRecord r = new CurationRecord();
        r.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        r.actor = actor;
        r.action = action;
        r.target = target;
        r.detail = detail;
        QuarkusTransaction.requiringNew().run(r::persist);
        LOG.infof("curation by %s: %s %s (%s)", actor, action, target, detail);
        changed.forEach(id -> live.entityChanged(new LiveEvents.EntityChanged(id, action, null)));
        return r;
    }

    /** Up to {@code size} entries older than the one with id {@code before} (all when null), newest first. */
    public Page page(int size, Long before) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<CurationRecord> rows = (before == null
                    ? CurationRecord.<CurationRecord> find("order by id desc")
                    : CurationRecord.<CurationRecord> find("id < ?1 order by id desc", before))
                    .range(0, size).list();
            boolean hasMore = rows.size() > size;
            return new Page(rows.subList(0, Math.min(size, rows.size())), hasMore, CurationRecord.count());
        });
    }
}
