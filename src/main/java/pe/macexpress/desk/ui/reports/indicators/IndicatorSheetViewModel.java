package pe.macexpress.desk.ui.reports.indicators;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.reports.FigureFormat;
import pe.macexpress.desk.reports.IndicatorConfig;
import pe.macexpress.desk.reports.IndicatorRow;
import pe.macexpress.desk.reports.IndicatorSheet;
import pe.macexpress.desk.reports.IndicatorTargets;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.reports.Sheet;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;
import pe.macexpress.desk.ui.roles.SupervisorPinViewModel;

/**
 * Issue 14 (indicators): the indicator sheet of one period for {@link IndicatorSheetView}. Reads
 * the store through the {@link TaskRunner} (never on the FX thread). Editing a row's baseline and
 * targets: {@link #startEdit}, the typed texts, {@link #validate}, then a supervisor's PIN
 * ({@link #supervisorPrompt}, audited by the gate) and only then the save. What was typed stays
 * (per indicator) when the edit or the PIN prompt is cancelled, until it is saved.
 */
public final class IndicatorSheetViewModel {
    private final Store store;
    private final Supplier<Catalog> catalog;
    private final SupervisorGate gate;
    private final TaskRunner runner;
    private final Localization text;
    private final TaskSlot reads = new TaskSlot();

    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty loadErrorKey = new SimpleStringProperty("");
    private final StringProperty savedKey = new SimpleStringProperty("");

    private final ObjectProperty<IndicatorRow> editing = new SimpleObjectProperty<>();
    private final StringProperty year = new SimpleStringProperty("");
    private final StringProperty baseline = new SimpleStringProperty("");
    private final List<StringProperty> targets = List.of(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""), new SimpleStringProperty(""));
    private final StringProperty editErrorKey = new SimpleStringProperty("");
    private final ObjectProperty<List<Object>> editErrorArgs = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final Map<String, List<String>> drafts = new HashMap<>();

    /**
     * @param store   the point's store (read and written off the FX thread only)
     * @param catalog the installed catalogue (for the report's figures)
     * @param gate    the supervisor's gate (PIN, lockout, audit) for editing
     * @param runner  background work, callbacks on the FX thread
     * @param text    the bundles (cells are formatted in the language the view asks for)
     */
    public IndicatorSheetViewModel(Store store, Supplier<Catalog> catalog, SupervisorGate gate, TaskRunner runner,
                                   Localization text) {
        this.store = store;
        this.catalog = catalog;
        this.gate = gate;
        this.runner = runner;
        this.text = text;
    }

    /** The report the rows were computed from, when the reports screen gave it (FX thread only). */
    private pe.macexpress.desk.reports.PointReport report;

    /** Reads the sheet of {@code p} (the latest call wins). */
    public void load(ReportPeriod p) {
        load(p, null);
    }

    /**
     * The sheet of a report already built (the reports screen's): its values come from that report, so
     * the period's attentions are not read a second time; only the point's targets are.
     */
    public void load(pe.macexpress.desk.reports.PointReport built) {
        load(built.period(), built);
    }

    private void load(ReportPeriod p, pe.macexpress.desk.reports.PointReport built) {
        period.set(p);
        report = built;
        loadErrorKey.set("");
        BackgroundTask.of(() -> rowsOf(p, built))
                .latestIn(reads)
                .busy(busy)
                .onSuccess(rows::setAll)
                .onFailure(e -> loadErrorKey.set("indicator.view.load.failed"))
                .executeWith(runner);
    }

    /** The header of column {@code c} in {@code lang}. */
    public String column(int c, String lang) {
        return sheet(List.of(), lang).columns().get(c);
    }

    /** The cell of {@code row} in column {@code c}, formatted in {@code lang} ("sin dato" where missing). */
    public String cell(IndicatorRow row, int c, String lang) {
        return sheet(List.of(row), lang).rows().get(0).get(c);
    }

    public int columnCount() {
        return IndicatorSheet.COLUMN_KEYS.size();
    }

    private Sheet sheet(List<IndicatorRow> of, String lang) {
        ReportPeriod p = period.get() == null ? ReportPeriod.day(java.time.LocalDate.now(ReportPeriod.ZONE)) : period.get();
        return IndicatorSheet.sheet(of, p, new FigureFormat(text, lang), false);
    }

    /** Opens the edit of {@code row}: what was typed before for it if cancelled, else its current values. */
    public void startEdit(IndicatorRow row) {
        savedKey.set("");
        editErrorKey.set("");
        List<String> draft = drafts.get(row.indicator().id());
        if (draft == null) {
            IndicatorTargets t = row.targets();
            draft = new ArrayList<>(List.of(Integer.toString(t.baselineYear()), FigureFormat.plain(t.baseline())));
            for (OptionalDouble v : t.targets()) {
                draft.add(FigureFormat.plain(v));
            }
        }
        year.set(draft.get(0));
        baseline.set(draft.get(1));
        for (int i = 0; i < targets.size(); i++) {
            targets.get(i).set(draft.get(2 + i));
        }
        editing.set(row);
    }

    /** Closes the edit; what was typed is kept for the next edit of the same indicator. */
    public void cancelEdit() {
        IndicatorRow row = editing.get();
        if (row != null) {
            List<String> draft = new ArrayList<>(List.of(year.get(), baseline.get()));
            targets.forEach(t -> draft.add(t.get()));
            drafts.put(row.indicator().id(), draft);
        }
        editErrorKey.set("");
        editing.set(null);
    }

    /** Checks what was typed; on a mistake sets the message and returns empty. */
    public Optional<IndicatorTargets> validate() {
        IndicatorRow row = editing.get();
        if (row == null) {
            return Optional.empty();
        }
        IndicatorTargets.Parsed p = IndicatorTargets.parse(row.indicator().unit(), year.get(), baseline.get(),
                targets.stream().map(StringProperty::get).toList());
        if (!p.ok()) {
            editErrorArgs.set(p.errorArgs());
            editErrorKey.set(p.errorKey());
            return Optional.empty();
        }
        editErrorKey.set("");
        return Optional.of(p.targets());
    }

    /**
     * The supervisor's PIN prompt for saving {@code t} on the row being edited: the gate audits the
     * action with the indicator and its numbers; when it allows, {@code onAllowed} runs (the view
     * closes the prompt) and then the save.
     */
    public SupervisorPinViewModel supervisorPrompt(IndicatorTargets t, Runnable onAllowed) {
        String id = editing.get().indicator().id();
        return new SupervisorPinViewModel(gate, runner, SupervisorGate.Action.INDICATOR_TARGETS,
                IndicatorConfig.auditDetail(id, t), null, who -> {
                    onAllowed.run();
                    save(id, t);
                });
    }

    private void save(String id, IndicatorTargets t) {
        ReportPeriod p = period.get();
        pe.macexpress.desk.reports.PointReport built = report;
        BackgroundTask.of(() -> {
                    new IndicatorConfig(store).save(id, t);
                    return rowsOf(p, built);
                })
                .busy(saving)
                .onSuccess(list -> {
                    rows.setAll(list);
                    drafts.remove(id);
                    editErrorKey.set("");
                    editing.set(null);
                    savedKey.set("indicator.edit.saved");
                })
                .onFailure(e -> {
                    editErrorArgs.set(List.of());
                    editErrorKey.set("indicator.edit.save.failed");
                })
                .executeWith(runner);
    }

    /** Off the FX thread: the rows from {@code built} when given, else from a report of {@code p} built here. */
    private List<IndicatorRow> rowsOf(ReportPeriod p, pe.macexpress.desk.reports.PointReport built) {
        return built != null ? IndicatorSheet.rows(built, new IndicatorConfig(store).current())
                : IndicatorSheet.rows(store, catalog, p);
    }

    public ObservableList<IndicatorRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    public StringProperty loadErrorKeyProperty() {
        return loadErrorKey;
    }

    /** "Saved" after an edit went through; blank otherwise. */
    public StringProperty savedKeyProperty() {
        return savedKey;
    }

    public ReadOnlyObjectProperty<IndicatorRow> editingProperty() {
        return editing;
    }

    public StringProperty yearProperty() {
        return year;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    /** The four targets' texts, in year order. */
    public List<StringProperty> targetProperties() {
        return targets;
    }

    public StringProperty editErrorKeyProperty() {
        return editErrorKey;
    }

    public ReadOnlyObjectProperty<List<Object>> editErrorArgsProperty() {
        return editErrorArgs;
    }

    /** The year of target {@code i} as typed so far (baseline year + 1 + i), or "" while the year is not a year. */
    public String targetYear(int i) {
        try {
            int y = Integer.parseInt(year.get().strip());
            return y >= IndicatorTargets.FIRST_YEAR && y <= IndicatorTargets.LAST_YEAR ? Integer.toString(y + 1 + i) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
