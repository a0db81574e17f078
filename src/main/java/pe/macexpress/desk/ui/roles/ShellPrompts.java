package pe.macexpress.desk.ui.roles;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.Node;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.shell.ShellView;

/**
 * Issue 15 (roles): the desk's {@link SupervisorPrompt}: the PIN prompt over the shell's current
 * screen; once allowed (or cancelled) it goes away and the keyboard returns where it was.
 */
public final class ShellPrompts implements SupervisorPrompt {
    private final ShellView shell;
    private final SupervisorGate gate;
    private final I18n i18n;
    private final TaskRunner runner;
    private final ZoneId zone;
    private SupervisorPinPrompt showing;

    public ShellPrompts(ShellView shell, SupervisorGate gate, I18n i18n, TaskRunner runner, ZoneId zone) {
        this.shell = shell;
        this.gate = gate;
        this.i18n = i18n;
        this.runner = runner;
        this.zone = zone;
    }

    @Override
    public void ask(SupervisorGate.Action action, String detail, String flagAdvisorId, Consumer<Advisor> onAllowed) {
        if (showing != null) {
            return;
        }
        Node focus = shell.getScene() == null ? null : shell.getScene().getFocusOwner();
        SupervisorPinPrompt[] view = new SupervisorPinPrompt[1];
        Runnable close = () -> {
            shell.closeOver(view[0]);
            showing = null;
            if (focus != null && focus.getScene() != null) {
                javafx.application.Platform.runLater(focus::requestFocus);
            }
        };
        SupervisorPinViewModel vm = new SupervisorPinViewModel(gate, runner, action, detail, flagAdvisorId, who -> {
            close.run();
            onAllowed.accept(who);
        });
        view[0] = new SupervisorPinPrompt(vm, i18n, zone, close);
        showing = view[0];
        shell.showOver(view[0]);
        vm.load();
    }

    /** The prompt on show, if any (tests, and the idle lock that covers it). */
    public SupervisorPinPrompt showing() {
        return showing;
    }
}
