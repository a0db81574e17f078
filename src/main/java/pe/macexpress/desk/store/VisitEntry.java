package pe.macexpress.desk.store;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A visit's timeline as stored and sent (record kind {@code visit}): no names, no documents, no outcome.
 *
 * @param id the visit's id (the attentions' {@code visit_id})
 * @param turn the arrival queue's turn number; null for a walk-in
 * @param arrivedAt arrival; a walk-in's is the call
 */
public record VisitEntry(UUID id, String pointId, String advisorId, Integer turn, Instant arrivedAt, Instant calledAt,
                         Instant endedAt, String citizenLanguage, int attentions, int orientations,
                         boolean orientationOnly) {

    public VisitEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(pointId);
        Objects.requireNonNull(advisorId);
        Objects.requireNonNull(arrivedAt);
        Objects.requireNonNull(calledAt);
        Objects.requireNonNull(endedAt);
        Objects.requireNonNull(citizenLanguage);
        // A clock that went back never yields times out of order (the central refuses those).
        if (calledAt.isBefore(arrivedAt)) {
            arrivedAt = calledAt;
        }
        if (endedAt.isBefore(calledAt)) {
            endedAt = calledAt;
        }
    }
}
