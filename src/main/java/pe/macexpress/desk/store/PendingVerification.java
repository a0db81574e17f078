package pe.macexpress.desk.store;

import java.util.UUID;
import pe.macexpress.desk.core.Document;

/** An attention waiting for identity verification. {@link #toString()} hides document and names. */
public record PendingVerification(UUID attentionId, String advisorId, Document document, String recordedNames) {
    @Override
    public String toString() {
        return "PendingVerification[" + attentionId + " " + document + "]";
    }
}
