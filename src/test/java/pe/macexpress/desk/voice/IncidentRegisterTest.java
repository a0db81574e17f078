package pe.macexpress.desk.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.reports.CsvExport;
import pe.macexpress.desk.store.IncidentStore;
import pe.macexpress.desk.store.OutboxEntry;
import pe.macexpress.desk.store.OutboxSettlement;
import pe.macexpress.desk.store.Retention;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.sync.SendPriority;
import pe.macexpress.desk.testing.MutableClock;

/** The register on a real SQLite file: saved with its outbox entry, closed as a revision, purged, exported, seeded. */
class IncidentRegisterTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:00:00Z"));
    private final AtomicInteger syncs = new AtomicInteger();

    private Store open() {
        return Store.open(dir.resolve("desk.db"), clock);
    }

    @Test
    void aSeriousIncidentIsQueuedWithItsRecordAndAsksForASyncALightOneDoesNot() {
        try (Store db = open()) {
            IncidentService service = new IncidentService(db.incidents(), clock, syncs::incrementAndGet);
            Incident light = service.register(IncidentType.POWER_CUT, IncidentSeverity.LEVE, clock.instant(),
                    "Corte de luz", "", "ADV-1", "PT-1");
            assertEquals(0, syncs.get(), "a light incident waits for the next sync");
            Incident aggression = service.register(IncidentType.AGGRESSION, IncidentSeverity.MODERADA,
                    clock.instant().minusSeconds(600), "Insultos", "Se llamó al serenazgo", "ADV-1", "PT-1");
            assertEquals(1, syncs.get(), "an aggression is serious whatever its severity: sync asked at once");
            assertEquals(2, Sql.number(db, "SELECT count(*) FROM outbox WHERE kind = 'incident' AND state = 'pending'"));
            assertEquals(List.of(aggression), db.incidents().openSerious());
            assertEquals(light, db.incidents().find(light.id()).orElseThrow());
            assertEquals(SendPriority.URGENT, new IncidentKind(db.incidents()).priority());
            assertEquals(Optional.of("incident.error.what"), IncidentService.problem(IncidentType.OTHER,
                    IncidentSeverity.LEVE, clock.instant(), " ", "", clock.instant()));
            assertEquals(Optional.of("incident.error.future"), IncidentService.problem(IncidentType.OTHER,
                    IncidentSeverity.LEVE, clock.instant().plusSeconds(3600), "x", "", clock.instant()));
            assertThrows(IllegalArgumentException.class, () -> service.register(IncidentType.OTHER, null,
                    clock.instant(), "x", "", "ADV-1", "PT-1"));
            assertFalse(aggression.toString().contains("Insultos"), "free texts never in toString");
        }
    }

    @Test
    void aBreachIsClosedByItsNotificationAsANewRevision() {
        try (Store db = open()) {
            IncidentService service = new IncidentService(db.incidents(), clock, syncs::incrementAndGet);
            Incident breach = service.register(IncidentType.DATA_BREACH, IncidentSeverity.LEVE, clock.instant(),
                    "USB perdida", "", "ADV-1", "PT-1");
            assertEquals(List.of(breach), service.openBreaches());
            assertEquals(Optional.of("incident.error.notified.before"), IncidentService.closingProblem(breach,
                    breach.occurredAt().minusSeconds(1), "ANPD-1", clock.instant()));
            assertEquals(Optional.of("incident.error.reference"), IncidentService.closingProblem(breach,
                    clock.instant(), " ", clock.instant()));

            clock.advance(Duration.ofHours(5));
            Instant notified = clock.instant().minusSeconds(1800);
            assertTrue(service.close(breach, notified, "ANPD-2026-17", "SUP-1"));
            assertEquals(2, syncs.get(), "registration and notification each ask for a sync");
            assertEquals(List.of(), service.openBreaches());
            Incident closed = db.incidents().find(breach.id()).orElseThrow();
            assertEquals(notified, closed.closing().notifiedAt());
            assertEquals("ANPD-2026-17", closed.closing().reference());
            assertEquals("SUP-1", closed.closing().closedBy());
            assertEquals(2, db.outbox().versionCounts(IncidentStore.OUTBOX_KIND, List.of(breach.id())).get(breach.id()),
                    "the notification is a second change: revision 1 at the central");
            JsonNode content = new IncidentKind(db.incidents()).contents(List.of(breach.id())).get(breach.id());
            assertEquals(notified.toEpochMilli(), content.get("nt").asLong());
            assertEquals("ANPD-2026-17", content.get("nr").asText());
            assertFalse(db.incidents().close(breach.id(), closed.closing()), "closed once only");
            assertEquals(Optional.of("incident.error.closed"),
                    IncidentService.closingProblem(closed, notified, "X", clock.instant()));
        }
    }

    @Test
    void retentionBlanksTheTextsOfAcknowledgedClosedIncidentsAndKeepsOpenSeriousOnes() {
        try (Store db = open()) {
            IncidentService service = new IncidentService(db.incidents(), clock, () -> { });
            Incident light = service.register(IncidentType.NO_LINK, IncidentSeverity.LEVE, clock.instant(),
                    "Sin internet; avisó Juan Pérez", "Reinicio", "ADV-1", "PT-1");
            Incident open = service.register(IncidentType.AGGRESSION, IncidentSeverity.GRAVE, clock.instant(),
                    "Agresión de un usuario", "Serenazgo", "ADV-1", "PT-1");
            List<OutboxEntry> batch = db.outbox().claim(10, List.of());
            db.outbox().settle(batch.stream().map(e -> new OutboxSettlement(e.id(), "accepted", null, 1)).toList());

            Retention retention = new Retention(db, clock, Duration.ofDays(90));
            clock.advance(Duration.ofDays(89));
            retention.purge();
            assertEquals("Sin internet; avisó Juan Pérez", db.incidents().find(light.id()).orElseThrow().what(),
                    "within the period: whole");
            clock.advance(Duration.ofDays(2));
            retention.purge();
            assertEquals(Optional.empty(), db.incidents().find(light.id()), "purged: no longer sent");
            assertEquals("", Sql.text(db, "SELECT what || done FROM incident WHERE id = '" + light.id() + "'"));
            assertEquals("no_link", Sql.text(db, "SELECT type FROM incident WHERE id = '" + light.id() + "'"),
                    "type and times stay for the counts");
            assertEquals("Agresión de un usuario", db.incidents().find(open.id()).orElseThrow().what(),
                    "an open serious incident is kept whole");
        }
    }

    @Test
    void theExportHasTheRegistersColumnsAndTheDemoSeedsAboutOnePer150Attentions() {
        try (Store db = open()) {
            int seeded = IncidentDemo.seed(db, new Random(7), clock, 3000);
            assertTrue(seeded >= 19 && seeded <= 21, "about 3000 / 150: " + seeded);
            List<Incident> all = db.incidents().all();
            assertEquals(seeded, all.size());
            long routine = all.stream().filter(i -> i.type() == IncidentType.POWER_CUT || i.type() == IncidentType.NO_LINK
                    || i.type() == IncidentType.PIDE_DOWN).count();
            assertTrue(routine * 2 > seeded, "mostly power cuts, no link and PIDE down: " + routine);
            assertTrue(all.stream().allMatch(i -> !i.occurredAt().isAfter(clock.instant())));
            assertEquals(0, IncidentDemo.seed(db, new Random(1), clock, 0));

            IncidentExport table = new IncidentExport();
            assertEquals("incidents", table.name());
            StringWriter out = new StringWriter();
            assertEquals(seeded, CsvExport.write(table, db, out));
            String header = out.toString().lines().findFirst().orElseThrow();
            assertEquals(String.join(",", IncidentExport.COLUMNS), header);
            assertEquals(List.of("id", "type", "severity", "serious", "occurred_at", "recorded_at", "advisor_id",
                    "point_id", "what", "done", "notified_at", "notification_ref", "closed_by", "closed_at"),
                    IncidentExport.COLUMNS, "no citizen's document or name among the columns");
        }
    }

    @Test
    void anUnknownIdIsNotFound() {
        try (Store db = open()) {
            assertEquals(Optional.empty(), db.incidents().find(UUID.randomUUID()));
            assertNull(db.incidents().recent(5).stream().findFirst().orElse(null));
        }
    }
}
