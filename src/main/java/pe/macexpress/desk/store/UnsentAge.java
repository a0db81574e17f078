package pe.macexpress.desk.store;

import java.time.Instant;

/** How many outbox entries wait (pending or in flight) and since when the oldest waits (null when none). */
public record UnsentAge(int count, Instant oldest) {
}
