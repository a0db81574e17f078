package pe.macexpress.desk.ui;

import java.time.ZoneId;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.identity.IdentityOutcome;
import pe.macexpress.desk.advisor.AdvisorSession;
import pe.macexpress.desk.ui.attention.AttentionFlow;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.login.LoginView;
import pe.macexpress.desk.ui.login.LoginViewModel;
import pe.macexpress.desk.ui.shell.ShellView;
import pe.macexpress.desk.ui.supervisor.SupervisorView;
import pe.macexpress.desk.ui.supervisor.SupervisorViewModel;
import pe.macexpress.desk.ui.shell.ShellViewModel;

/** Wires the screens to the services of an open {@link DeskContext}. Build it on the FX thread. */
public final class DeskUi {
    public static final String STYLESHEET = "/ui/desk.css";

    private final DeskContext ctx;
    private final I18n i18n;
    private final ShellViewModel shellVm;
    private final ShellView shell;
    private final LoginViewModel loginVm;
    private final LoginView login;
    private final AttentionFlow flow;
    private final SupervisorViewModel supervisorVm;
    private final ZoneId zone;

    public DeskUi(DeskContext ctx, I18n i18n, TaskRunner runner, ZoneId zone) {
        this.ctx = ctx;
        this.i18n = i18n;
        this.zone = zone;
        this.supervisorVm = new SupervisorViewModel(ctx.identity().credentialChange(), ctx.identity().flags(), runner);
        this.shellVm = new ShellViewModel(ctx.training(), ctx.attentions(), ctx.settingStore(), runner);
        this.shell = new ShellView(shellVm, i18n, zone);
        this.loginVm = new LoginViewModel(ctx.signIn(), runner);
        this.login = new LoginView(loginVm, i18n, ctx.training(), this::signedIn);
        this.flow = new AttentionFlow(i18n, ctx.catalog(), ctx.attentions(), ctx.attentionService(),
                ctx.identityCheck(), ctx::queryContext, runner, ctx.clock(), zone, ctx.training(), shell::show, shellVm::refreshStatus, this::openSupervisor);
        shell.signOutButton().setOnAction(e -> signOut());
        shell.supervisorButton().setOnAction(e -> openSupervisor());
        ctx.connectivity().addListener(online -> Platform.runLater(() -> {
            shellVm.onlineProperty().set(online);
            shellVm.refreshStatus();
        }));
        // An answer from PIDE proves the link; UNAVAILABLE suggests it is down (the probe confirms).
        flow.identifyViewModel().resultProperty().addListener((o, was, now) -> {
            if (now != null) {
                ctx.connectivity().report(now.outcome() != IdentityOutcome.UNAVAILABLE);
            }
        });
        loginVm.loadAdvisors();
        shell.show(login);
    }

    private void signedIn(AdvisorSession session) {
        shellVm.signedIn(session.advisor(), session.point());
        flow.begin(session.advisor(), session.point());
    }

    /** The supervisor's screen; "back" returns to the very screen (and typed text) that was open. */
    private void openSupervisor() {
        Node previous = shell.current();
        if (previous instanceof SupervisorView) {
            return;
        }
        shell.show(new SupervisorView(supervisorVm, i18n, zone, () -> shellVm.advisorProperty().get().id(),
                () -> shell.show(previous)));
    }

    private void signOut() {
        shellVm.signOut();
        shell.show(login);
    }

    public Parent root() {
        return shell;
    }

    public I18n i18n() {
        return i18n;
    }

    public AttentionFlow flow() {
        return flow;
    }

    public ShellViewModel shell() {
        return shellVm;
    }
}
