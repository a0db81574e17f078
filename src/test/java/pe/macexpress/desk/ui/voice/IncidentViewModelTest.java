package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.voice.incident.BreachBannerViewModel;
import pe.macexpress.desk.ui.voice.incident.IncidentSupervisorViewModel;
import pe.macexpress.desk.ui.voice.incident.IncidentViewModel;
import pe.macexpress.desk.voice.IncidentService;

/** The incident screens' ViewModels without a scene: the form, the banner's clock, the supervisor's closing. */
class IncidentViewModelTest {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T20:20:00Z"));

    @Test
    void theFormStartsNowChecksWhatIsMissingAndSavesASeriousIncident() {
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            AtomicInteger syncs = new AtomicInteger();
            IncidentService service = new IncidentService(db.incidents(), clock, syncs::incrementAndGet);
            IncidentViewModel vm = new IncidentViewModel(service, TaskRunner.direct(), LIMA, () -> "ADV-1", () -> "PT-1");
            AtomicInteger saved = new AtomicInteger();
            vm.onSaved(saved::incrementAndGet);
            vm.start();
            assertEquals("02/03/2026", vm.dateProperty().get(), "today at the counter (Lima)");
            assertEquals("15:20", vm.timeProperty().get());

            vm.save();
            assertEquals("incident.error.type", vm.problemKeyProperty().get());
            vm.typeProperty().set(IncidentType.THEFT);
            assertEquals("", vm.problemKeyProperty().get(), "a change answers the complaint");
            assertEquals(IncidentSeverity.GRAVE, vm.severityProperty().get(), "a theft is grave by nature");
            assertTrue(vm.seriousProperty().get());
            vm.timeProperty().set("25:99");
            vm.whatProperty().set("Robo del escáner");
            vm.save();
            assertEquals("incident.error.when", vm.problemKeyProperty().get());
            vm.timeProperty().set("9:05");
            vm.save();
            assertEquals("", vm.problemKeyProperty().get());
            Incident i = vm.savedProperty().get();
            assertNotNull(i);
            assertEquals(Instant.parse("2026-03-02T14:05:00Z"), i.occurredAt(), "9:05 in Lima");
            assertEquals(1, saved.get());
            assertEquals(1, syncs.get(), "serious: a sync is asked at once");
            assertEquals(List.of(i), db.incidents().all());

            vm.start();
            assertNull(vm.savedProperty().get(), "a new form after saving");
            assertNull(vm.typeProperty().get());
        }
    }

    @Test
    void theBannerCountsDownAndTheSupervisorsPinClosesTheBreach() {
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            IncidentService service = new IncidentService(db.incidents(), clock, () -> { });
            BreachBannerViewModel banner = new BreachBannerViewModel(service::openBreaches, clock::instant,
                    TaskRunner.direct());
            banner.refresh();
            assertNull(banner.stateProperty().get(), "no breach, no banner");
            Incident breach = service.register(IncidentType.DATA_BREACH, IncidentSeverity.MODERADA,
                    clock.instant().minus(Duration.ofHours(2)), "USB perdida", "", "ADV-1", "PT-1");
            banner.refresh();
            assertEquals(46, banner.stateProperty().get().clock().hours());
            clock.advance(Duration.ofHours(47));
            banner.tick();
            assertTrue(banner.stateProperty().get().clock().overdue(), "49 h after it happened");
            assertEquals(1, banner.stateProperty().get().clock().hours());

            Advisor supervisor = new Advisor("SUP-1", "Supervisora");
            IncidentSupervisorViewModel vm = new IncidentSupervisorViewModel(service, () -> List.of(supervisor),
                    (who, pin) -> who.equals(supervisor) && pin.equals("4321"), TaskRunner.direct(), LIMA);
            vm.refresh();
            assertEquals(1, vm.openSeriousProperty().get());
            assertEquals(List.of(supervisor), vm.supervisors());
            vm.selectedProperty().set(vm.incidents().get(0));
            vm.closeSelected();
            assertEquals("incident.error.reference", vm.problemKeyProperty().get());
            vm.referenceProperty().set("ANPD-7");
            vm.closeSelected();
            assertEquals("incident.error.supervisor", vm.problemKeyProperty().get());
            vm.supervisorProperty().set(supervisor);
            vm.pinProperty().set("1111");
            vm.closeSelected();
            assertEquals("incident.error.pin", vm.problemKeyProperty().get());
            assertTrue(db.incidents().find(breach.id()).orElseThrow().isOpen(), "a wrong PIN closes nothing");
            vm.pinProperty().set("4321");
            vm.closeSelected();
            assertEquals("incident.sup.notified", vm.resultKeyProperty().get());
            assertFalse(db.incidents().find(breach.id()).orElseThrow().isOpen());
            assertEquals("SUP-1", db.incidents().find(breach.id()).orElseThrow().closing().closedBy());
            assertEquals(0, vm.openSeriousProperty().get());
            banner.refresh();
            assertNull(banner.stateProperty().get(), "notified: the banner goes");
        }
    }
}
