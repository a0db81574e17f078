package pe.macexpress.desk.ui.voice.incident;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import pe.macexpress.desk.core.BreachClock;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * The 48-hour clock of the most urgent open suspected breach, for the banner above every screen:
 * the open breaches are read from the store when something changed, the clock is recomputed at
 * each {@link #tick}.
 */
public final class BreachBannerViewModel {
    /** What the banner shows: the most urgent breach's clock and how many breaches are open. */
    public record State(BreachClock clock, int open) {
    }

    private final Supplier<List<Incident>> openBreaches;
    private final Supplier<Instant> now;
    private final TaskRunner runner;
    private final TaskSlot read = new TaskSlot();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>();
    private List<Incident> breaches = List.of();

    public BreachBannerViewModel(Supplier<List<Incident>> openBreaches, Supplier<Instant> now, TaskRunner runner) {
        this.openBreaches = openBreaches;
        this.now = now;
        this.runner = runner;
    }

    /** Reads the open breaches again (after a registration, a notification, a sign-in). */
    public void refresh() {
        BackgroundTask.of(openBreaches::get)
                .latestIn(read)
                .onSuccess(list -> {
                    breaches = List.copyOf(list);
                    tick();
                })
                .onFailure(e -> {
                    // The banner keeps what it showed; the next refresh tries again.
                })
                .executeWith(runner);
    }

    /** Recomputes the time left (the view calls it every few seconds). */
    public void tick() {
        if (breaches.isEmpty()) {
            state.set(null);
            return;
        }
        // Oldest first: the first breach's deadline is the nearest.
        state.set(new State(BreachClock.of(breaches.get(0).occurredAt(), now.get()), breaches.size()));
    }

    /** Null while no suspected breach waits for its notification. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }
}
