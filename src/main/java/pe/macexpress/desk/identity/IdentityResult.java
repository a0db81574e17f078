package pe.macexpress.desk.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to one identity query.
 *
 * @param code the service's own result code ("0000", …), blank when there was none
 * @param citizen the data returned, if any
 * @param cached true when served from the local cache rather than asked now
 * @param answeredAt when the service answered (for a cached result: when it was first verified)
 * @param reason for diagnostics only (never shown whole to the advisor): why UNAVAILABLE, etc.
 */
public record IdentityResult(IdentityOutcome outcome, String code, Citizen citizen, boolean cached,
                             Instant answeredAt, String reason) {

    public IdentityResult {
        code = code == null ? "" : code;
        reason = reason == null ? "" : reason;
    }

    /** Prefix of the reason of a transport failure (no answer from the service at all). */
    public static final String TRANSPORT = "transport: ";
    /** Prefix of the reason of a transport failure that is a read or call timeout (not retried). */
    public static final String TIMEOUT = TRANSPORT + "timeout";

    public static IdentityResult unavailable(String reason, Instant at) {
        return new IdentityResult(IdentityOutcome.UNAVAILABLE, "", null, false, at, reason);
    }

    /**
     * No usable answer came back: timeout, DNS, TLS, refused, reset, HTTP error, captive portal,
     * malformed, truncated or oversized body. These count for the circuit breaker and may be retried.
     */
    public static IdentityResult transportFailure(String reason, Instant at) {
        return unavailable(TRANSPORT + reason, at);
    }

    /** True for {@link #transportFailure}: the service gave no answer (as opposed to an answer with a code). */
    public boolean isTransportFailure() {
        return outcome == IdentityOutcome.UNAVAILABLE && reason.startsWith(TRANSPORT);
    }

    /** Worth one more try right away: a transport failure that did not already cost a full timeout. */
    public boolean isRetryable() {
        return isTransportFailure() && !reason.startsWith(TIMEOUT);
    }

    @Override
    public String toString() {
        // The citizen hides itself; the reason never carries personal data or credentials.
        return "IdentityResult[" + outcome + " code=" + code + " cached=" + cached + " at=" + answeredAt
                + " reason=" + reason + "]";
    }

    public Optional<Citizen> citizenData() {
        return Optional.ofNullable(citizen);
    }
}
