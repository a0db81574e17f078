package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.SampleAttentions;

/** Issue 14 (indicators): each value equals what this test computes by itself, and a value without source is empty. */
class IndicatorValuesTest {
    @TempDir
    Path dir;

    private static Map<String, IndicatorRow> byId(List<IndicatorRow> rows) {
        Map<String, IndicatorRow> m = new HashMap<>();
        rows.forEach(r -> m.put(r.indicator().id(), r));
        return m;
    }

    @Test
    void valuesFromSeededAttentionsEqualAnIndependentCountAndMissingSourcesAreEmptyNotZero() {
        List<Attention> seeded = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            for (int i = 1; i <= 61; i++) {
                Attention a = SampleAttentions.of(i, SampleAttentions.BASE.plus(Duration.ofHours(i)));
                store.attentions().save(a);
                seeded.add(a);
            }
            List<IndicatorRow> rows = IndicatorSheet.rows(store, Catalog::bundled, ReportPeriod.month(YearMonth.of(2026, 11)));
            Map<String, IndicatorRow> v = byId(rows);
            assertEquals(Indicators.all().size(), rows.size());

            long n = seeded.size();
            long served = seeded.stream().filter(a -> a.outcome().type() == OutcomeType.ATENDIDO).count();
            long referred = seeded.stream().filter(a -> a.outcome().type() == OutcomeType.DERIVADO).count();
            long verified = seeded.stream().filter(a -> a.verification() == VerificationState.VERIFIED
                    || a.verification() == VerificationState.VERIFIED_MINOR).count();
            double[] minutes = seeded.stream()
                    .mapToDouble(a -> Duration.between(a.startedAt(), a.endedAt()).toMillis() / 60_000.0).sorted().toArray();
            double median = (minutes[minutes.length / 2]); // 61 values: the middle one
            assertTrue(served > 0 && referred > 0 && verified > 0 && verified < n, "the seed mixes outcomes and states");

            assertEquals(n, v.get("attentions_per_month").value().getAsDouble(), 1e-9, "a whole month: its attentions");
            assertEquals(100.0 * served / n, v.get("first_visit").value().getAsDouble(), 1e-9);
            assertEquals(100.0 * referred / n, v.get("referred").value().getAsDouble(), 1e-9);
            assertEquals(100.0 * verified / n, v.get("pide_verified").value().getAsDouble(), 1e-9);
            assertEquals(median, v.get("handling_time").value().getAsDouble(), 1e-9);
            // Sources that exist and counted nothing: real zeros.
            assertEquals(0.0, v.get("complaints").value().getAsDouble());
            assertEquals(0.0, v.get("overdue_cases").value().getAsDouble());
            assertEquals(0.0, v.get("unmet_demand").value().getAsDouble());
            // No arrival turns, no surveys, no complaints to take a share of, never synced: no value at all.
            for (String id : List.of("waiting_time", "waiting_time_p90", "satisfaction", "complaints_overdue",
                    "days_without_sync")) {
                assertTrue(v.get(id).value().isEmpty(), id + " has no source and must be empty, was " + v.get(id).value());
                assertEquals(IndicatorRow.Verdict.NO_VALUE, v.get(id).verdict(), id);
            }
            // 2026 is the first target year of the defaults (baseline 2025): verdicts follow the direction.
            IndicatorRow handling = v.get("handling_time");
            double target = handling.targets().targetFor(2026).getAsDouble();
            assertEquals(median <= target ? IndicatorRow.Verdict.MEETS : IndicatorRow.Verdict.MISSES, handling.verdict());
            assertEquals(IndicatorRow.Verdict.NO_TARGET, v.get("attentions_per_month").verdict(),
                    "the defaults set no target for attentions per month");
        }
    }

    @Test
    void anEmptyPeriodHasNoSharesAndNoRatesButCountsAreZero() {
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            Map<String, IndicatorRow> v = byId(IndicatorSheet.rows(store, Catalog::bundled,
                    ReportPeriod.month(YearMonth.of(2026, 10))));
            for (String id : List.of("first_visit", "referred", "pide_verified", "complaints", "unmet_demand",
                    "handling_time")) {
                assertTrue(v.get(id).value().isEmpty(), id + " of nothing must be empty");
            }
            assertEquals(OptionalDouble.of(0), v.get("attentions_per_month").value());
            assertEquals(OptionalDouble.of(0), v.get("overdue_cases").value());
        }
    }

    @Test
    void surveyComplaintUnmetAndSyncValuesFollowTheirDefinitions() {
        ReportPeriod tenDays = ReportPeriod.range(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10));
        List<Satisfaction> drivers = new ArrayList<>();
        long satisfied = 0;
        long answered = 0;
        for (int d = 0; d < SurveyContent.DRIVERS.size(); d++) {
            int part = d + 3;
            int whole = 10 + d;
            satisfied += part;
            answered += whole;
            drivers.add(new Satisfaction(SurveyContent.DRIVERS.get(d), whole, OptionalDouble.of(3.5), Share.of(part, whole)));
        }
        Map<String, Long> unmet = new TreeMap<>(Map.of("RENIEC", 3L, "", 2L));
        PointReport r = new PointReport(tenDays, "P1", 400, 380, new TreeMap<>(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of("ATENDIDO", 300L, "DERIVADO", 40L), Map.of(),
                TimeStats.of(new double[] {4, 9, 12, 30}, 4), TimeStats.NONE, Share.of(350, 400), drivers, 60,
                6, 2, Map.of(), 0, 5, unmet, 0, 0, 7, 3, 2, OptionalInt.of(4));
        Map<String, IndicatorRow> v = byId(IndicatorSheet.rows(r, Map.of()));
        assertEquals(100.0 * satisfied / answered, v.get("satisfaction").value().getAsDouble(), 1e-9);
        assertEquals(6 * 1000.0 / 400, v.get("complaints").value().getAsDouble(), 1e-9);
        assertEquals(100.0 * 2 / 6, v.get("complaints_overdue").value().getAsDouble(), 1e-9);
        assertEquals(5 * 100.0 / 400, v.get("unmet_demand").value().getAsDouble(), 1e-9);
        assertEquals(4.0, v.get("days_without_sync").value().getAsDouble());
        assertEquals(3.0, v.get("overdue_cases").value().getAsDouble());
        assertEquals(10.5, v.get("waiting_time").value().getAsDouble(), 1e-9, "median of 4, 9, 12, 30");
        assertEquals(30.0, v.get("waiting_time_p90").value().getAsDouble());
        assertTrue(v.get("handling_time").value().isEmpty());
        assertEquals(400 * (365.25 / 12) / 10, v.get("attentions_per_month").value().getAsDouble(), 1e-9,
                "ten days brought to an average month");
        assertEquals(75.0, v.get("first_visit").value().getAsDouble(), 1e-9);
        assertEquals(10.0, v.get("referred").value().getAsDouble(), 1e-9);
        assertEquals(87.5, v.get("pide_verified").value().getAsDouble(), 1e-9);
        // Default targets of 2026: referred 10 % <= 15 % meets; complaints 15 per 1000 > 5 misses.
        assertEquals(IndicatorRow.Verdict.MEETS, v.get("referred").verdict());
        assertEquals(IndicatorRow.Verdict.MISSES, v.get("complaints").verdict());
    }

    @Test
    void aYearOfWholeMonthsIsAveragedOverItsTwelveMonths() {
        assertEquals(1200.0 / 12, Indicators.perMonth(1200, ReportPeriod.year(2026)), 1e-9);
        assertEquals(300.0 / 2, Indicators.perMonth(300,
                ReportPeriod.range(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28))), 1e-9);
    }
}
