package pe.macexpress.desk.ui.supervisor;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.i18n.ReviewReport;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * Issue 16 (review): the supervisor's view of the review report, one row per installed language
 * (translated share, reviewed and unreviewed strings, marks out of date, glossary findings). The
 * report reads the bundles, the review files and the glossary: computed by the runner, off the FX
 * thread; a failure is shown, never a half-filled table.
 */
public final class LanguageReviewViewModel {
    private final ObservableList<ReviewReport.LanguageFigures> languages = FXCollections.observableArrayList();
    /** One read-only view, kept: a new unmodifiable wrapper per call would drop its listeners when collected. */
    private final ObservableList<ReviewReport.LanguageFigures> readOnly = FXCollections.unmodifiableObservableList(languages);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final Callable<ReviewReport.Result> report;
    private final TaskRunner runner;

    /** {@code report}: builds the report (e.g. {@code ReviewReport.build(localization, home/i18n, GlossaryCheck.bundled())}). */
    public LanguageReviewViewModel(Callable<ReviewReport.Result> report, TaskRunner runner) {
        this.report = report;
        this.runner = runner;
    }

    public void refresh() {
        if (busy.get()) {
            return;
        }
        failed.set(false);
        BackgroundTask.of(report).busy(busy)
                .onSuccess(r -> languages.setAll(r.languages()))
                .onFailure(e -> {
                    languages.clear();
                    failed.set(true);
                })
                .executeWith(runner);
    }

    /** One entry per installed language, the source (Spanish) first, in the order of the bundles. */
    public ObservableList<ReviewReport.LanguageFigures> languages() {
        return readOnly;
    }

    public List<ReviewReport.LanguageFigures> snapshot() {
        return List.copyOf(languages);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The report could not be built (an unreadable file): the card says what to do. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
