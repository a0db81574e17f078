package pe.macexpress.desk.identity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.Database;

/**
 * Attentions whose later verification did not match what was recorded at the counter (other names,
 * or RENIEC/MIGRACIONES has no such document): listed for the supervisor until resolved. Also the
 * query of attentions still waiting for verification that the background re-verifier works on.
 */
public final class IdentityFlags {

    public enum Reason {
        NAMES_DIFFER, NOT_FOUND, INVALID_DOCUMENT;

        public String messageKey() {
            return "identity.flag.reason." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    /** An attention waiting for verification. {@link #toString()} hides document and names. */
    public record Pending(UUID attentionId, String advisorId, Document document, String recordedNames) {
        @Override
        public String toString() {
            return "Pending[" + attentionId + " " + document + "]";
        }
    }

    /** A flagged attention, for the supervisor's list. {@link #toString()} hides document and names. */
    public record Flagged(UUID attentionId, String attentionCode, String advisorId, Instant startedAt,
                          Document document, String recordedNames, Reason reason, String code, String pideNames,
                          Instant flaggedAt) {
        @Override
        public String toString() {
            return "Flagged[" + attentionCode + " " + reason + " " + document + "]";
        }
    }

    private final Database db;
    private final Clock clock;

    public IdentityFlags(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Attentions still PENDING and not flagged, oldest first (DNI and CE only: the others have no service). */
    public List<Pending> pending(int limit) {
        return db.read(c -> {
            List<Pending> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.advisor_id, a.doc_type, a.doc_number,"
                    + " a.doc_check, a.citizen_names FROM attention a LEFT JOIN identity_flag f ON f.attention_id = a.id"
                    + " WHERE a.verification = ? AND f.attention_id IS NULL AND a.doc_type IN (?, ?)"
                    + " ORDER BY a.started_at LIMIT ?")) {
                ps.setString(1, VerificationState.PENDING.code());
                ps.setString(2, DocumentType.DNI.code());
                ps.setString(3, DocumentType.CE.code());
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DocumentType type = DocumentType.fromCode(rs.getString(3)).orElseThrow();
                        list.add(new Pending(UUID.fromString(rs.getString(1)), rs.getString(2),
                                new Document(type, rs.getString(4), rs.getString(5)), rs.getString(6)));
                    }
                }
            }
            return list;
        });
    }

    public void flag(UUID attentionId, Reason reason, String code, String pideNames) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_flag (attention_id, reason, code,"
                    + " pide_names, flagged_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(attention_id) DO UPDATE SET"
                    + " reason = excluded.reason, code = excluded.code, pide_names = excluded.pide_names,"
                    + " flagged_at = excluded.flagged_at, resolved_at = NULL, resolved_by = NULL")) {
                ps.setString(1, attentionId.toString());
                ps.setString(2, reason.name());
                ps.setString(3, code == null ? "" : code);
                ps.setString(4, pideNames == null ? "" : pideNames);
                ps.setLong(5, clock.millis());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Open flags (not yet resolved by a supervisor), oldest first. */
    public List<Flagged> open() {
        return db.read(c -> {
            List<Flagged> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.code, a.advisor_id, a.started_at,"
                    + " a.doc_type, a.doc_number, a.doc_check, a.citizen_names, f.reason, f.code, f.pide_names,"
                    + " f.flagged_at FROM identity_flag f JOIN attention a ON a.id = f.attention_id"
                    + " WHERE f.resolved_at IS NULL ORDER BY f.flagged_at, a.started_at");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DocumentType type = DocumentType.fromCode(rs.getString(5)).orElse(DocumentType.DNI);
                    list.add(new Flagged(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4)), new Document(type, rs.getString(6), rs.getString(7)),
                            rs.getString(8), Reason.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11),
                            Instant.ofEpochMilli(rs.getLong(12))));
                }
            }
            return list;
        });
    }

    public int openCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM identity_flag WHERE resolved_at IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    /** The supervisor looked at it. Returns false when there was no open flag. */
    public boolean resolve(UUID attentionId, String supervisorId) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE identity_flag SET resolved_at = ?, resolved_by = ?"
                    + " WHERE attention_id = ? AND resolved_at IS NULL")) {
                ps.setLong(1, clock.millis());
                ps.setString(2, supervisorId);
                ps.setString(3, attentionId.toString());
                return ps.executeUpdate() == 1;
            }
        });
    }
}
