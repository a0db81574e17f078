package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Arrival;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.store.OrientationEntry;
import pe.macexpress.desk.store.OutboxEntry;
import pe.macexpress.desk.store.OutboxSettlement;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;

/**
 * A month with every case the builder must get right, figures computed here by hand: a visit of two
 * attentions (waiting counted once), one without an arrival turn (no waiting, but handling), one late
 * on the month's last evening in Lima (already December in UTC), a procedure the catalogue no longer
 * lists, three languages, surveys with skipped drivers, and the sources that are missing.
 */
class ReportBuilderTest {
    private static final Catalog CATALOG = Catalog.bundled();

    @TempDir
    Path dir;

    @Test
    void aMonthsFiguresAreTheOnesCountedByHandAndMissingSourcesStayEmpty() {
        codes = 0;
        MutableClock clock = new MutableClock(Instant.parse("2026-12-05T15:00:00Z"));
        Procedure reniec = CATALOG.all().stream().filter(p -> p.entity().equals("RENIEC")).findFirst().orElseThrow();
        Procedure other = CATALOG.all().stream().filter(p -> !p.entity().equals("RENIEC")).findFirst().orElseThrow();
        UUID v1 = UUID.randomUUID();
        UUID v3 = UUID.randomUUID();
        try (Store store = Store.open(dir.resolve("desk.db"), clock)) {
            save(store, v1, reniec.id(), OutcomeType.ATENDIDO, VerificationState.VERIFIED, "es",
                    lima(2026, 11, 3, 10, 12), 10, new Arrival(lima(2026, 11, 3, 10, 0), lima(2026, 11, 3, 10, 12), "es"));
            save(store, v1, other.id(), OutcomeType.DERIVADO, VerificationState.VERIFIED_MINOR, "es",
                    lima(2026, 11, 3, 10, 22), 30, new Arrival(lima(2026, 11, 3, 10, 0), lima(2026, 11, 3, 10, 12), "qu"));
            save(store, UUID.randomUUID(), "retired-procedure", OutcomeType.NO_ATENDIDO, VerificationState.PENDING,
                    "qu", lima(2026, 11, 10, 15, 0), 5, Arrival.UNKNOWN);
            save(store, v3, reniec.id(), OutcomeType.PENDIENTE, VerificationState.CHECKED_BY_ADVISOR, "es",
                    lima(2026, 11, 30, 23, 30), 10, new Arrival(lima(2026, 11, 30, 23, 0), lima(2026, 11, 30, 23, 30), "ay"));
            // Outside the month on both sides, by a minute.
            save(store, UUID.randomUUID(), reniec.id(), OutcomeType.ATENDIDO, VerificationState.VERIFIED, "es",
                    lima(2026, 12, 1, 0, 0), 3, Arrival.UNKNOWN);
            save(store, UUID.randomUUID(), reniec.id(), OutcomeType.ATENDIDO, VerificationState.VERIFIED, "es",
                    lima(2026, 10, 31, 23, 59), 3, Arrival.UNKNOWN);

            ReportBuilder builder = new ReportBuilder(store, () -> CATALOG);
            PointReport r = builder.build(ReportPeriod.month(YearMonth.of(2026, 11)));

            assertEquals(4, r.attentions());
            assertEquals(3, r.visits());
            assertEquals(Map.of(reniec.entity(), 2L, other.entity(), 1L, PointReport.UNKNOWN, 1L), r.byEntity());
            assertEquals(List.of(reniec.entity()), r.byEntity().keySet().stream().limit(1).toList(), "largest first");
            assertEquals(Map.of("es", 1L, "qu", 2L, "ay", 1L), r.byLanguage());
            assertEquals(Map.of("ATENDIDO", 1L, "DERIVADO", 1L, "NO_ATENDIDO", 1L, "PENDIENTE", 1L), r.byOutcome());
            assertEquals(30, r.perDay().size());
            assertEquals(2L, r.perDay().get(LocalDate.of(2026, 11, 3)));
            assertEquals(1L, r.perDay().get(LocalDate.of(2026, 11, 30)), "Lima's evening, December in UTC");
            assertEquals(0L, r.perDay().get(LocalDate.of(2026, 11, 4)));
            // Waiting per visit: 12 and 30 minutes (the visit without a turn has none).
            assertEquals(2, r.waiting().count());
            assertEquals(OptionalDouble.of(21), r.waiting().median());
            assertEquals(OptionalDouble.of(30), r.waiting().p90());
            // Handling per attention: 10, 30, 5, 10.
            assertEquals(4, r.handling().count());
            assertEquals(OptionalDouble.of(10), r.handling().median());
            assertEquals(OptionalDouble.of(30), r.handling().p90());
            assertEquals(Share.of(2, 4), r.verifiedByPide());
            // Missing sources: no survey, never synced.
            assertEquals(0, r.surveys());
            r.satisfaction().forEach(s -> assertTrue(s.mean().isEmpty(), s.driver()));
            assertTrue(r.daysWithoutSync().isEmpty(), "a point that never synced has no figure, not 0 days");
            assertEquals(0, r.complaints(), "the complaint book exists: zero is a real zero");
            assertEquals(0, r.openCases());

            FigureFormat es = new FigureFormat(Localization.bundledOnly(), "es");
            FigureFormat qu = new FigureFormat(Localization.bundledOnly(), "qu");
            assertEquals("sin dato", es.days(r.daysWithoutSync()));
            assertEquals("21.0 min", es.minutes(r.waiting().median()));
            assertEquals("50.0 %", es.percent(r.verifiedByPide()));
            assertFalse(qu.missing().equals(es.missing()));
            assertEquals("3 p'unchaw", qu.days(java.util.OptionalInt.of(3)));
            assertEquals("1 día", es.days(java.util.OptionalInt.of(1)));

            // Now the sources appear: two surveys (one skips drivers), an orientation, an unmet request,
            // a case past its due date, and one sync on the 15th.
            List<Integer> first = Arrays.asList(5, 4, null, 2, null, null);
            List<Integer> second = Arrays.asList(3, null, null, null, null, null);
            store.feedback().save(new FeedbackStore.Survey(UUID.randomUUID(), "P1", LocalDate.of(2026, 11, 5), "qu",
                    first, "", false));
            store.feedback().save(new FeedbackStore.Survey(UUID.randomUUID(), "P1", LocalDate.of(2026, 11, 6), "es",
                    second, "", false));
            store.feedback().save(new FeedbackStore.Survey(UUID.randomUUID(), "P1", LocalDate.of(2026, 12, 1), "es",
                    Arrays.asList(1, 1, 1, 1, 1, 1), "", false));
            store.timeline().saveOrientation(new OrientationEntry(UUID.randomUUID(), v1, "P1", "ADV-1", "orientation",
                    "pensión 65", "MIDIS", "qu", lima(2026, 11, 3, 10, 55)));
            store.timeline().saveOrientation(new OrientationEntry(UUID.randomUUID(), v3, "P1", "ADV-1", "unmet",
                    "licencia", "MTC", "ay", lima(2026, 11, 30, 23, 45)));
            UUID derived = store.attentions().findByCode("C0000002").orElseThrow().id();
            store.write(tx -> {
                store.cases().open(tx, derived, CaseReason.DERIVADO, "", lima(2026, 11, 3, 10, 52),
                        LocalDate.of(2026, 11, 20));
                return null;
            });
            clock.advance(Duration.between(clock.instant(), lima(2026, 11, 15, 9, 0)));
            List<OutboxEntry> batch = store.outbox().claim(1, List.of());
            store.outbox().settle(List.of(new OutboxSettlement(batch.get(0).id(), "accepted", null, 1)));

            PointReport later = builder.build(ReportPeriod.month(YearMonth.of(2026, 11)));
            assertEquals(2, later.surveys());
            Satisfaction treatment = later.satisfaction().get(0);
            assertEquals(2, treatment.answered());
            assertEquals(OptionalDouble.of(4.0), treatment.mean());
            assertEquals(Share.of(1, 2), treatment.satisfied());
            assertTrue(later.satisfaction().get(2).mean().isEmpty(), "nobody answered the time driver");
            assertEquals(OptionalDouble.of(2.0), later.satisfaction().get(3).mean());
            assertEquals(1, later.orientations());
            assertEquals(Map.of("MTC", 1L), later.unmetDemand());
            assertEquals(1, later.openCases());
            assertEquals(1, later.overdueCases());
            assertEquals(1, later.casesOpened());
            assertEquals(java.util.OptionalInt.of(29), later.daysWithoutSync());
            // Seen on the 20th, the month's last ten days have not come yet: 20 days passed, one synced.
            PointReport midMonth = new ReportBuilder(store, () -> CATALOG,
                    java.time.Clock.fixed(lima(2026, 11, 20, 12, 0), ReportPeriod.ZONE))
                    .build(ReportPeriod.month(YearMonth.of(2026, 11)));
            assertEquals(java.util.OptionalInt.of(19), midMonth.daysWithoutSync());
            PointReport nextMonth = new ReportBuilder(store, () -> CATALOG,
                    java.time.Clock.fixed(lima(2026, 11, 20, 12, 0), ReportPeriod.ZONE))
                    .build(ReportPeriod.month(YearMonth.of(2026, 12)));
            assertEquals(java.util.OptionalInt.of(0), nextMonth.daysWithoutSync(), "no day of it has begun");
            assertEquals(4, later.attentions(), "the attentions did not change");
        }
    }

    @Test
    void periodsStepAndRefuseWhatMakesNoSense() {
        ReportPeriod feb = ReportPeriod.month(YearMonth.of(2028, 2));
        assertEquals(29, feb.days());
        assertEquals(ReportPeriod.month(YearMonth.of(2028, 1)), feb.previous());
        assertEquals(ReportPeriod.month(YearMonth.of(2028, 3)), feb.next());
        ReportPeriod week = ReportPeriod.week(LocalDate.of(2026, 12, 2));
        assertEquals(LocalDate.of(2026, 11, 30), week.first(), "weeks start on Monday");
        assertEquals(ReportPeriod.range(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 29)),
                ReportPeriod.range(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 9)).previous());
        assertEquals(Instant.parse("2026-11-01T05:00:00Z"), ReportPeriod.month(YearMonth.of(2026, 11)).start());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportPeriod.range(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ReportPeriod.range(LocalDate.of(2025, 1, 1), LocalDate.of(2205, 1, 1)));
    }

    private static int codes;

    private static void save(Store store, UUID visit, String procedure, OutcomeType outcome, VerificationState v,
                             String language, Instant start, int minutes, Arrival arrival) {
        codes++;
        store.attentions().save(new Attention(UUID.randomUUID(), String.format("C%07d", codes), visit, "ADV-1", "P1",
                new Document(DocumentType.DNI, "12345678", "9"), "ROSA QUISPE MAMANI", v, "", procedure,
                new Outcome(outcome, outcome.needsDetail() ? "detalle" : ""), language, start,
                start.plus(Duration.ofMinutes(minutes)), ServedVia.UNRECORDED, arrival));
    }

    private static Instant lima(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(ReportPeriod.ZONE).toInstant();
    }
}
