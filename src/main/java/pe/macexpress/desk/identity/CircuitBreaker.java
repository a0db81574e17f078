package pe.macexpress.desk.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Stops asking a service that keeps failing: after {@code threshold} consecutive transport failures
 * the breaker opens and callers get UNAVAILABLE at once for {@code coolDown}, instead of making the
 * advisor wait for another timeout. After the cool-down one trial call goes through (half-open): a
 * success closes the breaker, a failure opens it for another cool-down. Thread-safe.
 */
public final class CircuitBreaker {
    public enum State { CLOSED, OPEN, HALF_OPEN }

    public static final int DEFAULT_THRESHOLD = 3;
    public static final Duration DEFAULT_COOL_DOWN = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(CircuitBreaker.class.getName());

    private final String name;
    private final int threshold;
    private final Duration coolDown;
    private final Clock clock;
    private int failures;
    private Instant openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(String name, int threshold, Duration coolDown, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.name = name;
        this.threshold = threshold;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    /** True when a call may go out now; false means answer UNAVAILABLE without calling. */
    public synchronized boolean allowRequest() {
        if (openedAt == null) {
            return true;
        }
        if (clock.instant().isBefore(openedAt.plus(coolDown)) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    public synchronized void recordSuccess() {
        if (openedAt != null) {
            LOG.info(() -> "identity service " + name + " answers again: circuit closed");
        }
        failures = 0;
        openedAt = null;
        trialInFlight = false;
    }

    public synchronized void recordFailure() {
        failures++;
        boolean wasTrial = trialInFlight;
        trialInFlight = false;
        if (wasTrial || (openedAt == null && failures >= threshold)) {
            openedAt = clock.instant();
            LOG.info(() -> "identity service " + name + " unavailable " + failures + " times: circuit open for "
                    + coolDown.toSeconds() + " s");
        }
    }

    public synchronized State state() {
        if (openedAt == null) {
            return State.CLOSED;
        }
        return clock.instant().isBefore(openedAt.plus(coolDown)) ? State.OPEN : State.HALF_OPEN;
    }

    /** Forgets the failures, e.g. when the connectivity probe sees the service again. */
    public synchronized void reset() {
        failures = 0;
        openedAt = null;
        trialInFlight = false;
    }
}
