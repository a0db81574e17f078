package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.reports.PointReport;
import pe.macexpress.desk.reports.ReportBuilder;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.reports.TimeStats;

/**
 * Issue 14 (speed at scale): the report's fast path (the covering index, the facets counted by
 * identity, day boundaries instead of dates, one seek per sync day) gives the same figures as an
 * independent computation from the full rows of {@link ReportStore#attentions} and from the outbox's
 * rows (and the cases from every follow-up row), over seeded data with several languages, missing languages, attentions without an arrival
 * turn, visits of several attentions, a procedure missing from the catalogue and offline days.
 */
class ReportFastPathTest {
    private static final long NOW = Instant.parse("2026-06-15T20:00:00Z").toEpochMilli();
    private static final Catalog CATALOG = Catalog.bundled();
    @TempDir
    static Path folder;
    private static Store store;

    @BeforeAll
    static void seed() {
        store = Store.open(folder.resolve("reports.db"), Clock.systemUTC());
        List<String> procedures = new ArrayList<>(CATALOG.all().stream().map(Procedure::id).toList());
        procedures.add(3, "PROC-NOT-IN-CATALOGUE"); // frequent enough to show
        new ReportScaleSeed(store, procedures, NOW).fill(30_000);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<ReportPeriod> periods() {
        return Stream.of(ReportPeriod.month(YearMonth.of(2026, 5)), ReportPeriod.year(2025),
                ReportPeriod.week(LocalDate.of(2026, 6, 10)), ReportPeriod.day(LocalDate.of(2026, 3, 2)),
                ReportPeriod.range(LocalDate.of(2024, 5, 20), LocalDate.of(2026, 6, 15)));
    }

    @ParameterizedTest
    @MethodSource("periods")
    void theReportsFiguresEqualThoseComputedFromTheFullRows(ReportPeriod period) {
        Map<String, Long> procedure = new HashMap<>();
        Map<String, Long> entity = new HashMap<>();
        Map<String, Long> kind = new HashMap<>();
        Map<String, Long> channel = new HashMap<>();
        Map<String, Long> outcome = new HashMap<>();
        Map<String, Long> language = new HashMap<>();
        Map<LocalDate, Long> perDay = new TreeMap<>();
        Map<String, long[]> visits = new HashMap<>();
        List<Double> handling = new ArrayList<>();
        long[] verified = {0};
        long[] total = {0};
        store.reports().attentions(period.start(), period.end(), a -> {
            total[0]++;
            Procedure p = CATALOG.find(a.procedureId()).orElse(null);
            procedure.merge(a.procedureId(), 1L, Long::sum);
            entity.merge(p == null ? PointReport.UNKNOWN : p.entity(), 1L, Long::sum);
            kind.merge(p == null ? PointReport.UNKNOWN : p.kind().name().toLowerCase(java.util.Locale.ROOT), 1L,
                    Long::sum);
            channel.merge(a.channel(), 1L, Long::sum);
            outcome.merge(a.outcome(), 1L, Long::sum);
            language.merge(a.spokenLanguage(), 1L, Long::sum);
            perDay.merge(Instant.ofEpochMilli(a.startedAt()).atZone(ReportPeriod.ZONE).toLocalDate(), 1L, Long::sum);
            if (a.verification().startsWith("VERIFIED")) {
                verified[0]++;
            }
            handling.add((a.endedAt() - a.startedAt()) / 60_000.0);
            long[] t = visits.computeIfAbsent(a.visitId(), k -> new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 1});
            if (a.arrivedAt() > 0 && a.calledAt() > 0) {
                t[0] = Math.min(t[0], a.arrivedAt());
                t[1] = Math.min(t[1], a.calledAt());
            }
        });
        List<Double> waiting = new ArrayList<>();
        visits.values().forEach(t -> {
            if (t[0] != Long.MAX_VALUE) {
                waiting.add((t[1] - t[0]) / 60_000.0);
            }
        });
        long visitCount = visits.size();
        for (ReportStore.VisitRow v : store.reports().orientationOnlyVisits(period.start(), period.end())) {
            if (!visits.containsKey(v.id())) {
                visitCount++;
                waiting.add((v.calledAt() - v.arrivedAt()) / 60_000.0);
            }
        }

        long[] cases = new long[3]; // open at the end, overdue among them, opened in the period
        long from = period.start().toEpochMilli();
        long end = period.end().toEpochMilli();
        store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT opened_at, due_date, closed_at FROM follow_up");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long opened = rs.getLong(1);
                    LocalDate due = LocalDate.parse(rs.getString(2));
                    long closed = rs.getLong(3);
                    boolean neverClosed = rs.wasNull();
                    if (opened >= end || !neverClosed && closed < from) {
                        continue; // not alive in the period
                    }
                    cases[2] += opened >= from ? 1 : 0;
                    if (neverClosed || closed >= end) {
                        cases[0]++;
                        cases[1] += due.isBefore(period.last()) ? 1 : 0;
                    }
                }
            }
            return null;
        });

        PointReport report = new ReportBuilder(store, () -> CATALOG).build(period);

        assertTrue(total[0] > 0 || period.kind() == ReportPeriod.Kind.DAY, "the seed fills " + period);
        assertEquals(total[0], report.attentions());
        assertEquals(procedure, report.byProcedure());
        assertEquals(entity, report.byEntity());
        assertEquals(kind, report.byKind());
        assertEquals(channel, report.byChannel());
        assertEquals(outcome, report.byOutcome());
        assertEquals(language, report.byLanguage());
        Map<LocalDate, Long> reported = new TreeMap<>(report.perDay());
        reported.values().removeIf(n -> n == 0);
        assertEquals(perDay, reported);
        assertEquals(verified[0], report.verifiedByPide().part());
        assertEquals(visitCount, report.visits());
        assertEquals(stats(handling), report.handling());
        assertEquals(stats(waiting), report.waiting());
        assertEquals(cases[0], report.openCases());
        assertEquals(cases[1], report.overdueCases());
        assertEquals(cases[2], report.casesOpened());
        if (period.kind() == ReportPeriod.Kind.YEAR) {
            assertTrue(report.byEntity().containsKey(PointReport.UNKNOWN), "a procedure missing from the catalogue");
            assertTrue(report.byLanguage().size() >= 3, "several languages: " + report.byLanguage());
        }
    }

    @ParameterizedTest
    @MethodSource("periods")
    void theSyncDaysAreTheDaysOfEveryAcknowledgedRow(ReportPeriod period) {
        Set<LocalDate> expected = new TreeSet<>();
        long from = period.start().toEpochMilli();
        long to = period.end().toEpochMilli();
        store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT updated_at FROM outbox WHERE state = 'acknowledged'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long at = rs.getLong(1);
                    if (at >= from && at < to) {
                        expected.add(Instant.ofEpochMilli(at).atZone(ReportPeriod.ZONE).toLocalDate());
                    }
                }
            }
            return null;
        });
        List<LocalDate> days = store.reports().syncDays(period.start(), period.end(), ReportPeriod.ZONE);

        assertEquals(new ArrayList<>(expected), days);
        assertEquals(new HashSet<>(days).size(), days.size(), "one entry per day");
    }

    @ParameterizedTest
    @MethodSource("periods")
    void theAttentionScanReadsTheCoveringIndexAlone(ReportPeriod period) {
        String plan = store.database().read(c -> {
            StringBuilder sb = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN SELECT procedure_id || char(31)"
                    + " || channel || char(31) || outcome || char(31) || verification || char(31)"
                    + " || coalesce(citizen_language, language), visit_id, started_at, ended_at, coalesce(arrived_at, 0),"
                    + " coalesce(called_at, 0), procedure_id, channel, outcome, verification,"
                    + " coalesce(citizen_language, language) FROM attention WHERE started_at >= ? AND started_at < ?"
                    + " ORDER BY started_at")) {
                ps.setLong(1, period.start().toEpochMilli());
                ps.setLong(2, period.end().toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sb.append(rs.getString(4)).append('\n');
                    }
                }
            }
            return sb.toString();
        });

        assertTrue(plan.contains("COVERING INDEX attention_report"), plan);
        assertTrue(!plan.contains("TEMP B-TREE"), plan);
    }

    private static TimeStats stats(List<Double> minutes) {
        return TimeStats.of(minutes.stream().mapToDouble(Double::doubleValue).toArray(), minutes.size());
    }
}
