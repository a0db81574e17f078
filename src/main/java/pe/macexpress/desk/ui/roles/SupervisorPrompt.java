package pe.macexpress.desk.ui.roles;

import java.util.function.Consumer;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.core.Advisor;

/**
 * Issue 15 (roles): asks for a supervisor's own PIN before a supervisor-only action; runs
 * {@code onAllowed} (on the FX thread, with the supervisor who authorized it) only once the gate
 * said yes. Cancelled: nothing happens.
 */
@FunctionalInterface
public interface SupervisorPrompt {

    /** {@code flagAdvisorId}: for a flag's resolution, the advisor who served the attention (else null). */
    void ask(SupervisorGate.Action action, String detail, String flagAdvisorId, Consumer<Advisor> onAllowed);

    default void ask(SupervisorGate.Action action, String detail, Consumer<Advisor> onAllowed) {
        ask(action, detail, null, onAllowed);
    }
}
