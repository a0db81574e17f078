package pe.macexpress.desk.ui.supervisor;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import pe.macexpress.desk.catalog.CatalogException;
import pe.macexpress.desk.catalog.CatalogService;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * The catalogue in use (version, date, counts, source, the last one refused) and the USB way in
 * and out, for a supervisor on a PIAS that never sees a link. An imported file applies from the
 * next visit; a refused one changes nothing and says which entry failed.
 */
public final class CatalogViewModel {
    private final ReadOnlyObjectWrapper<CatalogService.Status> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper resultKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper resultArg = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final CatalogService catalogs;
    private final TaskRunner runner;

    public CatalogViewModel(CatalogService catalogs, TaskRunner runner) {
        this.catalogs = catalogs;
        this.runner = runner;
    }

    public void refresh() {
        BackgroundTask.of(catalogs::status).onSuccess(status::set).executeWith(runner);
    }

    /** Installs a signed catalogue from a file (a USB stick). */
    public void importFrom(Path file) {
        if (busy.get()) {
            return;
        }
        clear();
        BackgroundTask.of(() -> catalogs.importFile(file))
                .busy(busy)
                .onSuccess(c -> {
                    resultKey.set("catalog.ui.imported");
                    resultArg.set(c.version());
                    refresh();
                })
                .onFailure(e -> {
                    if (e instanceof CatalogException ce) {
                        resultKey.set("catalog.ui.refused");
                        problemKey.set(ce.messageKey());
                        resultArg.set(ce.entry());
                    } else {
                        resultKey.set(Errors.messageKey(e));
                    }
                    refresh();
                })
                .executeWith(runner);
    }

    /** Writes the catalogue in use to a file, to carry it to another workstation of the same central. */
    public void exportTo(Path file) {
        if (busy.get()) {
            return;
        }
        clear();
        BackgroundTask.of(() -> {
            catalogs.exportTo(file);
            return file;
        }).busy(busy)
                .onSuccess(f -> {
                    resultKey.set("catalog.ui.exported");
                    resultArg.set(f.toString());
                })
                .onFailure(e -> resultKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    private void clear() {
        resultKey.set("");
        resultArg.set("");
        problemKey.set("");
    }

    public ReadOnlyObjectProperty<CatalogService.Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What happened: imported, exported, refused (with {@link #problemKeyProperty()}), or an error. */
    public ReadOnlyStringProperty resultKeyProperty() {
        return resultKey.getReadOnlyProperty();
    }

    /** The version imported, the file written, or the entry at fault. */
    public ReadOnlyStringProperty resultArgProperty() {
        return resultArg.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemKeyProperty() {
        return problemKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
