package pe.macexpress.desk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.IdentityAuditRow;
import pe.macexpress.desk.store.IdentityAuditStore;

/**
 * Who asked PIDE about whom, when, from which workstation, for which attention, and what came back.
 * In the database, never in log files: the document number is personal data.
 */
public final class IdentityAudit {
    private final IdentityAuditStore store;
    private final Clock clock;

    /** One audit row. {@link #toString()} masks the document. */
    public record Entry(long id, Instant at, String advisorId, String workstationId, String reference,
                        Document document, String service, IdentityOutcome outcome, String code, boolean cached,
                        long elapsedMs, String reason) {
        @Override
        public String toString() {
            return "AuditEntry[" + id + " " + at + " " + advisorId + " " + document + " " + outcome + "]";
        }
    }

    public IdentityAudit(IdentityAuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(QueryContext context, Document document, String service, IdentityResult result, long elapsedMs) {
        store.record(new IdentityAuditRow(0, clock.instant(), context.advisorId(), context.workstationId(),
                context.reference(), document, service, result.outcome().name(), result.code(), result.cached(),
                elapsedMs, result.reason()));
    }

    /** Rows for one attention or visit, oldest first. */
    public List<Entry> forReference(String reference) {
        return store.forReference(reference).stream().map(IdentityAudit::entry).toList();
    }

    /** Queries sent to the service (not served from the cache) since {@code since}: the quota used. */
    public int liveQueriesSince(Instant since) {
        return store.liveQueriesSince(since);
    }

    private static Entry entry(IdentityAuditRow r) {
        return new Entry(r.id(), r.at(), r.advisorId(), r.workstationId(), r.reference(), r.document(), r.service(),
                IdentityOutcome.valueOf(r.outcome()), r.code(), r.cached(), r.elapsedMs(), r.reason());
    }
}
