package pe.macexpress.desk.procedure;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.CaptureForm;
import pe.macexpress.desk.catalog.FormField;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.AttachmentState;
import pe.macexpress.desk.store.Capture;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.StoreException;

/**
 * Saves a capture: the documents' files first (each whole and synced), then ONE transaction with
 * the attention, the capture and its attachment rows, each queued for the central. When the
 * transaction fails the files are deleted again, so a failed save leaves neither a row nor a file.
 * Blocking: off the FX thread.
 */
public final class CaptureService {
    /** The central refuses more; a form has a handful of document fields. */
    public static final int MAX_DOCUMENTS = 20;

    private final Store store;
    private final AttentionService attentions;
    private final DocumentFiles files;
    private final Clock clock;

    public CaptureService(Store store, AttentionService attentions, Clock clock) {
        this.store = store;
        this.attentions = attentions;
        this.files = new DocumentFiles(store.attachmentsFolder(), store.documents()::seal);
        this.clock = clock;
    }

    /**
     * Commits the attention served through the capture channel with its form and documents.
     *
     * @param answers field id → what was typed; checked again here, kept in canonical form
     * @throws IllegalArgumentException when an answer or a document does not fit the form (the
     *         screen checks first; this guards the record the central receives)
     * @throws StoreException when the database refused the transaction (nothing was saved)
     */
    public Attention save(Visit visit, Procedure procedure, Outcome outcome, String language, String catalogVersion,
                          Map<String, String> answers, List<ChosenDocument> documents) {
        CaptureForm form = procedure.form();
        if (form == null) {
            throw new IllegalArgumentException("procedure " + procedure.id() + " has no capture form");
        }
        Map<String, String> canonical = checked(form, answers, documents);
        List<Attachment> rows = new ArrayList<>();
        UUID captureId = UUID.randomUUID();
        try {
            for (ChosenDocument d : documents) {
                UUID id = UUID.randomUUID();
                String file = files.write(id, d.document());
                rows.add(new Attachment(id, captureId, d.fieldId(), d.document().mediaType(), file, d.document().size(),
                        d.document().sha256(), 0, AttachmentState.PENDING));
            }
            String answersJson = Wire.mapper().writeValueAsString(canonical);
            return attentions.record(visit, procedure.id(), outcome, language,
                    new ServedVia(Channel.CAPTURE, "", catalogVersion), (tx, a) -> {
                        store.captures().add(tx, new Capture(captureId, a.id(), procedure.id(), form.id(), answersJson,
                                clock.millis()));
                        rows.forEach(r -> store.attachments().add(tx, r));
                    });
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            rows.forEach(r -> files.delete(r.file()));
            if (e instanceof UncheckedIOException io) {
                // The screen says what to do: a full disk is freed, anything else is reported.
                boolean full = String.valueOf(io.getCause().getMessage()).contains("No space left");
                throw new StoreException(full ? StoreException.Kind.FULL : StoreException.Kind.IO,
                        "cannot write a document file", io.getCause());
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("answers cannot be written as JSON", e);
        }
    }

    /** The answers in canonical form, in the form's order; refuses what the screen should have refused. */
    static Map<String, String> checked(CaptureForm form, Map<String, String> answers, List<ChosenDocument> documents) {
        if (documents.size() > MAX_DOCUMENTS) {
            throw new IllegalArgumentException("at most " + MAX_DOCUMENTS + " documents");
        }
        for (String id : answers.keySet()) {
            if (form.field(id).isEmpty() || form.field(id).get().type().isAttachment()) {
                throw new IllegalArgumentException("the form has no typed field " + id);
            }
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            if (f.type().isAttachment()) {
                long count = documents.stream().filter(d -> d.fieldId().equals(f.id())).count();
                FieldRules.checkDocuments(f, (int) count).ifPresent(p -> {
                    throw new IllegalArgumentException("field " + f.id() + ": " + p.key());
                });
                continue;
            }
            String raw = answers.getOrDefault(f.id(), "");
            FieldRules.check(f, raw).ifPresent(p -> {
                // The key names the rule, never the value: it may be personal data.
                throw new IllegalArgumentException("field " + f.id() + ": " + p.key());
            });
            String value = FieldRules.canonical(f, raw);
            if (!value.isEmpty()) {
                canonical.put(f.id(), value);
            }
        }
        for (ChosenDocument d : documents) {
            if (form.field(d.fieldId()).filter(f -> f.type().isAttachment()).isEmpty()) {
                throw new IllegalArgumentException("the form has no document field " + d.fieldId());
            }
        }
        return canonical;
    }
}
