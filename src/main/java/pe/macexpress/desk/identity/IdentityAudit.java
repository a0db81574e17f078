package pe.macexpress.desk.identity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.store.Database;

/**
 * Who asked PIDE about whom, when, from which workstation, for which attention, and what came back.
 * In the database, never in log files: the document number is personal data.
 */
public final class IdentityAudit {
    private final Database db;
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

    public IdentityAudit(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(QueryContext context, Document document, String service, IdentityResult result, long elapsedMs) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_audit (at, advisor_id, workstation_id,"
                    + " reference, doc_type, doc_number, service, outcome, code, cached, elapsed_ms, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, clock.millis());
                ps.setString(2, context.advisorId());
                ps.setString(3, context.workstationId());
                ps.setString(4, context.reference());
                ps.setString(5, document.type().code());
                ps.setString(6, document.number());
                ps.setString(7, service);
                ps.setString(8, result.outcome().name());
                ps.setString(9, result.code());
                ps.setInt(10, result.cached() ? 1 : 0);
                ps.setLong(11, elapsedMs);
                ps.setString(12, result.reason().length() > 200 ? result.reason().substring(0, 200) : result.reason());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Newest first. */
    public List<Entry> recent(int limit) {
        return query("SELECT * FROM identity_audit ORDER BY id DESC LIMIT ?", ps -> ps.setInt(1, limit));
    }

    /** Rows for one attention or visit, oldest first. */
    public List<Entry> forReference(String reference) {
        return query("SELECT * FROM identity_audit WHERE reference = ? ORDER BY id", ps -> ps.setString(1, reference));
    }

    /** Queries sent to the service (not served from the cache) since {@code since}: the quota used. */
    public int liveQueriesSince(Instant since) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM identity_audit WHERE cached = 0 AND at >= ? AND reason NOT LIKE 'circuit open%'")) {
                ps.setLong(1, since.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws java.sql.SQLException;
    }

    private List<Entry> query(String sql, Binder binder) {
        return db.read(c -> {
            List<Entry> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DocumentType type = DocumentType.fromCode(rs.getString("doc_type")).orElse(DocumentType.DNI);
                        list.add(new Entry(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at")),
                                rs.getString("advisor_id"), rs.getString("workstation_id"), rs.getString("reference"),
                                new Document(type, rs.getString("doc_number"), ""), rs.getString("service"),
                                IdentityOutcome.valueOf(rs.getString("outcome")), rs.getString("code"),
                                rs.getInt("cached") == 1, rs.getLong("elapsed_ms"), rs.getString("reason")));
                    }
                }
            }
            return list;
        });
    }
}
