package pe.macexpress.desk.ui.voice.incident;

import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.scene.Node;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.shell.ShellView;

/**
 * The incident register's place in the desk, wired once per session: the status bar's "Incidente"
 * button opens the form over whatever screen shows (closing it leaves that screen as it was), the
 * breach banner sits above every screen, and the supervisor's screen shows the incidents card.
 */
public final class IncidentDesk {
    private final ShellView shell;
    private final IncidentViewModel formVm;
    private final IncidentView form;
    private final BreachBannerViewModel bannerVm;
    private final IncidentSupervisorViewModel supervisorVm;
    private final IncidentCard card;
    private final IncidentClosingView closing;
    /** What had the focus before the form opened: it gets it back. */
    private Node focusBefore;
    /** Opens the supervisor's screen, then runs what follows (issue 15: only once a supervisor's PIN let it open). */
    private java.util.function.Consumer<Runnable> supervisorThen;

    public IncidentDesk(DeskContext ctx, I18n i18n, TaskRunner runner, ZoneId zone, ShellView shell,
                        Supplier<Advisor> advisor, Supplier<ServicePoint> point, Runnable openSupervisor,
                        Runnable refreshStatus) {
        this.shell = shell;
        this.formVm = new IncidentViewModel(ctx.incidents(), runner, zone, () -> advisor.get().id(),
                () -> point.get() == null ? "" : point.get().id());
        this.form = new IncidentView(formVm, i18n, this::close);
        this.bannerVm = new BreachBannerViewModel(ctx.incidents()::openBreaches, ctx.clock()::instant, runner);
        // Issue 15 (roles): only supervisors are offered, and their own PIN goes through the gate (lockout, audit).
        this.supervisorVm = new IncidentSupervisorViewModel(ctx.incidents(), ctx.supervisorGate()::supervisors,
                (who, pin) -> ctx.supervisorGate().authorize(who.id(), pin,
                        pe.macexpress.desk.advisor.SupervisorGate.Action.INCIDENT_CLOSE).allowed(), runner, zone);
        this.card = new IncidentCard(supervisorVm, i18n, zone, this::open, this::openClosing);
        this.closing = new IncidentClosingView(supervisorVm, i18n, zone, this::closeClosing);
        formVm.onSaved(() -> {
            bannerVm.refresh();
            supervisorVm.refresh();
            refreshStatus.run();
        });
        supervisorVm.onClosed(() -> {
            closeClosing();
            bannerVm.refresh();
            refreshStatus.run();
        });
        // From the banner: the supervisor's screen, the oldest open breach chosen, its notification form open.
        this.supervisorThen = then -> {
            openSupervisor.run();
            then.run();
        };
        shell.addNotice(new BreachBanner(bannerVm, i18n, () ->
                supervisorThen.accept(() -> supervisorVm.chooseOldestBreach(this::openClosing))));
        shell.incidentButton().setOnAction(e -> open());
    }

    /** Issue 15 (roles): how the supervisor's screen opens, then what follows (the desk asks a supervisor's PIN first). */
    public void openSupervisorWith(java.util.function.Consumer<Runnable> opener) {
        this.supervisorThen = opener;
    }

    /** The form over the screen showing now (nothing underneath changes). */
    public void open() {
        if (form.getParent() != null) {
            return;
        }
        focusBefore = shell.getScene() == null ? null : shell.getScene().getFocusOwner();
        formVm.start();
        shell.showOver(form);
        form.focusStart();
    }

    /** Back to the screen underneath, its focus where it was. */
    public void close() {
        shell.closeOver(form);
        if (focusBefore != null && focusBefore.getScene() != null) {
            Node back = focusBefore;
            javafx.application.Platform.runLater(back::requestFocus);
        }
        focusBefore = null;
    }

    /** The closing form of the incident chosen on the supervisor's card, over the screen. */
    public void openClosing() {
        var chosen = supervisorVm.selectedProperty().get();
        if (closing.getParent() != null || chosen == null || !chosen.serious() || !chosen.isOpen()) {
            return;
        }
        shell.showOver(closing);
        closing.focusStart(chosen.isBreach());
    }

    private void closeClosing() {
        shell.closeOver(closing);
    }

    /** After sign-in: the banner reads the open breaches, the supervisor's card its list. */
    public void signedIn() {
        bannerVm.refresh();
        supervisorVm.refresh();
    }

    /** Whether open serious incidents wait for the supervisor (their card then comes first). */
    public boolean needsSupervisor() {
        return supervisorVm.openSeriousProperty().get() > 0;
    }

    /** The supervisor's incidents card (one per session, read again each time it is shown). */
    public Node supervisorCard() {
        supervisorVm.refresh();
        return card;
    }

    public IncidentSupervisorViewModel supervisor() {
        return supervisorVm;
    }
}
