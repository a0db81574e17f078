package pe.macexpress.desk.ui.roles;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * Issue 15 (roles): the idle lock's unlocking: the signed-in advisor's PIN, or a supervisor's, under
 * the sign-in lockout and audited ({@code signin.unlock}, {@code signin.failed}).
 */
public final class IdleLockViewModel extends PinEntryViewModel {
    private final SignInService signIn;
    private Advisor signedIn;

    public IdleLockViewModel(SignInService signIn, SupervisorGate gate, TaskRunner runner) {
        super(gate, runner);
        this.signIn = signIn;
    }

    /** The lock falls on {@code advisor}'s session: they are chosen, supervisors may unlock too. */
    public void lockFor(Advisor advisor) {
        signedIn = advisor;
        choices.setAll(List.of(advisor));
        chosen.set(advisor);
        pin.set("");
        errorKey.set("");
        lockedUntil.set(null);
        BackgroundTask.of(gate::supervisors)
                .latestIn(read)
                .onSuccess((List<Advisor> supervisors) -> {
                    List<Advisor> all = new ArrayList<>(List.of(advisor));
                    supervisors.stream().filter(s -> !s.id().equals(advisor.id())).forEach(all::add);
                    Advisor picked = chosen.get();
                    choices.setAll(all);
                    chosen.set(picked);
                })
                .executeWith(runner);
    }

    /** Checks the PIN off the FX thread; {@code onUnlocked} runs on the FX thread when it is right. */
    public void submit(Runnable onUnlocked) {
        Advisor lockedOn = signedIn;
        checkPin("roles.prompt.pick", (person, typed) -> {
            boolean own = isOwn(person, lockedOn);
            return new Answer(own, signIn.check(person.id(), typed, AuditActions.SIGNIN_UNLOCK,
                    own ? "unlock" : "unlock for " + (lockedOn == null ? "" : lockedOn.id())));
        }, answer -> {
            SignInService.Check check = answer.check();
            if (check.ok() && (answer.own() || check.role() == pe.macexpress.desk.security.Role.SUPERVISOR
                    || check.role() == pe.macexpress.desk.security.Role.TRAINER && signIn.training())) {
                onUnlocked.run();
                return;
            }
            if (check.locked()) {
                lockedUntil.set(check.lockedUntil());
                errorKey.set("roles.signin.locked.what");
            } else {
                errorKey.set(check.ok() ? "roles.gate.not.supervisor" : "roles.lock.wrong.pin");
            }
        });
    }

    private static boolean isOwn(Advisor person, Advisor lockedOn) {
        return lockedOn != null && person.id().equals(lockedOn.id());
    }

    private record Answer(boolean own, SignInService.Check check) {
    }

    public ObservableList<Advisor> people() {
        return choices;
    }

    public ObjectProperty<Advisor> whoProperty() {
        return chosen;
    }
}
