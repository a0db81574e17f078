package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content ({@code a}) of a capture record: the form filled at the counter for one attention,
 * and what identifies each of its documents (their bytes travel apart, as attachments).
 * Identifiers are strings on the wire; times are epoch milliseconds.
 */
@JsonPropertyOrder({"at", "pr", "f", "an", "d", "t"})
public record CaptureContent(
        @JsonProperty("at") String attentionId,
        @JsonProperty("pr") String procedureId,
        @JsonProperty("f") String formId,
        @JsonProperty("an") Map<String, String> answers,
        @JsonProperty("d") List<Document> documents,
        @JsonProperty("t") Long createdAt) {

    public static final String KIND = "capture";

    /** Version 1: the attention, the procedure, the form and its version, answers, documents, time. */
    public static final ContentSchema SCHEMA =
            new ContentSchema(KIND, List.of(List.of("at", "pr", "f", "an", "d", "t")), Set.of("t"));

    /**
     * One document of the capture.
     *
     * @param field the form field it fills
     * @param mediaType image/jpeg or image/png
     * @param size bytes of the file
     * @param sha256 lowercase hex SHA-256 of the file: the central checks the uploaded bytes against it
     */
    @JsonPropertyOrder({"i", "fi", "mt", "sz", "sh"})
    public record Document(
            @JsonProperty("i") String id,
            @JsonProperty("fi") String field,
            @JsonProperty("mt") String mediaType,
            @JsonProperty("sz") Long size,
            @JsonProperty("sh") String sha256) {
    }

    @Override
    public String toString() {
        // The answers are personal data: never in a log line.
        return "CaptureContent[" + procedureId + " " + formId + " " + (documents == null ? 0 : documents.size())
                + " documents]";
    }
}
