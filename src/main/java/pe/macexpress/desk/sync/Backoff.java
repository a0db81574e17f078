package pe.macexpress.desk.sync;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with jitter: the n-th consecutive failure waits a random time between half
 * and all of {@code base × 2^(n-1)}, capped. The jitter keeps a room of workstations that lost the
 * same link from coming back in the same second.
 */
final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final Random random;

    Backoff(Duration base, Duration cap, Random random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    Duration delay(int failures) {
        long ceiling = base.toMillis() << Math.min(20, Math.max(0, failures - 1));
        ceiling = Math.min(Math.max(1, ceiling), Math.max(1, cap.toMillis()));
        long half = ceiling / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (ceiling - half + 1)));
    }

    /** The central's Retry-After wins over our own guess (it knows its load), up to 10 minutes. */
    Duration delay(int failures, Duration retryAfter) {
        return retryAfter != null ? retryAfter : delay(failures);
    }
}
