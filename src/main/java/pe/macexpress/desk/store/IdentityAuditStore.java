package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;

/** The {@code identity_audit} table: one row per identity query, in the database, never in logs. */
public final class IdentityAuditStore {
    private static final int REASON_MAX = 200;

    private final Database db;

    IdentityAuditStore(Database db) {
        this.db = db;
    }

    public void record(IdentityAuditRow row) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_audit (at, advisor_id, workstation_id,"
                    + " reference, doc_type, doc_number, service, outcome, code, cached, elapsed_ms, reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, row.at().toEpochMilli());
                ps.setString(2, row.advisorId());
                ps.setString(3, row.workstationId());
                ps.setString(4, row.reference());
                ps.setString(5, row.document().type().code());
                ps.setString(6, db.sealing().seal(row.document().number()));
                ps.setString(7, row.service());
                ps.setString(8, row.outcome());
                ps.setString(9, row.code());
                ps.setInt(10, row.cached() ? 1 : 0);
                ps.setLong(11, row.elapsedMs());
                String reason = row.reason();
                ps.setString(12, reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Newest first. */
    public List<IdentityAuditRow> recent(int limit) {
        return query("SELECT * FROM identity_audit ORDER BY id DESC LIMIT ?", ps -> ps.setInt(1, limit));
    }

    /** Rows for one attention or visit, oldest first. */
    public List<IdentityAuditRow> forReference(String reference) {
        return query("SELECT * FROM identity_audit WHERE reference = ? ORDER BY id", ps -> ps.setString(1, reference));
    }

    /** Queries sent to the service (not served from the cache, not refused by the breaker) since {@code since}. */
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
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<IdentityAuditRow> query(String sql, Binder binder) {
        return db.read(c -> {
            List<IdentityAuditRow> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DocumentType type = DocumentType.fromCode(rs.getString("doc_type")).orElse(DocumentType.DNI);
                        list.add(new IdentityAuditRow(rs.getLong("id"), Instant.ofEpochMilli(rs.getLong("at")),
                                rs.getString("advisor_id"), rs.getString("workstation_id"), rs.getString("reference"),
                                new Document(type, db.sealing().open(rs.getString("doc_number")), ""), rs.getString("service"),
                                rs.getString("outcome"), rs.getString("code"), rs.getInt("cached") == 1,
                                rs.getLong("elapsed_ms"), rs.getString("reason")));
                    }
                }
            }
            return list;
        });
    }
}
