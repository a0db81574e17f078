package pe.macexpress.desk.advisor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.AuditEvent;
import pe.macexpress.desk.security.Role;
import pe.macexpress.desk.store.AdvisorStore;
import pe.macexpress.desk.store.Store;

/**
 * Offline sign-in: advisors and PIN hashes are in the local store, no server is asked.
 *
 * <p>Issue 15: after {@value #FREE_FAILURES} wrong PINs in a row an advisor waits, 30 s doubling
 * at each further failure up to an hour; the wait is kept in the database, so a restart does not
 * clear it, and while it lasts even the right PIN is refused. Every success and every failure is a
 * row of the audit chain, written in the same transaction as the lockout. Hashes are keyed with the
 * database's key ({@link AdvisorStore#pepper}); an old unkeyed one is replaced at its next success.
 * A trainer signs in only in training mode.
 */
public final class SignInService {
    /** Wrong PINs in a row that cost nothing. */
    public static final int FREE_FAILURES = 5;
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofHours(1);

    private final Store store;
    private final AdvisorStore advisors;
    private final PinHasher hasher;
    private final boolean training;
    private final Clock clock;

    /** What a PIN check found. */
    public enum Outcome {
        OK,
        /** The PIN was wrong (the lockout may have started: see {@link Check#lockedUntil}). */
        WRONG,
        /** Locked until {@link Check#lockedUntil}: the PIN was not even checked. */
        LOCKED,
        /** No such active advisor, or a trainer outside training mode. */
        UNKNOWN,
        /**
         * Issue 15: the PIN was right but shorter than {@value PinHasher#PRODUCTION_MIN_DIGITS} digits
         * (set before issue 15) and this is production: no session until it is replaced, see
         * {@link #replaceShortPin}.
         */
        PIN_CHANGE
    }

    /** Why a new PIN was refused, or {@link #CHANGED}. */
    public enum PinChange {
        CHANGED,
        /** Not made of digits only. */
        NOT_DIGITS,
        /** Shorter than the production minimum (or longer than 12 digits). */
        LENGTH,
        /** The two typings differ. */
        DIFFERENT,
        /** The new PIN is the old one. */
        SAME_AS_OLD,
        /** The old PIN is no longer accepted (wrong, locked, advisor gone): sign in again. */
        REFUSED
    }

    /** A PIN change: the session when the new PIN was saved. */
    public record Change(PinChange result, Optional<AdvisorSession> session) {
    }

    /** A PIN check: {@code lockedUntil} is {@link Instant#EPOCH} when sign-in is not locked. */
    public record Check(Outcome outcome, Advisor advisor, Role role, Instant lockedUntil) {
        public boolean ok() {
            return outcome == Outcome.OK;
        }

        /** Whether sign-in waits now (after this failure, or it already was). */
        public boolean locked() {
            return lockedUntil.isAfter(Instant.EPOCH);
        }
    }

    /** A sign-in: the session when the PIN was right. */
    public record Attempt(Check check, Optional<AdvisorSession> session) {
        public boolean isPresent() {
            return session.isPresent();
        }
    }

    public SignInService(Store store, PinHasher hasher, boolean training, Clock clock) {
        this.store = store;
        this.advisors = store.advisors();
        this.hasher = hasher;
        this.training = training;
        this.clock = clock;
    }

    public List<Advisor> advisors() {
        return advisors.activeAdvisors();
    }

    /** Whether the desk runs in training mode (short demo PINs, trainers). */
    public boolean training() {
        return training;
    }

    /** Whether {@code pin} is long enough for a new PIN here (6 digits in production). */
    public boolean acceptableNewPin(String pin) {
        return PinHasher.isAcceptablePin(pin, training);
    }

    /**
     * Slow on purpose (PBKDF2): call it off the FX thread. Every outcome is audited
     * ({@code signin.ok}, {@code signin.failed}).
     *
     * @throws NoServicePointException when this workstation has no service point configured
     */
    public Attempt signIn(Advisor advisor, String pin) {
        if (advisor == null) {
            return new Attempt(new Check(Outcome.UNKNOWN, null, null, Instant.EPOCH), Optional.empty());
        }
        Check check = check(advisor.id(), pin, AuditActions.SIGNIN_OK, "signin");
        if (!check.ok()) {
            return new Attempt(check, Optional.empty());
        }
        if (mustReplace(pin)) {
            // Issue 15: a PIN from before the 6-digit rule opens only the change step, not the counter.
            return new Attempt(new Check(Outcome.PIN_CHANGE, check.advisor(), check.role(), Instant.EPOCH),
                    Optional.empty());
        }
        ServicePoint point = advisors.point().orElseThrow(NoServicePointException::new);
        return new Attempt(check, Optional.of(new AdvisorSession(check.advisor(), point, check.role())));
    }

    /** Issue 15: whether a right {@code pin} must be replaced before the counter opens (production, short). */
    public boolean mustReplace(String pin) {
        return !training && pin != null && pin.length() < PinHasher.PRODUCTION_MIN_DIGITS;
    }

    /**
     * Issue 15: what is wrong with {@code newPin} (typed twice) as the replacement of {@code oldPin};
     * {@link PinChange#CHANGED} when nothing is. Fast: the screen may call it on the FX thread.
     */
    public PinChange validateNewPin(String oldPin, String newPin, String repeat) {
        String typed = newPin == null ? "" : newPin;
        if (!typed.matches("[0-9]*")) {
            return PinChange.NOT_DIGITS;
        }
        if (!acceptableNewPin(typed) || typed.length() < PinHasher.PRODUCTION_MIN_DIGITS) {
            return PinChange.LENGTH;
        }
        if (!typed.equals(repeat)) {
            return PinChange.DIFFERENT;
        }
        if (typed.equals(oldPin)) {
            return PinChange.SAME_AS_OLD;
        }
        return PinChange.CHANGED;
    }

    /**
     * Issue 15: replaces {@code advisor}'s short {@code oldPin} with {@code newPin} (typed twice as
     * {@code repeat}) and opens the session. The old PIN is checked again (under the lockout), the new
     * hash is keyed like every other, and the change is audited ({@code signin.pin.changed}) in the
     * same transaction. Slow (PBKDF2): off the FX thread.
     */
    public Change replaceShortPin(Advisor advisor, String oldPin, String newPin, String repeat) {
        PinChange wrong = validateNewPin(oldPin, newPin, repeat);
        if (wrong != PinChange.CHANGED) {
            return new Change(wrong, Optional.empty());
        }
        if (advisor == null) {
            return new Change(PinChange.REFUSED, Optional.empty());
        }
        Check check = check(advisor.id(), oldPin, null, "pin change");
        if (!check.ok()) {
            return new Change(PinChange.REFUSED, Optional.empty());
        }
        ServicePoint point = advisors.point().orElseThrow(NoServicePointException::new);
        String hash = hasher.hashKeyed(advisors.pepper(newPin));
        store.write(tx -> {
            advisors.recordSuccess(tx, check.advisor().id(), hash);
            store.audit().append(tx, new AuditEvent(check.advisor().id(), AuditActions.SIGNIN_PIN_CHANGED, "", "",
                    "signin: short pin replaced"));
            return null;
        });
        return new Change(PinChange.CHANGED, Optional.of(new AdvisorSession(check.advisor(), point, check.role())));
    }

    /**
     * Checks {@code pin} for {@code advisorId} under the lockout, and audits it: a failure as
     * {@code signin.failed} (detail: {@code context}), a success as {@code okAction} (null: no row,
     * the caller writes its own). Slow (PBKDF2): off the FX thread.
     */
    public Check check(String advisorId, String pin, String okAction, String context) {
        Optional<AdvisorStore.Account> found = advisorId == null ? Optional.empty() : advisors.account(advisorId);
        if (found.isEmpty() || (found.get().role() == Role.TRAINER && !training)) {
            if (advisorId != null) {
                // An id typed on the command line: cleaned of control characters, and short.
                store.audit().append(new AuditEvent(pe.macexpress.desk.security.TextGuard.clean(advisorId, 64),
                        AuditActions.SIGNIN_FAILED, "", "", context + ": unknown"));
            }
            return new Check(Outcome.UNKNOWN, null, null, Instant.EPOCH);
        }
        AdvisorStore.Account account = found.get();
        Instant now = clock.instant();
        if (account.lockedUntil().isAfter(now)) {
            // Refused without looking at the PIN: a guess made while locked tells nothing, and counts.
            int failures = account.failures() + 1;
            Instant until = account.lockedUntil();
            store.write(tx -> {
                advisors.recordFailure(tx, account.advisor().id(), failures, until);
                store.audit().append(tx, new AuditEvent(account.advisor().id(), AuditActions.SIGNIN_FAILED, "", "",
                        context + ": locked"));
                return null;
            });
            return new Check(Outcome.LOCKED, account.advisor(), account.role(), until);
        }
        boolean right;
        String upgrade = null;
        if (pin == null || pin.isEmpty()) {
            right = false;
        } else if (PinHasher.isKeyed(account.pinHash())) {
            right = hasher.verifyKeyed(advisors.pepper(pin), account.pinHash());
        } else {
            right = hasher.verify(pin, account.pinHash());
            if (right) {
                upgrade = hasher.hashKeyed(advisors.pepper(pin));
            }
        }
        if (right) {
            String newHash = upgrade;
            store.write(tx -> {
                advisors.recordSuccess(tx, account.advisor().id(), newHash);
                if (okAction != null) {
                    store.audit().append(tx, new AuditEvent(account.advisor().id(), okAction, "", "", context));
                }
                return null;
            });
            return new Check(Outcome.OK, account.advisor(), account.role(), Instant.EPOCH);
        }
        int failures = account.failures() + 1;
        Instant until = lockedUntil(failures, now);
        store.write(tx -> {
            advisors.recordFailure(tx, account.advisor().id(), failures, until);
            store.audit().append(tx, new AuditEvent(account.advisor().id(), AuditActions.SIGNIN_FAILED, "", "",
                    context + ": wrong pin " + failures));
            return null;
        });
        return new Check(Outcome.WRONG, account.advisor(), account.role(), until);
    }

    /** Until when sign-in waits after {@code failures} in a row: not at all up to five, then 30 s doubling, capped. */
    static Instant lockedUntil(int failures, Instant now) {
        if (failures < FREE_FAILURES) {
            return Instant.EPOCH;
        }
        int doublings = Math.min(failures - FREE_FAILURES, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
    }
}
