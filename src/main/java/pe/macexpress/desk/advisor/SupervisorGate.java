package pe.macexpress.desk.advisor;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.AuditEvent;
import pe.macexpress.desk.security.Role;
import pe.macexpress.desk.store.Store;

/**
 * Issue 15: the supervisor's actions need a supervisor's OWN PIN at the moment of the action, for
 * the screens and the command line alike. {@link #authorize} checks the role first, then the PIN
 * under the same lockout as sign-in ({@link SignInService#check}), and writes the audit row
 * {@code supervisor.<action>} (actor: the supervisor, detail: what was done). A refusal is audited
 * too ({@code supervisor.refused}, or {@code signin.failed} for a wrong PIN).
 */
public final class SupervisorGate {
    private final Store store;
    private final SignInService signIn;

    /** The supervisor-only actions; {@link #audit()} is the audit row's action. */
    public enum Action {
        SUPERVISION,
        ENROLLMENT,
        PIDE_CREDENTIAL,
        FLAG_RESOLUTION,
        PERSONAL_EXPORT,
        RESTORE,
        INCIDENT_CLOSE,
        /** Issue 14 (indicators): a baseline and targets of the indicator sheet. */
        INDICATOR_TARGETS;

        /** {@code supervisor.supervision}, {@code supervisor.pide.credential}, … */
        public String audit() {
            return AuditActions.SUPERVISOR_PREFIX + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }

        /** The words naming the action in the PIN prompt: {@code roles.action.<action>}. */
        public String messageKey() {
            return "roles.action." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /** Why a gate said no, or that it said yes. */
    public enum Outcome {
        ALLOWED,
        /** Not a supervisor (or unknown): the PIN was not checked. */
        NOT_SUPERVISOR,
        WRONG_PIN,
        /** Too many wrong PINs: see {@link Decision#lockedUntil}. */
        LOCKED,
        /** An advisor never resolves their own identity flag. */
        OWN_FLAG,
        /**
         * The right PIN, but one of before issue 15 (shorter than the production minimum): it authorizes
         * nothing until the supervisor replaced it at sign-in.
         */
        SHORT_PIN
    }

    public record Decision(Outcome outcome, Advisor supervisor, Instant lockedUntil) {
        public boolean allowed() {
            return outcome == Outcome.ALLOWED;
        }

        /** The message key of a refusal (same keys for screens and command line); "" when allowed. */
        public String messageKey() {
            return switch (outcome) {
                case ALLOWED -> "";
                case NOT_SUPERVISOR -> "roles.gate.not.supervisor";
                case WRONG_PIN -> lockedUntil.isAfter(Instant.EPOCH) ? "roles.gate.locked" : "roles.gate.wrong.pin";
                case LOCKED -> "roles.gate.locked";
                case OWN_FLAG -> "roles.gate.own.flag";
                case SHORT_PIN -> "roles.gate.short.pin";
            };
        }
    }

    public SupervisorGate(Store store, SignInService signIn) {
        this.store = store;
        this.signIn = signIn;
    }

    /** The supervisors a PIN prompt offers (trainers too in training mode, who supervise practice). */
    public List<Advisor> supervisors() {
        List<Advisor> list = new java.util.ArrayList<>(store.advisors().withRole(Role.SUPERVISOR));
        if (signIn.training()) {
            list.addAll(store.advisors().withRole(Role.TRAINER));
        }
        return list;
    }

    /** Slow (PBKDF2): off the FX thread. {@code detail}: non-personal words on what is done. */
    public Decision authorize(String supervisorId, String pin, Action action, String detail) {
        var role = supervisorId == null ? java.util.Optional.<Role>empty() : store.advisors().role(supervisorId);
        boolean mayAct = role.isPresent() && (role.get() == Role.SUPERVISOR || role.get() == Role.TRAINER && signIn.training());
        if (!mayAct) {
            store.audit().append(new AuditEvent(supervisorId == null ? "unknown"
                    : pe.macexpress.desk.security.TextGuard.clean(supervisorId, 64),
                    AuditActions.SUPERVISOR_REFUSED, "", "", action.audit() + ": not a supervisor"));
            return new Decision(Outcome.NOT_SUPERVISOR, null, Instant.EPOCH);
        }
        SignInService.Check check = signIn.check(supervisorId, pin, null, action.audit());
        return switch (check.outcome()) {
            case OK -> {
                if (signIn.mustReplace(pin)) {
                    store.audit().append(new AuditEvent(supervisorId, AuditActions.SUPERVISOR_REFUSED, "", "",
                            action.audit() + ": short PIN"));
                    yield new Decision(Outcome.SHORT_PIN, check.advisor(), Instant.EPOCH);
                }
                store.audit().append(new AuditEvent(supervisorId, action.audit(), "", "", detail == null ? "" : detail));
                yield new Decision(Outcome.ALLOWED, check.advisor(), Instant.EPOCH);
            }
            case LOCKED -> new Decision(Outcome.LOCKED, check.advisor(), check.lockedUntil());
            case WRONG -> new Decision(Outcome.WRONG_PIN, check.advisor(), check.lockedUntil());
            case UNKNOWN -> new Decision(Outcome.NOT_SUPERVISOR, null, Instant.EPOCH);
            // Issue 15 (pin): only signIn() asks for a PIN change; check() never does.
            case PIN_CHANGE -> throw new IllegalStateException("check() does not ask for a PIN change");
        };
    }

    public Decision authorize(String supervisorId, String pin, Action action) {
        return authorize(supervisorId, pin, action, "");
    }

    /**
     * An identity flag's resolution: refused when the flag is the resolver's own attention
     * ({@code flagAdvisorId}), whatever the PIN; otherwise as {@link #authorize}.
     */
    public Decision authorizeFlagResolution(String supervisorId, String pin, String flagAdvisorId, String detail) {
        if (supervisorId != null && supervisorId.equals(flagAdvisorId)) {
            store.audit().append(new AuditEvent(supervisorId, AuditActions.SUPERVISOR_REFUSED, "", "",
                    Action.FLAG_RESOLUTION.audit() + ": own flag"));
            return new Decision(Outcome.OWN_FLAG, null, Instant.EPOCH);
        }
        return authorize(supervisorId, pin, Action.FLAG_RESOLUTION, detail);
    }
}
