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

    public static IdentityResult unavailable(String reason, Instant at) {
        return new IdentityResult(IdentityOutcome.UNAVAILABLE, "", null, false, at, reason);
    }

    public Optional<Citizen> citizenData() {
        return Optional.ofNullable(citizen);
    }
}
