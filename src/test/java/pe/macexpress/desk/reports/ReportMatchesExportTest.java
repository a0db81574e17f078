package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;

/**
 * Issue 14: every figure of {@link ReportBuilder#build} that the base de datos' rows can give equals
 * what this test computes from the exported CSV alone (parsed back), over a month with missing values
 * (attentions without an arrival turn, a purged attention, a procedure the catalogue no longer lists),
 * citizens' languages es, qu and ay, an orientation-only visit, orientations and unmet requests, and
 * rows just outside the month. The computation here is written from the published definitions
 * (median: middle value or mean of the two; p90: nearest rank), not from the builder's code.
 */
class ReportMatchesExportTest {
    private static final double EXACT = 1e-9;

    @TempDir
    Path dir;

    @Test
    void everyFigureTheRowsCanGiveEqualsTheReport() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2026-10-01T12:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            BaseDeDatosSamples seeded = BaseDeDatosSamples.seed(db, clock);
            ReportPeriod period = BaseDeDatosSamples.PERIOD;
            PointReport report = new ReportBuilder(db, () -> seeded.catalog).build(period);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BaseDeDatos.write(db, seeded.catalog, period, BaseDeDatos.Format.CSV, false, out);
            List<Map<String, String>> rows = BaseDeDatosTest.parseCsv(out.toByteArray());

            List<Map<String, String>> attentions = of(rows, BaseDeDatos.ATTENTION);
            // the seed holds what the test is about
            assertEquals(seeded.inPeriod.size(), attentions.size());
            assertEquals(Set.of("es", "qu", "ay"), attentions.stream().map(r -> r.get("language")).collect(Collectors.toSet()));
            assertTrue(attentions.stream().anyMatch(r -> r.get("wait_minutes").isEmpty()), "attentions without arrival");
            assertTrue(attentions.stream().anyMatch(r -> r.get("entity_id").isEmpty()), "a procedure gone from the catalogue");

            assertEquals(attentions.size(), report.attentions(), "total");
            assertEquals(counts(attentions, r -> r.get("entity_id").isEmpty() ? PointReport.UNKNOWN : r.get("entity_id")),
                    report.byEntity(), "by entity");
            assertEquals(counts(attentions, r -> r.get("procedure_id")), report.byProcedure(), "by procedure");
            assertEquals(counts(attentions, r -> kind(r.get("attention_type"))), report.byKind(), "by kind");
            assertEquals(counts(attentions, r -> r.get("channel")), report.byChannel(), "by channel");
            assertEquals(counts(attentions, r -> r.get("outcome")), report.byOutcome(), "by outcome");
            assertEquals(counts(attentions, r -> r.get("language")), report.byLanguage(), "by language spoken");

            TreeMap<LocalDate, Long> perDay = new TreeMap<>();
            for (LocalDate d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
                perDay.put(d, 0L);
            }
            attentions.forEach(r -> perDay.merge(LocalDate.parse(r.get("date")), 1L, Long::sum));
            assertEquals(perDay, report.perDay(), "per day");

            // Waiting: once per visit; a visit's attentions share its arrival and call.
            Map<String, String> waitPerVisit = new LinkedHashMap<>();
            for (Map<String, String> r : attentions) {
                if (!r.get("wait_minutes").isEmpty()) {
                    String before = waitPerVisit.putIfAbsent(r.get("visit_id"), r.get("wait_minutes"));
                    assertTrue(before == null || before.equals(r.get("wait_minutes")), "one waiting time per visit");
                }
            }
            Set<String> attentionVisits = attentions.stream().map(r -> r.get("visit_id")).collect(Collectors.toSet());
            for (Map<String, String> r : rows) {
                if (!r.get("record_type").equals(BaseDeDatos.ATTENTION) && !r.get("wait_minutes").isEmpty()
                        && !attentionVisits.contains(r.get("visit_id"))) {
                    waitPerVisit.putIfAbsent(r.get("visit_id"), r.get("wait_minutes"));
                }
            }
            double[] waiting = waitPerVisit.values().stream().mapToDouble(Double::parseDouble).toArray();
            assertTrue(waiting.length >= 10, "enough visits with waiting times to mean something");
            assertStats(waiting, report.waiting(), "waiting per visit");
            double[] handling = attentions.stream().mapToDouble(r -> Double.parseDouble(r.get("handling_minutes"))).toArray();
            assertStats(handling, report.handling(), "handling");

            long verified = attentions.stream().filter(r -> r.get("verification").startsWith("VERIFIED")).count();
            assertEquals(verified, report.verifiedByPide().part(), "verified by PIDE");
            assertEquals(attentions.size(), report.verifiedByPide().whole(), "verified by PIDE: of all attentions");

            assertEquals(of(rows, BaseDeDatos.ORIENTATION).size(), report.orientations(), "orientations");
            assertEquals(counts(of(rows, BaseDeDatos.UNMET), r -> r.get("entity_id")), report.unmetDemand(), "unmet demand");
            assertEquals(2, report.unmetTotal());
        }
    }

    private static List<Map<String, String>> of(List<Map<String, String>> rows, String type) {
        return rows.stream().filter(r -> r.get("record_type").equals(type)).toList();
    }

    private static Map<String, Long> counts(List<Map<String, String>> rows,
                                            java.util.function.Function<Map<String, String>, String> key) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(key.apply(r), 1L, Long::sum));
        return counts;
    }

    /** The catalogue kind back from the published label; blank (no source) is the report's unknown. */
    private static String kind(String label) {
        return switch (label) {
            case "trámite" -> "tramite";
            case "consulta" -> "consulta";
            case "orientación" -> "orientacion";
            case "pago" -> "pago";
            case "cita" -> "cita";
            case "" -> PointReport.UNKNOWN;
            default -> throw new AssertionError("unexpected attention_type " + label);
        };
    }

    private static void assertStats(double[] values, TimeStats stats, String what) {
        assertEquals(values.length, stats.count(), what + ": how many");
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        // nearest rank: the smallest value with at least 90 % of the values at or below it
        double p90 = Double.NaN;
        for (int i = 0; i < n; i++) {
            if ((i + 1) * 10 >= 9 * n) {
                p90 = v[i];
                break;
            }
        }
        assertEquals(median, stats.median().orElseThrow(), EXACT, what + ": median");
        assertEquals(p90, stats.p90().orElseThrow(), EXACT, what + ": p90");
    }

}
