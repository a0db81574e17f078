package pe.macexpress.desk.ui.voice.timeline;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.store.OrientationEntry;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.voice.VisitTimeline;

/**
 * An orientation given (information, no procedure) or a request outside the catalogue (issue 13,
 * point 2): what was asked, the entity if known, and its saving. What was typed stays until saved.
 */
public final class OrientationViewModel {
    /** The entity choice that means "no sé": no entity recorded. */
    public static final String UNKNOWN_ENTITY = "";

    private final VisitTimeline timeline;
    private final TaskRunner runner;
    private final BooleanProperty unmet = new SimpleBooleanProperty(false);
    private final StringProperty topic = new SimpleStringProperty("");
    private final StringProperty entity = new SimpleStringProperty(UNKNOWN_ENTITY);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");

    public OrientationViewModel(VisitTimeline timeline, TaskRunner runner) {
        this.timeline = timeline;
        this.runner = runner;
        topic.addListener(o -> errorKey.set(""));
        unmet.addListener(o -> errorKey.set(""));
    }

    /** A fresh form: an orientation, or (from the procedure choice) a request we do not have. */
    public void clear(boolean unmetRequest) {
        unmet.set(unmetRequest);
        topic.set("");
        entity.set(UNKNOWN_ENTITY);
        errorKey.set("");
    }

    /** Saves it in visit {@code visitId}; {@code then} runs on success. Unmet requests need what was asked. */
    public void save(UUID visitId, String pointId, String advisorId, String citizenLanguage,
                     Consumer<OrientationEntry> then) {
        if (busy.get()) {
            return;
        }
        if (unmet.get() && topic.get().isBlank()) {
            errorKey.set("orientation.topic.needed");
            return;
        }
        if (topic.get().strip().length() > OrientationContent.MAX_TOPIC) {
            errorKey.set("orientation.topic.long");
            return;
        }
        busy.set(true);
        boolean isUnmet = unmet.get();
        String text = topic.get();
        String entityId = entity.get() == null ? UNKNOWN_ENTITY : entity.get();
        runner.run(() -> timeline.recordOrientation(visitId, pointId, advisorId, isUnmet, text, entityId,
                citizenLanguage), o -> {
            busy.set(false);
            errorKey.set("");
            then.accept(o);
        }, e -> {
            busy.set(false);
            errorKey.set("orientation.save.failed");
        });
    }

    public BooleanProperty unmetProperty() {
        return unmet;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public StringProperty entityProperty() {
        return entity;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }
}
