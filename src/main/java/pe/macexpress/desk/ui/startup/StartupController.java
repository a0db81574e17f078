package pe.macexpress.desk.ui.startup;

import java.nio.file.Path;
import java.time.Clock;
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
    private final StartupView view;
    private final TaskRunner runner;
    private final Path home;
    private final Clock clock;
    private final Consumer<DeskContext> onOpened;
    private final Runnable onClose;

    public StartupController(StartupView view, TaskRunner runner, Path home, Clock clock,
                             Consumer<DeskContext> onOpened, Runnable onClose) {
        this.view = view;
        this.runner = runner;
        this.home = home;
        this.clock = clock;
        this.onOpened = onOpened;
        this.onClose = onClose;
    }

    public void open() {
        view.showOpening();
        BackgroundTask.of(() -> DeskContext.open(DeskSettings.load(home), clock))
                .onSuccess(onOpened)
                .onFailure(this::failed)
                .executeWith(runner);
    }

    private void failed(Throwable error) {
        boolean damaged = error instanceof StoreException se
                && (se.kind() == StoreException.Kind.CORRUPT || se.kind() == StoreException.Kind.NEWER_SCHEMA);
        if (!damaged) {
            view.showFailure(error, home, onClose, null, null);
            return;
        }
        BackgroundTask.of(() -> Recovery.offer(DeskSettings.load(home), clock))
                .onSuccess(offer -> view.showFailure(error, home, onClose, offer.orElse(null),
                        offer.isPresent() ? () -> restore(offer.get()) : null))
                .onFailure(e -> view.showFailure(error, home, onClose, null, null))
                .executeWith(runner);
    }

    private void restore(Backup backup) {
        view.showOpening();
        BackgroundTask.of(() -> Recovery.restore(DeskSettings.load(home), clock, backup))
                .onSuccess(aside -> open())
                .onFailure(this::failed)
                .executeWith(runner);
    }
}
