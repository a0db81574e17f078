package pe.macexpress.desk.ui.voice.incident;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;
import pe.macexpress.desk.voice.IncidentService;

/**
 * The supervisor's incidents: open serious ones first, then the recent ones; closing an open
 * serious one (a breach with the notification to the Autoridad: when, and its reference) needs a
 * supervisor's own PIN at that moment, checked off the FX thread.
 */
public final class IncidentSupervisorViewModel {
    private final IncidentService service;
    private final Supplier<List<Advisor>> advisors;
    private final BiPredicate<Advisor, String> pinCheck;
    private final TaskRunner runner;
    private final ZoneId zone;
    private final TaskSlot read = new TaskSlot();
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<Advisor> supervisors = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper openSerious = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<Incident> selected = new SimpleObjectProperty<>();
    private final StringProperty notifiedDate = new SimpleStringProperty("");
    private final StringProperty notifiedTime = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<Advisor> supervisor = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper resultKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemKey = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Runnable onClosed = () -> { };
    /** Once the next read finishes: choose the oldest open breach and run this (the banner's way in). */
    private Runnable afterReadBreach;

    /** @param pinCheck whether the PIN is this person's (slow on purpose: called off the FX thread) */
    public IncidentSupervisorViewModel(IncidentService service, Supplier<List<Advisor>> advisors,
                                       BiPredicate<Advisor, String> pinCheck, TaskRunner runner, ZoneId zone) {
        this.service = service;
        this.advisors = advisors;
        this.pinCheck = pinCheck;
        this.runner = runner;
        this.zone = zone;
        selected.addListener((o, was, now) -> {
            Instant t = service.now();
            notifiedDate.set(WhenFields.date(t, zone));
            notifiedTime.set(WhenFields.time(t, zone));
            reference.set("");
            pin.set("");
            problemKey.set("");
        });
    }

    private record Read(List<Incident> incidents, List<Advisor> advisors) {
    }

    public void refresh() {
        BackgroundTask.of(() -> new Read(service.forSupervisor(), advisors.get()))
                .latestIn(read)
                .onSuccess(r -> {
                    Incident was = selected.get();
                    incidents.setAll(r.incidents());
                    openSerious.set((int) r.incidents().stream().filter(i -> i.serious() && i.isOpen()).count());
                    if (!r.advisors().equals(supervisors)) {
                        supervisors.setAll(r.advisors());
                    }
                    if (was != null) {
                        selected.set(r.incidents().stream().filter(i -> i.id().equals(was.id())).findFirst().orElse(null));
                    }
                    if (afterReadBreach != null) {
                        Runnable then = afterReadBreach;
                        afterReadBreach = null;
                        r.incidents().stream().filter(i -> i.isBreach() && i.isOpen())
                                .min(java.util.Comparator.comparing(Incident::occurredAt)).ifPresent(i -> {
                                    selected.set(i);
                                    then.run();
                                });
                    }
                })
                .onFailure(e -> problemKey.set("incident.error.read"))
                .executeWith(runner);
    }

    /** Reads the list again, then chooses the oldest open breach and runs {@code then} (if there is one). */
    public void chooseOldestBreach(Runnable then) {
        afterReadBreach = then;
        refresh();
    }

    /** Closes the selected incident once the supervisor's PIN checks out. */
    public void closeSelected() {
        Incident incident = selected.get();
        if (busy.get() || incident == null) {
            return;
        }
        resultKey.set("");
        Optional<Instant> when = incident.isBreach() ? WhenFields.parse(notifiedDate.get(), notifiedTime.get(), zone)
                : Optional.empty();
        if (incident.isBreach() && when.isEmpty()) {
            problemKey.set("incident.error.notified.when");
            return;
        }
        Optional<String> problem = IncidentService.closingProblem(incident, when.orElse(null), reference.get(),
                service.now());
        if (problem.isPresent()) {
            problemKey.set(problem.get());
            return;
        }
        Advisor who = supervisor.get();
        String typed = pin.get();
        if (who == null || typed == null || typed.isEmpty()) {
            problemKey.set("incident.error.supervisor");
            return;
        }
        problemKey.set("");
        String ref = reference.get();
        BackgroundTask.of(() -> {
                    if (!pinCheck.test(who, typed)) {
                        return "incident.error.pin";
                    }
                    return service.close(incident, when.orElse(null), ref, who.id()) ? "" : "incident.error.closed";
                })
                .busy(busy)
                .onSuccess(key -> {
                    pin.set("");
                    if (key.isEmpty()) {
                        resultKey.set(incident.isBreach() ? "incident.sup.notified" : "incident.sup.closed");
                        onClosed.run();
                        refresh();
                    } else {
                        problemKey.set(key);
                    }
                })
                .onFailure(e -> problemKey.set("incident.error.save"))
                .executeWith(runner);
    }

    /** Told on the FX thread after a closing (the banner reads the open breaches again). */
    public void onClosed(Runnable r) {
        this.onClosed = r;
    }

    public ObservableList<Incident> incidents() {
        return incidents;
    }

    public ObservableList<Advisor> supervisors() {
        return supervisors;
    }

    public ReadOnlyIntegerProperty openSeriousProperty() {
        return openSerious.getReadOnlyProperty();
    }

    public ObjectProperty<Incident> selectedProperty() {
        return selected;
    }

    public StringProperty notifiedDateProperty() {
        return notifiedDate;
    }

    public StringProperty notifiedTimeProperty() {
        return notifiedTime;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public ObjectProperty<Advisor> supervisorProperty() {
        return supervisor;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty resultKeyProperty() {
        return resultKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemKeyProperty() {
        return problemKey.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
