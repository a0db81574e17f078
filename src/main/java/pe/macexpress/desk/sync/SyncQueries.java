package pe.macexpress.desk.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import pe.macexpress.desk.store.Database;

/** Read-only questions about the outbox for the sync and history screens. */
final class SyncQueries {
    private final Database db;
    private final Clock clock;
    private final SyncConfig config;

    SyncQueries(Database db, Clock clock, SyncConfig config) {
        this.db = db;
        this.clock = clock;
        this.config = config;
    }

    List<QuarantinedRecord> quarantined() {
        return db.read(c -> {
            List<QuarantinedRecord> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, attention_id, reason, attempts, updated_at"
                    + " FROM outbox WHERE state = 'quarantined' ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new QuarantinedRecord(rs.getLong(1), UUID.fromString(rs.getString(2)),
                            RejectReason.fromCode(rs.getString(3)), rs.getInt(4), Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
            return list;
        });
    }

    Map<UUID, AttentionSyncStatus> statusOf(Collection<UUID> ids) {
        return db.read(c -> {
            Map<UUID, AttentionSyncStatus> map = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT"
                    + " sum(state = 'quarantined'), sum(state = 'sending'), sum(state = 'pending'),"
                    + " (SELECT reason FROM outbox q WHERE q.attention_id = ?1 AND q.state = 'quarantined'"
                    + "  ORDER BY q.id DESC LIMIT 1)"
                    + " FROM outbox WHERE attention_id = ?1")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        AttentionSyncStatus s;
                        if (rs.getInt(1) > 0) {
                            s = new AttentionSyncStatus(AttentionSyncState.REJECTED, RejectReason.fromCode(rs.getString(4)));
                        } else if (rs.getInt(2) > 0) {
                            s = new AttentionSyncStatus(AttentionSyncState.SENDING, null);
                        } else if (rs.getInt(3) > 0) {
                            s = new AttentionSyncStatus(AttentionSyncState.PENDING, null);
                        } else {
                            s = new AttentionSyncStatus(AttentionSyncState.RECEIVED, null);
                        }
                        map.put(id, s);
                    }
                }
            }
            return map;
        });
    }

    Optional<SyncWarning> warning() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*), min(created_at) FROM outbox WHERE state IN ('pending', 'sending')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                int pending = rs.getInt(1);
                long oldest = rs.getLong(2);
                long ageDays = pending == 0 ? 0
                        : Math.max(0, Duration.between(Instant.ofEpochMilli(oldest), clock.instant()).toDays());
                if (pending > 0 && ageDays >= config.warnAgeDays()) {
                    return Optional.of(new SyncWarning(SyncWarning.Reason.AGE, pending, ageDays));
                }
                if (pending >= config.warnPendingCount()) {
                    return Optional.of(new SyncWarning(SyncWarning.Reason.PENDING_COUNT, pending, ageDays));
                }
                return Optional.empty();
            }
        });
    }
}
