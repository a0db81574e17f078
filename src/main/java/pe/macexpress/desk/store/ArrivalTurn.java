package pe.macexpress.desk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One turn of the arrival queue: the number a citizen got at the "Llegó" button (per point and
 * day), when they arrived, and when they were called or left without being served. No names.
 *
 * @param calledAt null while waiting
 * @param leftAt when marked "se fue" (left without being served); null otherwise
 */
public record ArrivalTurn(UUID id, String pointId, LocalDate day, int turn, Instant arrivedAt, Instant calledAt,
                          Instant leftAt) {

    public boolean waiting() {
        return calledAt == null && leftAt == null;
    }
}
