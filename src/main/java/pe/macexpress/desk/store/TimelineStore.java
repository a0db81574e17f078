package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The visit's timeline (issue 13): the arrival queue's turns, each visit's times and counts, and the
 * orientations and requests outside the catalogue. Visits and orientations are records the outbox
 * carries ({@link #VISIT_KIND}, {@link #ORIENTATION_KIND}); the queue stays on the workstation.
 */
public final class TimelineStore {
    /** The outbox kind of visits; the sync kind that sends them uses the same name. */
    public static final String VISIT_KIND = "visit";
    /** The outbox kind of orientations and unmet requests. */
    public static final String ORIENTATION_KIND = "orientation";

    private final Database db;
    private final Outbox outbox;
    private final Clock clock;

    TimelineStore(Database db, Outbox outbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
    }

    // --- The arrival queue ---------------------------------------------------------------------

    /**
     * A citizen arrived: the next turn of {@code day} at {@code pointId}, allocated by the insert
     * itself (max + 1 inside the write transaction, unique per point and day): no gap, no repeat,
     * whatever crashed before.
     */
    public ArrivalTurn arrive(String pointId, LocalDate day, Instant at) {
        UUID id = UUID.randomUUID();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO arrival (id, point_id, day, turn, arrived_at)"
                    + " SELECT ?, ?, ?, coalesce(max(turn), 0) + 1, ? FROM arrival WHERE point_id = ? AND day = ?")) {
                ps.setString(1, id.toString());
                ps.setString(2, pointId);
                ps.setString(3, day.toString());
                ps.setLong(4, at.toEpochMilli());
                ps.setString(5, pointId);
                ps.setString(6, day.toString());
                ps.executeUpdate();
            }
            return findTurn(c, id).orElseThrow(() -> new SQLException("arrival row not found after insert"));
        });
    }

    /** Who is waiting at {@code pointId} on {@code day} (not called, not gone), by turn. */
    public List<ArrivalTurn> waiting(String pointId, LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(TURN_SELECT + " WHERE point_id = ? AND day = ?"
                    + " AND called_at IS NULL AND left_at IS NULL ORDER BY turn")) {
                ps.setString(1, pointId);
                ps.setString(2, day.toString());
                return readTurns(ps);
            }
        });
    }

    /** Every turn given at {@code pointId} on {@code day}, by turn (support, tests). */
    public List<ArrivalTurn> turns(String pointId, LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(TURN_SELECT + " WHERE point_id = ? AND day = ? ORDER BY turn")) {
                ps.setString(1, pointId);
                ps.setString(2, day.toString());
                return readTurns(ps);
            }
        });
    }

    /** Calls a waiting turn to the counter; empty when it was already called or left. */
    public Optional<ArrivalTurn> call(UUID turnId, Instant at) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE arrival SET called_at = ?"
                    + " WHERE id = ? AND called_at IS NULL AND left_at IS NULL")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, turnId.toString());
                if (ps.executeUpdate() == 0) {
                    return Optional.<ArrivalTurn>empty();
                }
            }
            return findTurn(c, turnId);
        });
    }

    /** "Se fue": the citizen left without being served (counted). False when not waiting. */
    public boolean markLeft(UUID turnId, Instant at) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE arrival SET left_at = ?"
                    + " WHERE id = ? AND called_at IS NULL AND left_at IS NULL")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, turnId.toString());
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** How many left without being served at {@code pointId} on {@code day}. */
    public int leftCount(String pointId, LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM arrival WHERE point_id = ? AND day = ? AND left_at IS NOT NULL")) {
                ps.setString(1, pointId);
                ps.setString(2, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    // --- Visits ------------------------------------------------------------------------------------

    /**
     * Commits the ended visit, links its turn (when it had one) and queues the record, in one
     * transaction. The same visit twice is refused by its primary key.
     */
    public void saveVisit(VisitEntry v, UUID turnId) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO visit (id, point_id, advisor_id, turn,"
                    + " arrived_at, called_at, ended_at, citizen_language, attentions, orientations, orientation_only,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int i = 1;
                ps.setString(i++, v.id().toString());
                ps.setString(i++, v.pointId());
                ps.setString(i++, v.advisorId());
                if (v.turn() == null) {
                    ps.setNull(i++, Types.INTEGER);
                } else {
                    ps.setInt(i++, v.turn());
                }
                ps.setLong(i++, v.arrivedAt().toEpochMilli());
                ps.setLong(i++, v.calledAt().toEpochMilli());
                ps.setLong(i++, v.endedAt().toEpochMilli());
                ps.setString(i++, v.citizenLanguage());
                ps.setInt(i++, v.attentions());
                ps.setInt(i++, v.orientations());
                ps.setInt(i++, v.orientationOnly() ? 1 : 0);
                ps.setLong(i, clock.millis());
                ps.executeUpdate();
            }
            if (turnId != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE arrival SET visit_id = ? WHERE id = ?")) {
                    ps.setString(1, v.id().toString());
                    ps.setString(2, turnId.toString());
                    ps.executeUpdate();
                }
            }
            outbox.enqueue(VISIT_KIND, v.id(), OutboxChange.CREATED, clock.millis());
            return null;
        });
    }

    public Optional<VisitEntry> findVisit(UUID id) {
        return findVisits(List.of(id)).stream().findFirst();
    }

    public List<VisitEntry> findVisits(Collection<UUID> ids) {
        return db.read(c -> {
            List<VisitEntry> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(VISIT_SELECT + " WHERE id = ?")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    found.addAll(readVisits(ps));
                }
            }
            return found;
        });
    }

    /** Every visit, oldest end first (the export). */
    public void forEachVisit(Consumer<VisitEntry> each) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(VISIT_SELECT + " ORDER BY ended_at, rowid")) {
                readVisits(ps).forEach(each);
            }
            return null;
        });
    }

    public int visitCount() {
        return db.read(c -> AttentionStore.singleInt(c, "SELECT count(*) FROM visit"));
    }

    // --- Orientations and unmet demand ---------------------------------------------------------

    /** Commits the orientation (or unmet request) and queues its record, in one transaction. */
    public void saveOrientation(OrientationEntry o) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO orientation (id, visit_id, point_id,"
                    + " advisor_id, type, topic, entity_id, citizen_language, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, o.id().toString());
                ps.setString(2, o.visitId().toString());
                ps.setString(3, o.pointId());
                ps.setString(4, o.advisorId());
                ps.setString(5, o.type());
                ps.setString(6, db.sealing().seal(o.topic()));
                ps.setString(7, o.entityId());
                ps.setString(8, o.citizenLanguage());
                ps.setLong(9, o.recordedAt().toEpochMilli());
                ps.executeUpdate();
            }
            outbox.enqueue(ORIENTATION_KIND, o.id(), OutboxChange.CREATED, clock.millis());
            return null;
        });
    }

    /** The orientations among {@code ids} whose topic was not purged: what sync can still send. */
    public List<OrientationEntry> findRetainedOrientations(Collection<UUID> ids) {
        return db.read(c -> {
            List<OrientationEntry> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ORIENTATION_SELECT + " WHERE id = ? AND purged_at IS NULL")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    found.addAll(readOrientations(ps, db.sealing()));
                }
            }
            return found;
        });
    }

    /** Every orientation, oldest first (the export); purged ones with their topic blank. */
    public void forEachOrientation(Consumer<OrientationEntry> each) {
        db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ORIENTATION_SELECT + " ORDER BY recorded_at, rowid")) {
                readOrientations(ps, db.sealing()).forEach(each);
            }
            return null;
        });
    }

    /** How many orientations of {@code type} ("orientation", "unmet") were recorded here. */
    public int countOrientations(String type) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM orientation WHERE type = ?")) {
                ps.setString(1, type);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    // --- Rows ------------------------------------------------------------------------------------

    private static final String TURN_SELECT =
            "SELECT id, point_id, day, turn, arrived_at, called_at, left_at FROM arrival";
    private static final String VISIT_SELECT = "SELECT id, point_id, advisor_id, turn, arrived_at, called_at,"
            + " ended_at, citizen_language, attentions, orientations, orientation_only FROM visit";
    private static final String ORIENTATION_SELECT = "SELECT id, visit_id, point_id, advisor_id, type, topic,"
            + " entity_id, citizen_language, recorded_at FROM orientation";

    private static Optional<ArrivalTurn> findTurn(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(TURN_SELECT + " WHERE id = ?")) {
            ps.setString(1, id.toString());
            return readTurns(ps).stream().findFirst();
        }
    }

    private static List<ArrivalTurn> readTurns(PreparedStatement ps) throws SQLException {
        List<ArrivalTurn> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new ArrivalTurn(UUID.fromString(rs.getString("id")), rs.getString("point_id"),
                        LocalDate.parse(rs.getString("day")), rs.getInt("turn"), millis(rs, "arrived_at"),
                        millis(rs, "called_at"), millis(rs, "left_at")));
            }
        }
        return list;
    }

    private static List<VisitEntry> readVisits(PreparedStatement ps) throws SQLException {
        List<VisitEntry> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int turn = rs.getInt("turn");
                Integer t = rs.wasNull() ? null : turn;
                list.add(new VisitEntry(UUID.fromString(rs.getString("id")), rs.getString("point_id"),
                        rs.getString("advisor_id"), t, millis(rs, "arrived_at"), millis(rs, "called_at"),
                        millis(rs, "ended_at"), rs.getString("citizen_language"), rs.getInt("attentions"),
                        rs.getInt("orientations"), rs.getInt("orientation_only") != 0));
            }
        }
        return list;
    }

    private static List<OrientationEntry> readOrientations(PreparedStatement ps, Sealing sealing) throws SQLException {
        List<OrientationEntry> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new OrientationEntry(UUID.fromString(rs.getString("id")),
                        UUID.fromString(rs.getString("visit_id")), rs.getString("point_id"),
                        rs.getString("advisor_id"), rs.getString("type"), sealing.open(rs.getString("topic")),
                        rs.getString("entity_id"), rs.getString("citizen_language"), millis(rs, "recorded_at")));
            }
        }
        return list;
    }

    private static Instant millis(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
