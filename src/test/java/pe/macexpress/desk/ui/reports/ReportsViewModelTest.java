package pe.macexpress.desk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.reports.PointReport;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.reports.Share;
import pe.macexpress.desk.reports.TimeStats;
import pe.macexpress.desk.ui.common.TaskRunner;

/** The reports screen's state without a scene: periods, the build and its cancel, and the charts' figures. */
class ReportsViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    /** Holds the work until the test runs it: a build "in progress". */
    private static final class HeldRunner implements TaskRunner {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }
    }

    private static PointReport report(ReportPeriod p, long attentions) {
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        for (LocalDate d = p.first(); !d.isAfter(p.last()); d = d.plusDays(1)) {
            days.put(d, d.getDayOfMonth() == 1 ? attentions : 0L);
        }
        return new PointReport(p, "P1", attentions, attentions, days, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), TimeStats.NONE, TimeStats.NONE, Share.of(0, attentions), List.of(), 0, 0, 0, Map.of(), 0, 0,
                Map.of(), 0, 0, 0, 0, 0, OptionalInt.empty());
    }

    @Test
    void opensOnTodaysMonthAndStepsByMonth() {
        List<ReportPeriod> built = new ArrayList<>();
        ReportsViewModel vm = new ReportsViewModel(p -> {
            built.add(p);
            return report(p, 1);
        }, TaskRunner.direct(), () -> TODAY);
        assertEquals(ReportPeriod.month(YearMonth.of(2026, 12)), vm.periodProperty().get());
        vm.load();
        vm.previous();
        assertEquals(ReportPeriod.month(YearMonth.of(2026, 11)), vm.periodProperty().get());
        vm.next();
        vm.next();
        assertEquals(ReportPeriod.month(YearMonth.of(2027, 1)), vm.periodProperty().get());
        assertEquals(4, built.size(), "every period shown is built");
        assertEquals(built.get(3), vm.reportProperty().get().period());
    }

    @Test
    void kindsAroundTodayAndARangeKeepsTheDays() {
        ReportsViewModel vm = new ReportsViewModel(p -> report(p, 0), TaskRunner.direct(), () -> TODAY);
        vm.kind(ReportPeriod.Kind.WEEK);
        assertEquals(ReportPeriod.week(TODAY), vm.periodProperty().get(), "this month holds today: today's week");
        vm.kind(ReportPeriod.Kind.YEAR);
        assertEquals(ReportPeriod.year(2026), vm.periodProperty().get());
        vm.kind(ReportPeriod.Kind.RANGE);
        assertEquals(ReportPeriod.range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), vm.periodProperty().get());
        vm.previous();
        vm.kind(ReportPeriod.Kind.DAY);
        assertEquals(ReportPeriod.day(LocalDate.of(2025, 1, 1)), vm.periodProperty().get(),
                "a period without today: its first day");
    }

    @Test
    void aReversedRangeIsRefusedWithWhatToDo() {
        ReportsViewModel vm = new ReportsViewModel(p -> report(p, 0), TaskRunner.direct(), () -> TODAY);
        ReportPeriod before = vm.periodProperty().get();
        assertFalse(vm.range(TODAY, TODAY.minusDays(1)));
        assertEquals("reports.range.invalid", vm.errorKeyProperty().get());
        assertEquals(before, vm.periodProperty().get(), "the period is kept");
        assertFalse(vm.range(null, TODAY));
        assertTrue(vm.range(TODAY.minusDays(6), TODAY));
        assertEquals(ReportPeriod.range(TODAY.minusDays(6), TODAY), vm.periodProperty().get());
        assertEquals("", vm.errorKeyProperty().get());
    }

    @Test
    void aCancelledBuildDeliversNothingAndRetryBuildsAgain() {
        HeldRunner runner = new HeldRunner();
        ReportsViewModel vm = new ReportsViewModel(p -> report(p, 7), runner, () -> TODAY);
        vm.load();
        assertTrue(vm.loadingProperty().get());
        vm.cancel();
        assertFalse(vm.loadingProperty().get());
        assertTrue(vm.cancelledProperty().get());
        runner.held.get(0).run();
        assertNull(vm.reportProperty().get(), "the cancelled build's answer is not shown");
        vm.load();
        assertFalse(vm.cancelledProperty().get());
        runner.held.get(1).run();
        assertEquals(7, vm.reportProperty().get().attentions());
    }

    @Test
    void aNewerPeriodWinsOverTheBuildBeforeIt() {
        HeldRunner runner = new HeldRunner();
        ReportsViewModel vm = new ReportsViewModel(p -> report(p, p.first().getMonthValue()), runner, () -> TODAY);
        vm.load();
        vm.previous();
        runner.held.get(1).run();
        runner.held.get(0).run();
        assertEquals(11, vm.reportProperty().get().attentions(), "December's late answer does not replace November's");
    }

    @Test
    void aFailedBuildSaysWhatToDo() {
        ReportsViewModel vm = new ReportsViewModel(p -> {
            throw new IllegalStateException("disk");
        }, TaskRunner.direct(), () -> TODAY);
        vm.load();
        assertEquals("reports.failed", vm.errorKeyProperty().get());
        assertNull(vm.reportProperty().get());
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void topTenThenTheRestAsOthers() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < 13; i++) {
            counts.put("p" + i, 20L - i);
        }
        counts.put("zero", 0L);
        List<ReportsViewModel.Part> parts = ReportsViewModel.top(counts, ReportsViewModel.TOP);
        assertEquals(11, parts.size());
        assertEquals(new ReportsViewModel.Part("p0", 20), parts.get(0));
        assertEquals(new ReportsViewModel.Part(ReportsViewModel.OTHERS, 10 + 9 + 8), parts.get(10));
        assertEquals(List.of(new ReportsViewModel.Part("a", 2)), ReportsViewModel.top(Map.of("a", 2L), 10),
                "no 'otros' when nothing is left");
    }

    @Test
    void aYearDrawsTwelveMonthsAndAMonthItsDays() {
        ReportPeriod year = ReportPeriod.year(2026);
        List<ReportsViewModel.Point> months = ReportsViewModel.line(report(year, 3));
        assertEquals(12, months.size());
        assertEquals(new ReportsViewModel.Point(LocalDate.of(2026, 5, 1), 3), months.get(4),
                "the month sums its days (3 on the 1st)");
        List<ReportsViewModel.Point> days = ReportsViewModel.line(report(ReportPeriod.month(YearMonth.of(2026, 2)), 4));
        assertEquals(28, days.size());
        assertEquals(4, days.get(0).count());
        assertTrue(ReportsViewModel.perMonth(ReportPeriod.range(TODAY.minusDays(200), TODAY)));
        assertFalse(ReportsViewModel.perMonth(ReportPeriod.range(TODAY.minusDays(30), TODAY)));
    }

    @Test
    void leavingDropsTheBuildUnderWay() {
        HeldRunner runner = new HeldRunner();
        ReportsViewModel vm = new ReportsViewModel(p -> report(p, 1), runner, () -> TODAY);
        vm.load();
        vm.leave();
        assertFalse(vm.loadingProperty().get());
        runner.held.get(0).run();
        assertNull(vm.reportProperty().get());
        assertSame(ReportPeriod.Kind.MONTH, vm.periodProperty().get().kind());
    }
}
