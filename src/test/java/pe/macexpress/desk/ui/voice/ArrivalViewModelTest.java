package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.store.ArrivalTurn;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.voice.timeline.ArrivalViewModel;
import pe.macexpress.desk.voice.VisitTimeline;

/** The arrival queue's ViewModel without a scene (issue 13): turns, calls out of order, "se fue", minutes. */
class ArrivalViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aChosenTurnIsCalledOutOfOrderAndOneWhoLeftIsCounted() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T14:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            ArrivalViewModel vm = new ArrivalViewModel(new VisitTimeline(db, clock, ZoneId.of("America/Lima")),
                    TaskRunner.direct(), clock);
            vm.reset("P1", "qu");
            assertEquals("qu", vm.citizenLanguageProperty().get(), "the advisor's language until chosen");
            vm.arrive();
            clock.advance(Duration.ofMinutes(4));
            vm.arrive();
            vm.arrive();
            assertEquals(3, vm.waitingCountProperty().get());
            assertEquals(3, vm.lastGivenProperty().get().turn());
            clock.advance(Duration.ofMinutes(10));
            assertEquals(14, vm.minutesWaiting(vm.waiting().get(0)));

            vm.chosenProperty().set(vm.waiting().get(2));
            vm.markLeft();
            assertEquals(1, vm.leftTodayProperty().get());
            vm.chosenProperty().set(vm.waiting().get(1));
            int[] calls = {0};
            vm.call(() -> calls[0]++);
            assertEquals(1, calls[0]);
            assertEquals(2, vm.calledProperty().get().turn(), "the chosen one, not the first");
            assertEquals(List.of(1), vm.waiting().stream().map(ArrivalTurn::turn).toList());
            assertNull(vm.chosenProperty().get());

            vm.call(() -> calls[0]++);
            assertEquals(1, vm.calledProperty().get().turn(), "then the next in line");
            vm.call(() -> calls[0]++);
            assertEquals(2, calls[0], "nobody left to call");
            vm.reset("P1", "es");
            assertNull(vm.calledProperty().get(), "a new visit has no turn until one is called");
            assertEquals("es", vm.citizenLanguageProperty().get());
        }
    }
}
