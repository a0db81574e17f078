package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;

/**
 * Data minimisation: once the centre has acknowledged every change of an attention and
 * {@code period} has passed since the last acknowledgement, the attention's personal fields
 * (document number and check, names, outcome detail) are blanked here. Procedure, times, outcome
 * type and verification state stay, so counts and reports still add up.
 */
public final class Retention {
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(90);
    /** Stands in for a purged outcome detail: outcomes other than ATENDIDO must keep a non-blank one. */
    public static final String PURGED_DETAIL = "-";

    private final Database db;
    private final Clock clock;
    private final Duration period;

    public Retention(Store store, Clock clock, Duration period) {
        if (period.isNegative()) {
            throw new IllegalArgumentException("retention period cannot be negative");
        }
        this.db = store.database();
        this.clock = clock;
        this.period = period;
    }

    /** Purges what is due, in one transaction; returns how many attentions were purged. */
    public int purge() {
        long now = clock.millis();
        long cutoff = now - period.toMillis();
        return db.write(c -> {
            // ended_at <= cutoff only narrows the candidates (an acknowledgement comes after the end);
            // the outbox conditions decide.
            try (PreparedStatement ps = c.prepareStatement("UPDATE attention SET doc_number = '', doc_check = '',"
                    + " citizen_names = '', outcome_detail = CASE WHEN outcome = 'ATENDIDO' THEN '' ELSE '" + PURGED_DETAIL + "' END,"
                    + " purged_at = ?"
                    + " WHERE purged_at IS NULL AND ended_at <= ?"
                    + " AND EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.record_id = attention.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = ? AND o.record_id = attention.id"
                    + " AND (o.state <> 'acknowledged' OR o.updated_at > ?))")) {
                ps.setLong(1, now);
                ps.setLong(2, cutoff);
                ps.setString(3, AttentionStore.OUTBOX_KIND);
                ps.setString(4, AttentionStore.OUTBOX_KIND);
                ps.setLong(5, cutoff);
                return ps.executeUpdate();
            }
        });
    }
}
