package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pe.macexpress.desk.core.Arrival;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.core.VerificationState;

/** Attentions and their outbox entries. Every change that must reach the centre enqueues itself. */
public final class AttentionStore {
    /** The outbox kind of attentions; the sync kind that sends them uses the same name. */
    public static final String OUTBOX_KIND = "attention";

    private final Database db;
    private final Outbox outbox;
    private final Clock clock;

    AttentionStore(Database db, Outbox outbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Commits the attention and its outbox entry in one transaction; returns once on disk. */
    public void save(Attention a) {
        db.write(c -> {
            insert(a);
            outbox.enqueue(OUTBOX_KIND, a.id(), OutboxChange.CREATED, clock.millis());
            return null;
        });
    }

    /** Adds the attention and its outbox entry to {@code tx}: saved together with what the caller adds (a capture). */
    public void save(Transaction tx, Attention a) {
        try {
            insert(a);
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
        outbox.enqueue(tx, OUTBOX_KIND, a.id(), OutboxChange.CREATED);
    }

    /** Records a later identity verification (background retry) and queues it for the centre. */
    public boolean updateVerification(UUID id, VerificationState state, String code, String names) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE attention SET verification = ?, verification_code = ?,"
                            + " citizen_names = CASE WHEN ? = '' THEN citizen_names ELSE ? END WHERE id = ?")) {
                ps.setString(1, state.code());
                ps.setString(2, code == null ? "" : code);
                ps.setString(3, names == null ? "" : names);
                ps.setString(4, names == null ? "" : db.sealing().seal(names));
                ps.setString(5, id.toString());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            outbox.enqueue(OUTBOX_KIND, id, OutboxChange.CHANGED, clock.millis());
            return true;
        });
    }

    /**
     * Records an identity verification the central did for an attention, in the caller's
     * transaction. Not queued: the central already knows it. False when the attention is unknown.
     */
    public boolean applyCentralVerification(Transaction tx, UUID id, VerificationState state, String code) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "UPDATE attention SET verification = ?, verification_code = ? WHERE id = ?")) {
            ps.setString(1, state.code());
            ps.setString(2, code == null ? "" : code);
            ps.setString(3, id.toString());
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    public Optional<Attention> find(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setString(1, id.toString());
                List<Attention> found = readAll(ps, db.sealing());
                return found.stream().findFirst();
            }
        });
    }

    /** The attention of a code (written form, e.g. "K7Q3-9PXA"): the code look-up, also for attentions without a case. */
    public Optional<Attention> findByCode(String code) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE code = ?")) {
                ps.setString(1, code);
                return readAll(ps, db.sealing()).stream().findFirst();
            }
        });
    }

    /**
     * The attentions among {@code ids} whose personal fields were not purged: what sync can still
     * send or compare with the central. Purged or unknown ids are simply absent from the answer.
     */
    public Map<UUID, Attention> findRetained(Collection<UUID> ids) {
        return db.read(c -> {
            Map<UUID, Attention> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ? AND purged_at IS NULL")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    readAll(ps, db.sealing()).forEach(a -> found.put(a.id(), a));
                }
            }
            return found;
        });
    }

    /** The attentions of one visit. Scans the table (no index: see migration v5); not for the counter's path. */
    public List<Attention> findByVisit(UUID visitId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE visit_id = ? ORDER BY started_at, rowid")) {
                ps.setString(1, visitId.toString());
                return readAll(ps, db.sealing());
            }
        });
    }

    /** A citizen's earlier attentions at this workstation, newest first. */
    public List<Attention> historyOf(DocumentType type, String number) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    SELECT + " WHERE doc_blind = ? AND doc_type = ? ORDER BY started_at DESC")) {
                ps.setString(1, db.sealing().blind(number));
                ps.setString(2, type.code());
                return readAll(ps, db.sealing());
            }
        });
    }

    /** The most recent attentions at this workstation, newest first (the history screen). */
    public List<Attention> recent(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY started_at DESC, rowid DESC LIMIT ?")) {
                ps.setInt(1, limit);
                return readAll(ps, db.sealing());
            }
        });
    }

    public int count() {
        return db.read(c -> singleInt(c, "SELECT count(*) FROM attention"));
    }

    /** How many times each procedure was served here: the catalogue shows the most used first. */
    public Map<String, Integer> procedureUsage() {
        return db.read(c -> {
            Map<String, Integer> usage = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT procedure_id, count(*) FROM attention GROUP BY procedure_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    usage.put(rs.getString(1), rs.getInt(2));
                }
            }
            return usage;
        });
    }

    /**
     * Attentions started in {@code [from, to)} per procedure id: today's and this month's figures.
     * Purged attentions still count (retention keeps procedure and times).
     */
    public Map<String, Integer> countByProcedure(Instant from, Instant to) {
        return db.read(c -> {
            Map<String, Integer> counts = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT procedure_id, count(*) FROM attention"
                    + " WHERE started_at >= ? AND started_at < ? GROUP BY procedure_id")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.put(rs.getString(1), rs.getInt(2));
                    }
                }
            }
            return counts;
        });
    }

    /** The columns an {@link Attention} is read from; also for {@link AttentionSearch}. */
    static final String SELECT = "SELECT id, code, visit_id, advisor_id, point_id, doc_type, doc_number,"
            + " doc_check, citizen_names, verification, verification_code, procedure_id, outcome, outcome_detail,"
            + " language, started_at, ended_at, channel, entity_reference, catalog_version, arrived_at, called_at,"
            + " citizen_language FROM attention";

    private static final String INSERT = "INSERT INTO attention (id, code, visit_id, advisor_id,"
            + " point_id, doc_type, doc_number, doc_check, citizen_names, verification, verification_code,"
            + " procedure_id, outcome, outcome_detail, language, started_at, ended_at, created_at, channel,"
            + " entity_reference, catalog_version, arrived_at, called_at, citizen_language, doc_blind)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private void insert(Attention a) throws SQLException {
        PreparedStatement ps = db.kept(INSERT);
        int i = 1;
        ps.setString(i++, a.id().toString());
        ps.setString(i++, a.code());
        ps.setString(i++, a.visitId().toString());
        ps.setString(i++, a.advisorId());
        ps.setString(i++, a.pointId());
        ps.setString(i++, a.document().type().code());
        Sealing sealing = db.sealing(); // issue 15: personal fields sealed, the number also as a blind index
        ps.setString(i++, sealing.seal(a.document().number()));
        ps.setString(i++, sealing.seal(a.document().check()));
        ps.setString(i++, sealing.seal(a.citizenNames()));
        ps.setString(i++, a.verification().code());
        ps.setString(i++, a.verificationCode());
        ps.setString(i++, a.procedureId());
        ps.setString(i++, a.outcome().type().name());
        ps.setString(i++, sealing.seal(a.outcome().detail()));
        ps.setString(i++, a.language());
        ps.setLong(i++, a.startedAt().toEpochMilli());
        ps.setLong(i++, a.endedAt().toEpochMilli());
        ps.setLong(i++, clock.millis());
        ps.setString(i++, a.servedVia().channel().code());
        ps.setString(i++, a.servedVia().reference());
        ps.setString(i++, a.servedVia().catalogVersion());
        setMillis(ps, i++, a.arrival().arrivedAt());
        setMillis(ps, i++, a.arrival().calledAt());
        ps.setString(i++, a.arrival().citizenLanguage());
        ps.setString(i, sealing.blind(a.document().number()));
        ps.executeUpdate();
    }

    private static void setMillis(PreparedStatement ps, int i, Instant at) throws SQLException {
        if (at == null) {
            ps.setNull(i, java.sql.Types.INTEGER);
        } else {
            ps.setLong(i, at.toEpochMilli());
        }
    }

    private static Instant millis(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    static List<Attention> readAll(PreparedStatement ps, Sealing sealing) throws SQLException {
        List<Attention> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                DocumentType type = DocumentType.fromCode(rs.getString("doc_type"))
                        .orElseThrow(() -> new SQLException("unknown document type in row"));
                list.add(new Attention(
                        UUID.fromString(rs.getString("id")),
                        rs.getString("code"),
                        UUID.fromString(rs.getString("visit_id")),
                        rs.getString("advisor_id"),
                        rs.getString("point_id"),
                        new Document(type, sealing.open(rs.getString("doc_number")),
                                sealing.open(rs.getString("doc_check"))),
                        sealing.open(rs.getString("citizen_names")),
                        VerificationState.valueOf(rs.getString("verification")),
                        rs.getString("verification_code"),
                        rs.getString("procedure_id"),
                        new Outcome(OutcomeType.valueOf(rs.getString("outcome")), sealing.open(rs.getString("outcome_detail"))),
                        rs.getString("language"),
                        Instant.ofEpochMilli(rs.getLong("started_at")),
                        Instant.ofEpochMilli(rs.getLong("ended_at")),
                        new ServedVia(Channel.fromCode(rs.getString("channel")).orElse(Channel.COUNTER),
                                rs.getString("entity_reference"), rs.getString("catalog_version")),
                        new Arrival(millis(rs, "arrived_at"), millis(rs, "called_at"),
                                rs.getString("citizen_language"))));
            }
        }
        return list;
    }

    static int singleInt(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
