package pe.macexpress.desk.ui.procedure;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.catalog.FormField;
import pe.macexpress.desk.procedure.ChosenDocument;
import pe.macexpress.desk.procedure.FieldProblem;
import pe.macexpress.desk.procedure.FieldRules;

/**
 * One field of the capture form as the advisor fills it: the text typed (or the documents chosen)
 * and the problem to show under it. Checked on every change; a field left empty says "required"
 * only once it was visited (touched) or a save was attempted, not while the advisor is on the way.
 */
public final class CaptureField {
    private final FormField field;
    private final StringProperty value = new SimpleStringProperty("");
    private final ObservableList<ChosenDocument> documents = FXCollections.observableArrayList();
    private final BooleanProperty touched = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<FieldProblem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper documentErrorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);

    CaptureField(FormField field) {
        this.field = field;
        value.addListener((o, was, now) -> recheck());
        touched.addListener((o, was, now) -> recheck());
        documents.addListener((javafx.collections.ListChangeListener<ChosenDocument>) c -> {
            documentErrorKey.set("");
            recheck();
        });
    }

    private void recheck() {
        if (field.type().isAttachment()) {
            problem.set(touched.get() ? FieldRules.checkDocuments(field, documents.size()).orElse(null) : null);
            return;
        }
        String v = value.get() == null ? "" : value.get();
        boolean show = touched.get() || !v.isBlank();
        problem.set(show ? FieldRules.check(field, v).orElse(null) : null);
    }

    /** The problem whatever was shown: what saving checks. */
    boolean valid() {
        return field.type().isAttachment() ? FieldRules.checkDocuments(field, documents.size()).isEmpty()
                : FieldRules.check(field, value.get()).isEmpty();
    }

    public FormField field() {
        return field;
    }

    public String id() {
        return field.id();
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObservableList<ChosenDocument> documents() {
        return documents;
    }

    /** Set when the advisor leaves the field, and for every field when a save is attempted. */
    public BooleanProperty touchedProperty() {
        return touched;
    }

    public ReadOnlyObjectProperty<FieldProblem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the last document offered for this field was refused (not an image, too large…). */
    public ReadOnlyStringProperty documentErrorKeyProperty() {
        return documentErrorKey.getReadOnlyProperty();
    }

    void documentError(String key) {
        documentErrorKey.set(key);
    }

    /** A document is being re-encoded in the background. */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    ReadOnlyBooleanWrapper preparing() {
        return preparing;
    }
}
