package pe.macexpress.desk.ui.voice.timeline;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.store.ArrivalTurn;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.voice.VisitTimeline;

/**
 * The arrival queue beside the identification screen (issue 13): "Llegó" gives the next turn,
 * "Llamar" calls the next (or the chosen) one to the counter, "Se fue" counts one who left. Also the
 * language spoken with the citizen of the visit about to start. No names: turn numbers and minutes.
 */
public final class ArrivalViewModel {
    private final VisitTimeline timeline;
    private final TaskRunner runner;
    private final Clock clock;
    private String pointId;

    private final ObservableList<ArrivalTurn> waiting = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper waitingCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper leftToday = new ReadOnlyIntegerWrapper(0);
    private final ObjectProperty<ArrivalTurn> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ArrivalTurn> called = new ReadOnlyObjectWrapper<>();
    /** The turn just given by "Llegó", to say aloud / write on the ticket. */
    private final ReadOnlyObjectWrapper<ArrivalTurn> lastGiven = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** The language spoken with the citizen (BCP 47 tag); the advisor's at the start of each visit. */
    private final ObjectProperty<String> citizenLanguage = new SimpleObjectProperty<>("es");
    /** Bumped by the screen's clock so minutes waiting are recomputed. */
    private final IntegerProperty tick = new SimpleIntegerProperty();

    public ArrivalViewModel(VisitTimeline timeline, TaskRunner runner, Clock clock) {
        this.timeline = timeline;
        this.runner = runner;
        this.clock = clock;
        waiting.addListener((javafx.collections.ListChangeListener<ArrivalTurn>) c -> waitingCount.set(waiting.size()));
    }

    /** A new visit at {@code pointId}: nobody called yet, the citizen's language the advisor's. */
    public void reset(String pointId, String advisorLanguage) {
        this.pointId = pointId;
        called.set(null);
        chosen.set(null);
        lastGiven.set(null);
        errorKey.set("");
        citizenLanguage.set(advisorLanguage);
        refresh();
    }

    /** Reads the queue again (after each change, and when the identification screen shows). */
    public void refresh() {
        if (pointId == null) {
            return;
        }
        String point = pointId;
        runner.run(() -> new Snapshot(timeline.waiting(point), timeline.leftToday(point)), s -> {
            ArrivalTurn keep = chosen.get();
            waiting.setAll(s.waiting());
            leftToday.set(s.left());
            chosen.set(keep == null ? null : s.waiting().stream().filter(t -> t.id().equals(keep.id())).findFirst()
                    .orElse(null));
        }, e -> errorKey.set("queue.error"));
    }

    private record Snapshot(List<ArrivalTurn> waiting, int left) {
    }

    /** "Llegó": the next turn of the day, shown until the next one. */
    public void arrive() {
        if (pointId == null || busy.get()) {
            return;
        }
        busy.set(true);
        String point = pointId;
        runner.run(() -> timeline.arrive(point), t -> {
            busy.set(false);
            errorKey.set("");
            lastGiven.set(t);
            refresh();
        }, e -> {
            busy.set(false);
            errorKey.set("queue.error");
        });
    }

    /** "Llamar": the chosen turn, else the first waiting one; {@code then} runs once it is called. */
    public void call(Runnable then) {
        ArrivalTurn turn = chosen.get() != null ? chosen.get() : waiting.isEmpty() ? null : waiting.get(0);
        if (turn == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> timeline.call(turn.id()), (Optional<ArrivalTurn> t) -> {
            busy.set(false);
            if (t.isEmpty()) {
                errorKey.set("queue.gone");
            } else {
                errorKey.set("");
                called.set(t.get());
                chosen.set(null);
                then.run();
            }
            refresh();
        }, e -> {
            busy.set(false);
            errorKey.set("queue.error");
        });
    }

    /** "Se fue": the chosen turn left without being served (counted). */
    public void markLeft() {
        ArrivalTurn turn = chosen.get();
        if (turn == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> timeline.left(turn.id()), ok -> {
            busy.set(false);
            errorKey.set(ok ? "" : "queue.gone");
            chosen.set(null);
            refresh();
        }, e -> {
            busy.set(false);
            errorKey.set("queue.error");
        });
    }

    /** Whole minutes {@code turn} has waited so far. */
    public long minutesWaiting(ArrivalTurn turn) {
        return Math.max(0, Duration.between(turn.arrivedAt(), clock.instant()).toMinutes());
    }

    /** The screen's clock: minutes waiting move on. */
    public void tick() {
        tick.set(tick.get() + 1);
    }

    public IntegerProperty tickProperty() {
        return tick;
    }

    public ObservableList<ArrivalTurn> waiting() {
        return waiting;
    }

    public ReadOnlyIntegerProperty waitingCountProperty() {
        return waitingCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty leftTodayProperty() {
        return leftToday.getReadOnlyProperty();
    }

    /** The turn picked in the list (to call out of order, or to mark "se fue"). */
    public ObjectProperty<ArrivalTurn> chosenProperty() {
        return chosen;
    }

    /** The turn at the counter now; null for a walk-in. */
    public ReadOnlyObjectProperty<ArrivalTurn> calledProperty() {
        return called.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ArrivalTurn> lastGivenProperty() {
        return lastGiven.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<String> citizenLanguageProperty() {
        return citizenLanguage;
    }

    public String pointId() {
        return pointId;
    }
}
