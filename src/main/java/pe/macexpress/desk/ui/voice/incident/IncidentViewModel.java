package pe.macexpress.desk.ui.voice.incident;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.voice.IncidentService;

/**
 * The incident form: type, severity, when (now unless changed), what happened and what was done,
 * by the advisor signed in. Saving runs off the FX thread; a serious incident asks for a sync.
 */
public final class IncidentViewModel {
    private final IncidentService service;
    private final TaskRunner runner;
    private final ZoneId zone;
    private final Supplier<String> advisorId;
    private final Supplier<String> pointId;
    private final ObjectProperty<IncidentType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<IncidentSeverity> severity = new SimpleObjectProperty<>();
    private final StringProperty date = new SimpleStringProperty("");
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty what = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problemKey = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Incident> saved = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding serious = Bindings.createBooleanBinding(() -> type.get() != null
            && severity.get() != null && Incident.serious(type.get(), severity.get()), type, severity);
    private Runnable onSaved = () -> { };

    public IncidentViewModel(IncidentService service, TaskRunner runner, ZoneId zone, Supplier<String> advisorId,
                             Supplier<String> pointId) {
        this.service = service;
        this.runner = runner;
        this.zone = zone;
        this.advisorId = advisorId;
        this.pointId = pointId;
        // What the advisor changes next answers the last complaint: it goes until the next save.
        for (javafx.beans.Observable field : new javafx.beans.Observable[] {type, severity, date, time, what, done}) {
            field.addListener(o -> problemKey.set(""));
        }
        // An aggression, a theft or a breach is grave by nature: the severity follows unless changed after.
        type.addListener((o, was, now) -> {
            if (now != null && now.alwaysSerious()) {
                severity.set(IncidentSeverity.GRAVE);
            }
        });
    }

    /** A blank form, its time now. */
    public void start() {
        Instant now = service.now();
        type.set(null);
        severity.set(null);
        date.set(WhenFields.date(now, zone));
        time.set(WhenFields.time(now, zone));
        what.set("");
        done.set("");
        problemKey.set("");
        saved.set(null);
    }

    public void save() {
        if (busy.get()) {
            return;
        }
        Optional<Instant> when = WhenFields.parse(date.get(), time.get(), zone);
        Optional<String> problem = when.isEmpty() ? Optional.of("incident.error.when")
                : IncidentService.problem(type.get(), severity.get(), when.get(), what.get(), done.get(), service.now());
        if (problem.isPresent()) {
            problemKey.set(problem.get());
            return;
        }
        problemKey.set("");
        IncidentType t = type.get();
        IncidentSeverity s = severity.get();
        String w = what.get();
        String d = done.get();
        String advisor = advisorId.get();
        String point = pointId.get();
        BackgroundTask.of(() -> service.register(t, s, when.get(), w, d, advisor, point))
                .busy(busy)
                .onSuccess(i -> {
                    saved.set(i);
                    onSaved.run();
                })
                .onFailure(e -> problemKey.set("incident.error.save"))
                .executeWith(runner);
    }

    /** Told on the FX thread after each incident saved (the banner, the status bar, the supervisor's list). */
    public void onSaved(Runnable r) {
        this.onSaved = r;
    }

    public ObjectProperty<IncidentType> typeProperty() {
        return type;
    }

    public ObjectProperty<IncidentSeverity> severityProperty() {
        return severity;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty whatProperty() {
        return what;
    }

    public StringProperty doneProperty() {
        return done;
    }

    public ReadOnlyStringProperty problemKeyProperty() {
        return problemKey.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The incident just saved; null while the form is being filled. */
    public ReadOnlyObjectProperty<Incident> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public BooleanBinding seriousProperty() {
        return serious;
    }
}
