package pe.macexpress.desk.store;

import java.time.Instant;
import java.util.UUID;
import pe.macexpress.desk.core.Document;

/**
 * An open identity flag with the attention it concerns. {@link #toString()} hides document and names.
 *
 * @param reason the flag reason's name (NAMES_DIFFER, NOT_FOUND, INVALID_DOCUMENT)
 */
public record IdentityFlagRow(UUID attentionId, String attentionCode, String advisorId, Instant startedAt,
                              Document document, String recordedNames, String reason, String code, String pideNames,
                              Instant flaggedAt) {
    @Override
    public String toString() {
        return "IdentityFlagRow[" + attentionCode + " " + reason + " " + document + "]";
    }
}
