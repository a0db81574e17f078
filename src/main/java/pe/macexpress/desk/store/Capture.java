package pe.macexpress.desk.store;

import java.util.Objects;
import java.util.UUID;

/**
 * A capture form filled for one attention. The answers are personal data: they stay JSON text here
 * (the store does not read them) and never appear in {@link #toString()}.
 *
 * @param formId the form's id and version ("sis-afiliacion/1")
 * @param answersJson the answers as a JSON object of field id → canonical text
 * @param createdAt epoch milliseconds
 */
public record Capture(UUID id, UUID attentionId, String procedureId, String formId, String answersJson,
                      long createdAt) {

    public Capture {
        Objects.requireNonNull(id);
        Objects.requireNonNull(attentionId);
        Objects.requireNonNull(procedureId);
        Objects.requireNonNull(formId);
        Objects.requireNonNull(answersJson);
    }

    @Override
    public String toString() {
        return "Capture[" + id + " " + formId + "]";
    }
}
