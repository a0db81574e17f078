package pe.macexpress.desk.procedure;

import java.util.Objects;

/** A document chosen for one field of a capture form, not yet saved. */
public record ChosenDocument(String fieldId, PreparedDocument document) {
    public ChosenDocument {
        Objects.requireNonNull(fieldId);
        Objects.requireNonNull(document);
    }
}
