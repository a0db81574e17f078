package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;

/**
 * The incident register ({@code incident}). Registering an incident and closing it each queue the
 * record in the outbox as kind {@value #OUTBOX_KIND}, in the same transaction; the closing is a
 * change (a new revision at the central).
 */
public final class IncidentStore {
    public static final String OUTBOX_KIND = "incident";
    /** Closed incidents the supervisor's list shows at most (open serious ones are all listed). */
    public static final int RECENT_SHOWN = 200;

    private static final String SELECT = "SELECT id, type, severity, occurred_at, what, done, advisor_id, point_id,"
            + " recorded_at, notified_at, notification_ref, closed_by, closed_at FROM incident";

    private final Database db;
    private final Outbox outbox;
    private final Clock clock;

    IncidentStore(Database db, Outbox outbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Saves a new incident and queues it, in one transaction. */
    public void record(Incident incident) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO incident (id, type, severity, serious,"
                    + " occurred_at, what, done, advisor_id, point_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, incident.id().toString());
                ps.setString(2, incident.type().code());
                ps.setString(3, incident.severity().code());
                ps.setInt(4, incident.serious() ? 1 : 0);
                ps.setLong(5, incident.occurredAt().toEpochMilli());
                ps.setString(6, db.sealing().seal(incident.what()));
                ps.setString(7, db.sealing().seal(incident.done()));
                ps.setString(8, incident.recordedBy());
                ps.setString(9, incident.pointId());
                ps.setLong(10, incident.recordedAt().toEpochMilli());
                ps.executeUpdate();
            }
            outbox.enqueue(OUTBOX_KIND, incident.id(), OutboxChange.CREATED, clock.millis());
            return null;
        });
    }

    /**
     * A supervisor closes an open incident (a breach with the notification's time and reference)
     * and the change is queued, in one transaction. False when it is unknown or already closed.
     */
    public boolean close(UUID id, Incident.Closing closing) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE incident SET notified_at = ?, notification_ref = ?,"
                    + " closed_by = ?, closed_at = ? WHERE id = ? AND closed_at IS NULL")) {
                if (closing.notifiedAt() == null) {
                    ps.setNull(1, Types.INTEGER);
                } else {
                    ps.setLong(1, closing.notifiedAt().toEpochMilli());
                }
                ps.setString(2, closing.reference());
                ps.setString(3, closing.closedBy());
                ps.setLong(4, closing.closedAt().toEpochMilli());
                ps.setString(5, id.toString());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            outbox.enqueue(OUTBOX_KIND, id, OutboxChange.CHANGED, clock.millis());
            return true;
        });
    }

    public Optional<Incident> find(UUID id) {
        return find(List.of(id)).stream().findFirst();
    }

    /** The incidents among {@code ids} whose texts are still whole (what sync sends). */
    public List<Incident> find(Collection<UUID> ids) {
        return db.read(c -> {
            List<Incident> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ? AND purged_at IS NULL")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    found.addAll(readAll(ps, db.sealing()));
                }
            }
            return found;
        });
    }

    /** Open serious incidents, oldest first: the supervisor's list and the breach banner read them. */
    public List<Incident> openSerious() {
        return query(SELECT + " WHERE serious = 1 AND closed_at IS NULL ORDER BY occurred_at");
    }

    /** Open suspected data breaches, oldest first (their 48-hour clocks run). */
    public List<Incident> openBreaches() {
        return query(SELECT + " WHERE type = '" + IncidentType.DATA_BREACH.code()
                + "' AND closed_at IS NULL ORDER BY occurred_at");
    }

    /** The latest {@code limit} incidents, newest first. */
    public List<Incident> recent(int limit) {
        return query(SELECT + " ORDER BY recorded_at DESC LIMIT " + Math.max(0, limit));
    }

    /** Every incident, oldest first (the export). */
    public List<Incident> all() {
        return query(SELECT + " ORDER BY recorded_at");
    }

    private List<Incident> query(String sql) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                return readAll(ps, db.sealing());
            }
        });
    }

    /**
     * Retention: blanks the free texts of incidents that are closed or were never serious, whose
     * every change the central acknowledged {@code cutoff} or longer ago. Runs in Retention's
     * transaction; returns how many were blanked.
     */
    static int purgeTexts(Connection c, long now, long cutoff) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE incident SET what = '', done = '', purged_at = ?"
                + " WHERE purged_at IS NULL AND recorded_at <= ? AND (serious = 0 OR closed_at IS NOT NULL)"
                + " AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + OUTBOX_KIND + "' AND o.record_id = incident.id)"
                + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = '" + OUTBOX_KIND + "'"
                + " AND o.record_id = incident.id AND (o.state <> 'acknowledged' OR o.updated_at > ?))")) {
            ps.setLong(1, now);
            ps.setLong(2, cutoff);
            ps.setLong(3, cutoff);
            return ps.executeUpdate();
        }
    }

    private static List<Incident> readAll(PreparedStatement ps, Sealing sealing) throws SQLException {
        List<Incident> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long closedAt = rs.getLong("closed_at");
                Incident.Closing closing = null;
                if (!rs.wasNull()) {
                    long notified = rs.getLong("notified_at");
                    Instant notifiedAt = rs.wasNull() ? null : Instant.ofEpochMilli(notified);
                    closing = new Incident.Closing(notifiedAt, rs.getString("notification_ref"),
                            rs.getString("closed_by"), Instant.ofEpochMilli(closedAt));
                }
                list.add(new Incident(UUID.fromString(rs.getString("id")),
                        IncidentType.fromCode(rs.getString("type")).orElseThrow(() -> new SQLException("unknown incident type in row")),
                        IncidentSeverity.fromCode(rs.getString("severity")).orElseThrow(() -> new SQLException("unknown severity in row")),
                        Instant.ofEpochMilli(rs.getLong("occurred_at")), sealing.open(rs.getString("what")), sealing.open(rs.getString("done")),
                        rs.getString("advisor_id"), rs.getString("point_id"), Instant.ofEpochMilli(rs.getLong("recorded_at")),
                        closing));
            }
        }
        return list;
    }
}
