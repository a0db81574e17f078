package pe.macexpress.desk.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.CaptureContent;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.AttachmentStore;
import pe.macexpress.desk.store.Capture;
import pe.macexpress.desk.store.CaptureStore;
import pe.macexpress.desk.sync.RecordKind;
import pe.macexpress.desk.sync.SendPriority;

/**
 * Captures as the outbox sends them: the form's answers and what identifies each document (id,
 * field, media type, size, SHA-256). The documents' bytes follow apart, as attachments, after the
 * small records. NORMAL priority, like attentions: a capture is as small as one.
 */
public final class CaptureKind implements RecordKind {
    private static final TypeReference<LinkedHashMap<String, String>> ANSWERS = new TypeReference<>() { };

    private final CaptureStore captures;
    private final AttachmentStore attachments;

    public CaptureKind(CaptureStore captures, AttachmentStore attachments) {
        if (!CaptureContent.KIND.equals(CaptureStore.OUTBOX_KIND)) {
            throw new IllegalStateException("the store and the contract name captures differently");
        }
        this.captures = captures;
        this.attachments = attachments;
    }

    @Override
    public ContentSchema schema() {
        return CaptureContent.SCHEMA;
    }

    @Override
    public SendPriority priority() {
        return SendPriority.NORMAL;
    }

    @Override
    public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        captures.findRetained(ids).forEach((id, c) ->
                out.put(id, Wire.mapper().valueToTree(record(c, attachments.ofCapture(id)))));
        return out;
    }

    /** The capture as the central receives it, in the current schema version. */
    public static CaptureContent record(Capture c, List<Attachment> documents) {
        return new CaptureContent(c.attentionId().toString(), c.procedureId(), c.formId(), answers(c),
                documents.stream().map(d -> new CaptureContent.Document(d.id().toString(), d.fieldId(), d.mediaType(),
                        d.size(), d.sha256())).toList(),
                c.createdAt());
    }

    public static Map<String, String> answers(Capture c) {
        try {
            return Wire.mapper().readValue(c.answersJson(), ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("capture " + c.id() + " holds answers that are not a JSON object", e);
        }
    }
}
