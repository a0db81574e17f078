package pe.macexpress.desk.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.AuditEvent;
import pe.macexpress.desk.security.AuditTrail;
import pe.macexpress.desk.store.IdentityAuditRow;
import pe.macexpress.desk.store.IdentityAuditStore;

/**
 * Who asked PIDE about whom, when, from which workstation, for which attention, and what came back.
 * In the database, never in log files: the document number is personal data.
 */
public final class IdentityAudit {
    private final IdentityAuditStore store;
    private final AuditTrail chain;
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

    /** @param chain the audit chain (issue 15): every query is a row there, written before it is sent */
    public IdentityAudit(IdentityAuditStore store, AuditTrail chain, Clock clock) {
        this.store = store;
        this.chain = chain;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    /**
     * The query's evidence, before it is sent: who, why, about which document (stored as a blind
     * index), for which service, visit and workstation. Throws (StoreException) when it cannot be written.
     */
    public void beforeQuery(QueryContext context, Document document, String service) {
        chain.record(new AuditEvent(context.advisorId(), AuditActions.IDENTITY_QUERY, context.purpose(),
                document.type().code() + ":" + document.number(),
                "service=" + service + " ws=" + context.workstationId() + " ref=" + context.reference()));
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
