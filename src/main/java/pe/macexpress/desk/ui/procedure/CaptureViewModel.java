package pe.macexpress.desk.ui.procedure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Entity;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.procedure.CaptureService;
import pe.macexpress.desk.procedure.ChosenDocument;
import pe.macexpress.desk.procedure.DocumentImages;
import pe.macexpress.desk.procedure.DocumentRejected;
import pe.macexpress.desk.procedure.PreparedDocument;
import pe.macexpress.desk.procedure.ScannerFolder;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * The capture form of a procedure: its fields checked as typed, its documents (from a file, the
 * scanner's folder, the signature pad) re-encoded in the background, an outcome, and Save, which
 * commits the attention, the capture and its documents together in the background. What was typed
 * for a procedure stays for the whole visit (Back to the choice and in again finds it), and stays
 * after a failed save for a retry; a new visit starts empty.
 */
public final class CaptureViewModel {
    static final int SCANNER_IMAGES = 8;

    private final CaptureService captures;
    private final Optional<ScannerFolder> scanner;
    private final TaskRunner runner;
    private final ObservableValue<String> language;
    private final Map<String, Draft> drafts = new HashMap<>();
    private UUID draftsOfVisit;
    private final ReadOnlyObjectWrapper<Procedure> procedure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Entity> entity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Draft> draft = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper firstInvalid = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Path> scannerImages = FXCollections.observableArrayList();
    private String catalogVersion = "";

    /** @param language the current language's tag: the attention records the language it was served in */
    public CaptureViewModel(CaptureService captures, Optional<ScannerFolder> scanner, TaskRunner runner,
                            ObservableValue<String> language) {
        this.captures = captures;
        this.scanner = scanner;
        this.runner = runner;
        this.language = language;
    }

    /** Opens the form of {@code p} for {@code visit}: what was typed earlier in the same visit comes back. */
    public void open(Visit visit, Procedure p, Entity of, String catalogVersion) {
        if (!visit.id().equals(draftsOfVisit)) {
            drafts.clear();
            draftsOfVisit = visit.id();
        }
        this.catalogVersion = catalogVersion;
        entity.set(of);
        procedure.set(p);
        draft.set(drafts.computeIfAbsent(p.id(), id -> new Draft(p)));
        errorKey.set("");
        firstInvalid.set("");
    }

    public Draft draft() {
        return draft.get();
    }

    public ReadOnlyObjectProperty<Procedure> procedureProperty() {
        return procedure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Entity> entityProperty() {
        return entity.getReadOnlyProperty();
    }

    /** Whether a scanner folder is configured at this counter. */
    public boolean hasScanner() {
        return scanner.isPresent();
    }

    /** The newest images of the scanner's folder, refreshed by {@link #refreshScanner()}. */
    public ObservableList<Path> scannerImages() {
        return scannerImages;
    }

    public void refreshScanner() {
        scanner.ifPresent(s -> BackgroundTask.of(() -> s.newest(SCANNER_IMAGES))
                .onSuccess(scannerImages::setAll)
                .onFailure(e -> scannerImages.clear())
                .executeWith(runner));
    }

    /** A photo or scan from a file: re-encoded in the background, then listed under its field. */
    public void addDocument(CaptureField field, Path file) {
        prepare(field, () -> DocumentImages.fromFile(file), false);
    }

    /** The signature pad's PNG: replaces the field's earlier signature. */
    public void addSignature(CaptureField field, byte[] png) {
        prepare(field, () -> DocumentImages.signature(png), true);
    }

    public void removeDocument(CaptureField field, ChosenDocument document) {
        field.documents().remove(document);
    }

    private void prepare(CaptureField field, java.util.concurrent.Callable<PreparedDocument> work, boolean replace) {
        if (!replace && draft().documentCount() >= CaptureService.MAX_DOCUMENTS) {
            field.documentError("capture.document.error.too.many");
            return;
        }
        field.documentError("");
        BackgroundTask.of(work)
                .busy(field.preparing())
                .onSuccess(doc -> {
                    ChosenDocument chosen = new ChosenDocument(field.id(), doc);
                    if (replace) {
                        field.documents().setAll(chosen);
                    } else if (field.documents().stream().noneMatch(d -> d.document().equals(doc))) {
                        field.documents().add(chosen);
                    }
                })
                .onFailure(e -> field.documentError(e instanceof DocumentRejected r ? r.messageKey()
                        : DocumentRejected.UNREADABLE))
                .executeWith(runner);
    }

    /**
     * Checks every field (each shows its problem), the outcome and its detail; then saves in the
     * background. {@code onSaved} runs only after the commit.
     */
    public void save(Visit visit, Consumer<Attention> onSaved) {
        if (saving.get()) {
            return;
        }
        Draft d = draft();
        d.fields.forEach(f -> f.touchedProperty().set(true));
        Optional<CaptureField> invalid = d.fields.stream().filter(f -> !f.valid()).findFirst();
        if (invalid.isPresent()) {
            firstInvalid.set("");
            firstInvalid.set(invalid.get().id());
            errorKey.set("capture.error.form");
            return;
        }
        String problem = OutcomeType.problemKey(d.outcome.get(), d.detail.get());
        errorKey.set(problem);
        if (!problem.isEmpty()) {
            return;
        }
        Outcome chosen = new Outcome(d.outcome.get(), d.detail.get());
        Procedure p = procedure.get();
        Map<String, String> answers = d.answers();
        List<ChosenDocument> documents = d.documents();
        String tag = language.getValue();
        String version = catalogVersion;
        BackgroundTask.of(() -> captures.save(visit, p, chosen, tag, version, answers, documents))
                .busy(saving)
                .onSuccess(a -> {
                    drafts.remove(p.id());
                    onSaved.accept(a);
                })
                .onFailure(e -> errorKey.set(e instanceof IllegalArgumentException ? "capture.error.form"
                        : Errors.messageKey(e)))
                .executeWith(runner);
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    /** The id of the first field with a problem after a save attempt: the screen scrolls to it. */
    public ReadOnlyStringProperty firstInvalidProperty() {
        return firstInvalid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** What was typed and chosen for one procedure during the visit. */
    public static final class Draft {
        private final List<CaptureField> fields = new ArrayList<>();
        /** A capture is answered by the entity later: it usually ends pending. */
        private final ObjectProperty<OutcomeType> outcome = new SimpleObjectProperty<>(OutcomeType.PENDIENTE);
        private final StringProperty detail = new SimpleStringProperty("");

        Draft(Procedure p) {
            p.form().fields().forEach(f -> fields.add(new CaptureField(f)));
        }

        public List<CaptureField> fields() {
            return List.copyOf(fields);
        }

        public Optional<CaptureField> field(String id) {
            return fields.stream().filter(f -> f.id().equals(id)).findFirst();
        }

        public ObjectProperty<OutcomeType> outcomeProperty() {
            return outcome;
        }

        public StringProperty detailProperty() {
            return detail;
        }

        int documentCount() {
            return fields.stream().mapToInt(f -> f.documents().size()).sum();
        }

        Map<String, String> answers() {
            Map<String, String> out = new LinkedHashMap<>();
            fields.stream().filter(f -> !f.field().type().isAttachment()).forEach(f -> {
                String v = f.valueProperty().get();
                if (v != null && !v.isBlank()) {
                    out.put(f.id(), v);
                }
            });
            return out;
        }

        List<ChosenDocument> documents() {
            List<ChosenDocument> out = new ArrayList<>();
            fields.forEach(f -> out.addAll(f.documents()));
            return out;
        }
    }
}
