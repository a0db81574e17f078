package pe.macexpress.desk.ui.startup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.app.Recovery;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.Backup;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * Opens the data folder off the FX thread. When it cannot be opened, the start screen says why;
 * when the database is damaged and a good backup exists, it offers to restore it (the damaged file
 * is kept aside) and then opens again.
 */
public final class StartupController {
    /** Built on first need: a folder that opens fast never shows it (it costs a start tens of ms). */
    private final java.util.function.Supplier<StartupView> views;
    private StartupView view;
    private final TaskRunner runner;
    private final Path home;
    private final Clock clock;
    private final Consumer<DeskContext> onOpened;
    private final Runnable onClose;
    private CompletableFuture<DeskContext> early;
    private Runnable onFailed = () -> { };

    public StartupController(StartupView view, TaskRunner runner, Path home, Clock clock,
                             Consumer<DeskContext> onOpened, Runnable onClose) {
        this(() -> view, runner, home, clock, onOpened, onClose);
    }

    /** @param views makes the start screen, at most once, when it is first needed (on the FX thread) */
    public StartupController(java.util.function.Supplier<StartupView> views, TaskRunner runner, Path home, Clock clock,
                             Consumer<DeskContext> onOpened, Runnable onClose) {
        this.views = views;
        this.runner = runner;
        this.home = home;
        this.clock = clock;
        this.onOpened = onOpened;
        this.onClose = onClose;
    }

    /**
     * The first {@link #open()} takes this opening, begun before the window (in parallel with
     * JavaFX's start-up), instead of starting one; a retry after a restore opens anew.
     */
    public StartupController openingFrom(CompletableFuture<DeskContext> opening) {
        this.early = opening;
        return this;
    }

    /** Told before the start screen shows why the folder could not be opened. */
    public StartupController whenFailed(Runnable action) {
        this.onFailed = action;
        return this;
    }

    public void open() {
        if (view != null) {
            view.showOpening(); // a retry after a restore; a new view starts in this state
        }
        CompletableFuture<DeskContext> first = early;
        early = null;
        BackgroundTask.of(() -> first != null ? awaitOpening(first) : DeskContext.openForSignIn(DeskSettings.load(home), clock))
                .onSuccess(onOpened)
                .onFailure(this::failed)
                .executeWith(runner);
    }

    private static DeskContext awaitOpening(CompletableFuture<DeskContext> opening) throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void failed(Throwable error) {
        onFailed.run();
        boolean damaged = error instanceof StoreException se
                && (se.kind() == StoreException.Kind.CORRUPT || se.kind() == StoreException.Kind.NEWER_SCHEMA);
        if (!damaged) {
            view().showFailure(error, home, onClose, null, null);
            return;
        }
        BackgroundTask.of(() -> Recovery.offer(DeskSettings.load(home), clock))
                .onSuccess(offer -> view().showFailure(error, home, onClose, offer.orElse(null),
                        offer.isPresent() ? () -> restore(offer.get()) : null))
                .onFailure(e -> view().showFailure(error, home, onClose, null, null))
                .executeWith(runner);
    }

    private void restore(Backup backup) {
        view().showOpening();
        BackgroundTask.of(() -> Recovery.restore(DeskSettings.load(home), clock, backup))
                .onSuccess(aside -> open())
                .onFailure(this::failed)
                .executeWith(runner);
    }

    /** The start screen, made now if it was not yet. */
    public StartupView view() {
        if (view == null) {
            view = views.get();
        }
        return view;
    }
}
