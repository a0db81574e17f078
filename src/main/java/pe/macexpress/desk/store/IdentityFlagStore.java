package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.VerificationState;

/**
 * The {@code identity_flag} table (attentions whose later verification did not match, for the
 * supervisor) and the question the background re-verifier asks: which attentions still wait.
 */
public final class IdentityFlagStore {
    private final Database db;

    IdentityFlagStore(Database db) {
        this.db = db;
    }

    /** Attentions still PENDING and not flagged, oldest first (DNI and CE only: the others have no service). */
    public List<PendingVerification> pending(int limit) {
        return db.read(c -> {
            List<PendingVerification> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.advisor_id, a.doc_type, a.doc_number,"
                    + " a.doc_check, a.citizen_names FROM attention a LEFT JOIN identity_flag f ON f.attention_id = a.id"
                    + " WHERE a.verification = ? AND f.attention_id IS NULL AND a.doc_type IN (?, ?)"
                    // Issue 15 (purge): a purged attention has no document left to verify.
                    + " AND a.purged_at IS NULL"
                    + " ORDER BY a.started_at LIMIT ?")) {
                ps.setString(1, VerificationState.PENDING.code());
                ps.setString(2, DocumentType.DNI.code());
                ps.setString(3, DocumentType.CE.code());
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DocumentType type = DocumentType.fromCode(rs.getString(3)).orElseThrow();
                        list.add(new PendingVerification(UUID.fromString(rs.getString(1)), rs.getString(2),
                                new Document(type, open(rs.getString(4)), open(rs.getString(5))), open(rs.getString(6))));
                    }
                }
            }
            return list;
        });
    }

    /** Flags (or flags again, re-opened) an attention. */
    public void flag(UUID attentionId, String reason, String code, String pideNames, Instant at) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_flag (attention_id, reason, code,"
                    + " pide_names, flagged_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(attention_id) DO UPDATE SET"
                    + " reason = excluded.reason, code = excluded.code, pide_names = excluded.pide_names,"
                    + " flagged_at = excluded.flagged_at, resolved_at = NULL, resolved_by = NULL")) {
                ps.setString(1, attentionId.toString());
                ps.setString(2, reason);
                ps.setString(3, code == null ? "" : code);
                ps.setString(4, pideNames == null ? "" : db.sealing().seal(pideNames));
                ps.setLong(5, at.toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Open flags (not yet resolved by a supervisor), oldest first. */
    public List<IdentityFlagRow> open() {
        return db.read(c -> {
            List<IdentityFlagRow> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.code, a.advisor_id, a.started_at,"
                    + " a.doc_type, a.doc_number, a.doc_check, a.citizen_names, f.reason, f.code, f.pide_names,"
                    + " f.flagged_at FROM identity_flag f JOIN attention a ON a.id = f.attention_id"
                    + " WHERE f.resolved_at IS NULL ORDER BY f.flagged_at, a.started_at");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DocumentType type = DocumentType.fromCode(rs.getString(5)).orElse(DocumentType.DNI);
                    list.add(new IdentityFlagRow(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4)), new Document(type, open(rs.getString(6)), open(rs.getString(7))),
                            open(rs.getString(8)), rs.getString(9), rs.getString(10), open(rs.getString(11)),
                            Instant.ofEpochMilli(rs.getLong(12))));
                }
            }
            return list;
        });
    }

    public int openCount() {
        return db.read(c -> (int) SqliteFiles.scalar(c, "SELECT count(*) FROM identity_flag WHERE resolved_at IS NULL"));
    }

    private String open(String stored) {
        return db.sealing().open(stored);
    }

    /** A supervisor looked at it. Returns false when there was no open flag. */
    public boolean resolve(UUID attentionId, String supervisorId, Instant at) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE identity_flag SET resolved_at = ?, resolved_by = ?"
                    + " WHERE attention_id = ? AND resolved_at IS NULL"
                    // Issue 15 (roles): never by the advisor who served the attention.
                    + " AND NOT EXISTS (SELECT 1 FROM attention a WHERE a.id = identity_flag.attention_id"
                    + " AND a.advisor_id = ?)")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, supervisorId);
                ps.setString(3, attentionId.toString());
                ps.setString(4, supervisorId);
                return ps.executeUpdate() == 1;
            }
        });
    }
}
