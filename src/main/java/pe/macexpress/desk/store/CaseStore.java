package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;

/**
 * Cases ({@code follow_up}): opened with their attention, updated by the central's results, closed
 * by a final answer. An advisor's closure is queued in the outbox as a record of kind
 * {@value #OUTBOX_KIND}, in the same transaction.
 */
public final class CaseStore {
    public static final String OUTBOX_KIND = "closure";
    /** Closed cases the follow-up screen lists at most (open ones are all listed). */
    public static final int CLOSED_SHOWN = 500;

    private static final String SELECT = "SELECT f.attention_id, a.code, a.procedure_id, a.point_id, a.doc_type,"
            + " a.doc_number, a.doc_check, a.citizen_names, f.reason, f.awaiting, f.opened_at, f.due_date,"
            + " f.result_status, f.result_note, f.result_at, f.result_unread, f.answer, f.answer_reason, f.closed_at,"
            + " f.closed_by, f.closure_id FROM follow_up f JOIN attention a ON a.id = f.attention_id";

    private final Database db;
    private final Outbox outbox;
    private final Clock clock;

    CaseStore(Database db, Outbox outbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Opens the case of an attention in the caller's transaction (the one saving it); a second open is ignored. */
    public void open(Transaction tx, UUID attentionId, CaseReason reason, String awaiting, Instant openedAt,
                     LocalDate due) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT OR IGNORE INTO follow_up"
                + " (attention_id, reason, awaiting, opened_at, due_date) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, attentionId.toString());
            ps.setString(2, reason.code());
            ps.setString(3, awaiting == null ? "" : db.sealing().seal(awaiting.strip()));
            ps.setLong(4, openedAt.toEpochMilli());
            ps.setString(5, due.toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    public Optional<FollowUpCase> find(UUID attentionId) {
        return first(SELECT + " WHERE f.attention_id = ?", attentionId.toString());
    }

    public Optional<FollowUpCase> findByCode(String code) {
        return first(SELECT + " WHERE a.code = ?", code);
    }

    /** Every open case, and the latest {@value #CLOSED_SHOWN} closed ones unless {@code openOnly}. */
    public List<FollowUpCase> list(boolean openOnly) {
        return db.read(c -> {
            List<FollowUpCase> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE f.state = 'open' ORDER BY f.due_date")) {
                all.addAll(readAll(ps, db.sealing()));
            }
            if (!openOnly) {
                try (PreparedStatement ps = c.prepareStatement(SELECT
                        + " WHERE f.state = 'closed' ORDER BY f.closed_at DESC LIMIT " + CLOSED_SHOWN)) {
                    all.addAll(readAll(ps, db.sealing()));
                }
            }
            return all;
        });
    }

    /** A citizen's cases at this workstation, open first. */
    public List<FollowUpCase> ofDocument(DocumentType type, String number) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT
                    + " WHERE a.doc_blind = ? AND a.doc_type = ? ORDER BY f.state DESC, f.due_date")) {
                ps.setString(1, db.sealing().blind(number));
                ps.setString(2, type.code());
                return readAll(ps, db.sealing());
            }
        });
    }

    /** The cases closed by the closure records among {@code closureIds} (what sync sends). */
    public List<FollowUpCase> findClosures(Collection<UUID> closureIds) {
        return db.read(c -> {
            List<FollowUpCase> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE f.closure_id = ?")) {
                for (UUID id : closureIds) {
                    ps.setString(1, id.toString());
                    found.addAll(readAll(ps, db.sealing()));
                }
            }
            return found;
        });
    }

    /**
     * Closes an open case with the advisor's final answer and queues the closure record, in one
     * transaction. False when the case is unknown or already closed (nothing changes).
     */
    public boolean close(UUID attentionId, CaseAnswer answer, String reason, String advisorId) {
        return db.write(c -> {
            UUID closureId = UUID.randomUUID();
            long now = clock.millis();
            try (PreparedStatement ps = c.prepareStatement("UPDATE follow_up SET state = 'closed', answer = ?,"
                    + " answer_reason = ?, closed_at = ?, closed_by = ?, closure_id = ?, result_unread = 0"
                    + " WHERE attention_id = ? AND state = 'open'")) {
                ps.setString(1, answer.code());
                ps.setString(2, reason == null ? "" : db.sealing().seal(reason.strip()));
                ps.setLong(3, now);
                ps.setString(4, advisorId);
                ps.setString(5, closureId.toString());
                ps.setString(6, attentionId.toString());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            outbox.enqueue(OUTBOX_KIND, closureId, OutboxChange.CREATED, now);
            return true;
        });
    }

    /**
     * Records the entity's result received from the central, in the caller's transaction: unread
     * until an advisor opens the case; "entregado" also closes it (by the central: no closure record
     * goes back). The same result again changes nothing. False when nothing changed.
     */
    public boolean applyResult(Transaction tx, UUID attentionId, CaseAnswer status, String note, Instant at) {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE follow_up SET result_status = ?,"
                + " result_note = ?, result_at = ?, result_unread = 1 WHERE attention_id = ?"
                + " AND (result_at IS NULL OR result_at < ? OR (result_at = ? AND result_status IS NOT ?))")) {
            ps.setString(1, status.code());
            ps.setString(2, note == null ? "" : db.sealing().seal(note.strip()));
            ps.setLong(3, at.toEpochMilli());
            ps.setString(4, attentionId.toString());
            ps.setLong(5, at.toEpochMilli());
            ps.setLong(6, at.toEpochMilli());
            ps.setString(7, status.code());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
        if (status == CaseAnswer.ENTREGADO) {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE follow_up SET state = 'closed',"
                    + " answer = ?, answer_reason = ?, closed_at = ?, closed_by = ? WHERE attention_id = ?"
                    + " AND state = 'open'")) {
                ps.setString(1, status.code());
                ps.setString(2, note == null ? "" : db.sealing().seal(note.strip()));
                ps.setLong(3, at.toEpochMilli());
                ps.setString(4, FollowUpCase.Closing.BY_CENTRAL);
                ps.setString(5, attentionId.toString());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw StoreException.from(e);
            }
        }
        return true;
    }

    /** An advisor opened the case: its result is no longer news. */
    public void markRead(UUID attentionId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE follow_up SET result_unread = 0 WHERE attention_id = ?")) {
                ps.setString(1, attentionId.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public CaseCounts counts(LocalDate today) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT"
                    + " count(*) FILTER (WHERE state = 'open'),"
                    + " count(*) FILTER (WHERE state = 'open' AND result_status IS NULL AND due_date < ?),"
                    + " count(*) FILTER (WHERE state = 'open' AND result_status IS NULL AND due_date >= ? AND due_date < ?),"
                    + " count(*) FILTER (WHERE result_unread = 1) FROM follow_up")) {
                ps.setString(1, today.toString());
                ps.setString(2, today.toString());
                ps.setString(3, today.plusDays(7).toString());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new CaseCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
                }
            }
        });
    }

    private Optional<FollowUpCase> first(String sql, String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, key);
                return readAll(ps, db.sealing()).stream().findFirst();
            }
        });
    }

    private static List<FollowUpCase> readAll(PreparedStatement ps, Sealing sealing) throws SQLException {
        List<FollowUpCase> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                DocumentType type = DocumentType.fromCode(rs.getString("doc_type"))
                        .orElseThrow(() -> new SQLException("unknown document type in row"));
                String status = rs.getString("result_status");
                FollowUpCase.Result result = status == null ? null : new FollowUpCase.Result(
                        CaseAnswer.fromCode(status).orElseThrow(() -> new SQLException("unknown result in row")),
                        sealing.open(rs.getString("result_note")), Instant.ofEpochMilli(rs.getLong("result_at")),
                        rs.getInt("result_unread") == 1);
                String answer = rs.getString("answer");
                String closureId = rs.getString("closure_id");
                FollowUpCase.Closing closing = answer == null ? null : new FollowUpCase.Closing(
                        closureId == null ? null : UUID.fromString(closureId),
                        CaseAnswer.fromCode(answer).orElseThrow(() -> new SQLException("unknown answer in row")),
                        sealing.open(rs.getString("answer_reason")), Instant.ofEpochMilli(rs.getLong("closed_at")),
                        rs.getString("closed_by"));
                list.add(new FollowUpCase(UUID.fromString(rs.getString("attention_id")), rs.getString("code"),
                        rs.getString("procedure_id"), rs.getString("point_id"),
                        new Document(type, sealing.open(rs.getString("doc_number")), sealing.open(rs.getString("doc_check"))),
                        sealing.open(rs.getString("citizen_names")),
                        CaseReason.fromCode(rs.getString("reason")).orElseThrow(() -> new SQLException("unknown reason")),
                        sealing.open(rs.getString("awaiting")), Instant.ofEpochMilli(rs.getLong("opened_at")),
                        LocalDate.parse(rs.getString("due_date")), result, closing));
            }
        }
        return list;
    }
}
