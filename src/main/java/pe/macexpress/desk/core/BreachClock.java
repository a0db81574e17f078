package pe.macexpress.desk.core;

import java.time.Duration;
import java.time.Instant;

/**
 * The 48-hour clock of D.S. 016-2024-JUS: a suspected breach of personal data must be notified to
 * the Autoridad Nacional de Protección de Datos Personales within 48 hours. It starts when the
 * incident happened as recorded (by default the moment it was registered): the earliest moment
 * the point can have known, so the desk never shows more time than there may be.
 *
 * @param deadline when the 48 hours end
 * @param left time left (zero or negative once overdue)
 */
public record BreachClock(Instant deadline, Duration left) {
    public static final Duration LIMIT = Duration.ofHours(48);

    public static Instant deadline(Instant occurredAt) {
        return occurredAt.plus(LIMIT);
    }

    public static BreachClock of(Instant occurredAt, Instant now) {
        Instant deadline = deadline(occurredAt);
        return new BreachClock(deadline, Duration.between(now, deadline));
    }

    public boolean overdue() {
        return left.isZero() || left.isNegative();
    }

    /** Whole hours and minutes left (or overdue by, when overdue), rounded down to the minute. */
    public long hours() {
        return left.abs().toHours();
    }

    public int minutes() {
        return left.abs().toMinutesPart();
    }
}
