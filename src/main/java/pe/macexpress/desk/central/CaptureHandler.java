package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import pe.macexpress.desk.contract.CaptureContent;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.Wire;

/**
 * Captures at the central: every field present, answers a flat object of texts no larger than
 * {@value #MAX_ANSWER_BYTES} bytes, at most {@value #MAX_DOCUMENTS} documents, each an image with
 * a size and a well-formed SHA-256 (the attachment upload is checked against it), a known procedure.
 */
final class CaptureHandler implements KindHandler {
    static final int MAX_ANSWER_BYTES = 64 * 1024;
    static final int MAX_DOCUMENTS = 20;
    /** The same bound as an attachment upload: a capture never names a document the central would refuse. */
    static final long MAX_DOCUMENT_BYTES = pe.macexpress.desk.contract.AttachmentStatus.MAX_SIZE;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> MEDIA_TYPES = Set.of("image/jpeg", "image/png");

    private final java.util.function.Predicate<String> knownProcedure;

    /** @param knownProcedure whether a procedure id is in any catalogue the central published */
    CaptureHandler(java.util.function.Predicate<String> knownProcedure) {
        this.knownProcedure = knownProcedure;
    }

    @Override
    public ContentSchema schema() {
        return CaptureContent.SCHEMA;
    }

    @Override
    public java.util.Set<String> timeFields() {
        return java.util.Set.of("t");
    }

    @Override
    public Optional<RejectReason> validate(JsonNode content, int schemaVersion) {
        if (!RecordChecks.allPresent(content, schema().fields(schemaVersion))) {
            return Optional.of(RejectReason.INVALID);
        }
        JsonNode answers = content.get("an");
        JsonNode documents = content.get("d");
        if (!answers.isObject() || !documents.isArray() || !content.get("t").canConvertToLong()
                || !UUID.matcher(content.get("at").asText()).matches()
                || content.get("f").asText().isBlank()) {
            return Optional.of(RejectReason.INVALID);
        }
        for (JsonNode v : answers) {
            if (!v.isTextual()) {
                return Optional.of(RejectReason.INVALID);
            }
        }
        if (Wire.json(answers).length > MAX_ANSWER_BYTES || documents.size() > MAX_DOCUMENTS) {
            return Optional.of(RejectReason.TOO_LARGE);
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode d : documents) {
            if (!d.isObject() || !UUID.matcher(d.path("i").asText()).matches() || !ids.add(d.path("i").asText())
                    || d.path("fi").asText().isBlank() || !MEDIA_TYPES.contains(d.path("mt").asText())
                    || !d.path("sz").canConvertToLong() || d.path("sz").asLong() <= 0
                    || !SHA256.matcher(d.path("sh").asText()).matches()) {
                return Optional.of(RejectReason.INVALID);
            }
            if (d.path("sz").asLong() > MAX_DOCUMENT_BYTES) {
                return Optional.of(RejectReason.TOO_LARGE);
            }
        }
        CaptureContent c;
        try {
            c = Wire.mapper().treeToValue(content, CaptureContent.class);
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.of(RejectReason.INVALID);
        }
        if (!knownProcedure.test(c.procedureId())) {
            return Optional.of(RejectReason.UNKNOWN_PROCEDURE);
        }
        return Optional.empty();
    }
}
