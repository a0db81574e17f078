package pe.macexpress.desk.ui.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.reports.PointReport;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * The reports screen's state: the period chosen (this month by default), the report built for it off
 * the FX thread, whether a build runs (the screen shows progress and "Cancelar"), was cancelled or
 * failed. Also the figures the charts draw, as plain lists (top ten and "otros", days or months).
 */
public final class ReportsViewModel {
    /** How many bars a chart of entities or procedures shows before gathering the rest in "otros". */
    public static final int TOP = 10;
    /** The key of the bar that gathers the rest. */
    public static final String OTHERS = "";
    /** Periods longer than this draw attentions per month instead of per day. */
    public static final long DAYS_PER_DAY_LINE = 92;

    /** Builds a report; {@link pe.macexpress.desk.reports.ReportBuilder#build} in the desk, a blockable one in tests. */
    @FunctionalInterface
    public interface Builder {
        PointReport build(ReportPeriod period) throws Exception;
    }

    /** One bar or share: a code (entity, procedure, outcome…) or {@link #OTHERS}, and its count. */
    public record Part(String key, long count) {
    }

    /** One point of the line: the first day of the day or month it counts. */
    public record Point(LocalDate first, long count) {
    }

    private final Builder builder;
    private final TaskRunner runner;
    private final Supplier<LocalDate> today;
    private final TaskSlot slot = new TaskSlot();
    private final ObjectProperty<ReportPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<PointReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty cancelled = new SimpleBooleanProperty();
    private final StringProperty errorKey = new SimpleStringProperty("");

    public ReportsViewModel(Builder builder, TaskRunner runner, Supplier<LocalDate> today) {
        this.builder = Objects.requireNonNull(builder);
        this.runner = Objects.requireNonNull(runner);
        this.today = Objects.requireNonNull(today);
        period.set(ReportPeriod.month(YearMonth.from(today.get())));
    }

    public ReadOnlyObjectProperty<ReportPeriod> periodProperty() {
        return period;
    }

    /** The report of the period once built; null while building, after a failure or a cancel. */
    public ReadOnlyObjectProperty<PointReport> reportProperty() {
        return report;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled;
    }

    /** The message of the last failure ("" when none): what to do next, in the advisor's language. */
    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey;
    }

    /** Day, week, month or year around the period's first day; a range keeps the period's days. */
    public void kind(ReportPeriod.Kind kind) {
        ReportPeriod now = period.get();
        if (kind == now.kind()) {
            return;
        }
        if (kind == ReportPeriod.Kind.RANGE) {
            show(ReportPeriod.range(now.first(), now.last()));
        } else {
            // Today's day, week, month or year when it holds today; else the one the period starts in.
            LocalDate day = now.contains(today.get()) ? today.get() : now.first();
            show(ReportPeriod.of(kind, day));
        }
    }

    public void previous() {
        show(period.get().previous());
    }

    public void next() {
        show(period.get().next());
    }

    /** The days from {@code first} to {@code last}; refused (a message, the period kept) when empty or reversed. */
    public boolean range(LocalDate first, LocalDate last) {
        if (first == null || last == null || last.isBefore(first)
                || java.time.temporal.ChronoUnit.DAYS.between(first, last) >= ReportPeriod.MAX_DAYS) {
            errorKey.set("reports.range.invalid");
            return false;
        }
        show(ReportPeriod.range(first, last));
        return true;
    }

    /** Shows {@code p} and builds its report. */
    public void show(ReportPeriod p) {
        period.set(Objects.requireNonNull(p));
        load();
    }

    /** Builds the current period's report (again); an earlier build's answer is dropped. */
    public void load() {
        ReportPeriod p = period.get();
        report.set(null);
        errorKey.set("");
        cancelled.set(false);
        BackgroundTask.of(() -> builder.build(p))
                .latestIn(slot)
                .busy(loading)
                .onSuccess(r -> report.set(r))
                .onFailure(e -> errorKey.set(Errors.messageKey(e).equals("error.unexpected")
                        ? "reports.failed" : Errors.messageKey(e)))
                .executeWith(runner);
    }

    /** Stops waiting for the build under way (it finishes unseen); "Reintentar" builds again. */
    public void cancel() {
        if (loading.get()) {
            slot.cancel();
            cancelled.set(true);
        }
    }

    /** Leaving the screen: nothing keeps waiting for a build. */
    public void leave() {
        slot.cancel();
        loading.set(false);
    }

    /** The largest {@code top} counts, then the rest in one {@link #OTHERS} part (none when nothing is left). */
    public static List<Part> top(Map<String, Long> counts, int top) {
        List<Part> parts = new ArrayList<>();
        long others = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() <= 0) {
                continue;
            }
            if (parts.size() < top) {
                parts.add(new Part(e.getKey(), e.getValue()));
            } else {
                others += e.getValue();
            }
        }
        if (others > 0) {
            parts.add(new Part(OTHERS, others));
        }
        return parts;
    }

    /** Whether the line counts months (a year, or a range longer than {@link #DAYS_PER_DAY_LINE} days). */
    public static boolean perMonth(ReportPeriod p) {
        return p.kind() == ReportPeriod.Kind.YEAR || p.days() > DAYS_PER_DAY_LINE;
    }

    /** Attentions per day, or per month for a long period (every day or month present, 0 when none). */
    public static List<Point> line(PointReport r) {
        SortedMap<LocalDate, Long> days = r.perDay();
        if (!perMonth(r.period())) {
            List<Point> points = new ArrayList<>();
            days.forEach((d, n) -> points.add(new Point(d, n)));
            return points;
        }
        SortedMap<YearMonth, Long> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(r.period().first()); !m.isAfter(YearMonth.from(r.period().last()));
             m = m.plusMonths(1)) {
            months.put(m, 0L);
        }
        days.forEach((d, n) -> months.merge(YearMonth.from(d), n, Long::sum));
        List<Point> points = new ArrayList<>();
        months.forEach((m, n) -> points.add(new Point(m.atDay(1), n)));
        return points;
    }

    /** The counts that are not zero, in the report's order (largest first). */
    public static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.forEach((k, v) -> {
            if (v > 0) {
                out.put(k, v);
            }
        });
        return out;
    }
}
