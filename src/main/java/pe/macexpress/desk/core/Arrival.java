package pe.macexpress.desk.core;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How a citizen reached the counter (issue 13, the visit's timeline): when they arrived (the
 * "Llegó" button or the walk-in's call), when the advisor called them to the counter, and the
 * language spoken with them, which may differ from the advisor's screen language.
 *
 * @param arrivedAt when the citizen arrived; null for attentions recorded before the timeline existed
 * @param calledAt when the citizen was called to the counter; null likewise
 * @param citizenLanguage BCP 47 tag of the language spoken with the citizen; null when unknown
 */
public record Arrival(Instant arrivedAt, Instant calledAt, String citizenLanguage) {
    /** Nothing recorded (an attention saved before the timeline existed). */
    public static final Arrival UNKNOWN = new Arrival(null, null, null);

    public Arrival {
        arrivedAt = arrivedAt == null ? null : arrivedAt.truncatedTo(ChronoUnit.MILLIS);
        calledAt = calledAt == null ? null : calledAt.truncatedTo(ChronoUnit.MILLIS);
        citizenLanguage = citizenLanguage == null || citizenLanguage.isBlank() ? null : citizenLanguage.strip();
        if (arrivedAt != null && calledAt != null && calledAt.isBefore(arrivedAt)) {
            // The clock went back between arrival and call (NTP, a dead CMOS battery): no wait, rather
            // than an attention that cannot be saved or a record the central refuses.
            arrivedAt = calledAt;
        }
    }

    /** A walk-in: arrived and called at the same moment, in {@code citizenLanguage}. */
    public static Arrival walkIn(Instant at, String citizenLanguage) {
        return new Arrival(at, at, citizenLanguage);
    }

    /** Waiting time: from arrival to the call to the counter (SGP's definition); empty when unknown. */
    public Optional<Duration> waiting() {
        return arrivedAt == null || calledAt == null ? Optional.empty()
                : Optional.of(Duration.between(arrivedAt, calledAt));
    }
}
