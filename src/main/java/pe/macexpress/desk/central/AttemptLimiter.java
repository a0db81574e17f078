package pe.macexpress.desk.central;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Failed attempts per client address (enrollment codes): a few are free, then every further
 * failure locks the address out for a time that doubles up to a ceiling; while locked out every
 * attempt is answered 429 with Retry-After, the right code included, so guessing costs hours, not
 * seconds. A success clears the address. Held in memory: a restart forgives, as it should for a
 * training central; a production central keeps it where its other instances see it.
 */
final class AttemptLimiter {
    private static final int MAX_TRACKED = 10_000;

    private final int freeFailures;
    private final long firstLockoutMs;
    private final long maxLockoutMs;
    private final LongSupplier clock;
    private final Map<String, State> clients = new HashMap<>();

    private static final class State {
        int failures;
        long lockedUntil;
        long lastFailure;
    }

    AttemptLimiter(int freeFailures, long firstLockoutMs, long maxLockoutMs, LongSupplier clock) {
        this.freeFailures = freeFailures;
        this.firstLockoutMs = firstLockoutMs;
        this.maxLockoutMs = maxLockoutMs;
        this.clock = clock;
    }

    /** The limits of the reference central: 5 free failures, then 1 minute doubling up to 1 hour. */
    static AttemptLimiter enrollment() {
        return new AttemptLimiter(5, 60_000, 3_600_000, System::currentTimeMillis);
    }

    /** Seconds {@code client} must wait before trying again; 0 when it may try now. */
    synchronized long retryAfterSeconds(String client) {
        State s = clients.get(client);
        long now = clock.getAsLong();
        if (s == null || s.lockedUntil <= now) {
            return 0;
        }
        return Math.max(1, (s.lockedUntil - now + 999) / 1000);
    }

    /** One more failure of {@code client}; past the free ones it is locked out. */
    synchronized void failed(String client) {
        long now = clock.getAsLong();
        if (clients.size() >= MAX_TRACKED) {
            clients.values().removeIf(s -> s.lockedUntil <= now && now - s.lastFailure > maxLockoutMs);
        }
        State s = clients.computeIfAbsent(client, c -> new State());
        s.failures++;
        s.lastFailure = now;
        int over = s.failures - freeFailures;
        if (over >= 0) {
            long lockout = firstLockoutMs << Math.min(over, 20);
            s.lockedUntil = now + Math.min(maxLockoutMs, lockout);
        }
    }

    synchronized void succeeded(String client) {
        clients.remove(client);
    }
}
