package pe.macexpress.desk.store;

import java.time.Instant;
import pe.macexpress.desk.core.Document;

/**
 * One row of the identity audit: who asked PIDE about whom, when, from where, for what, and what
 * came back. {@link #toString()} masks the document.
 *
 * @param id assigned by the store (0 before it is written)
 * @param outcome the identity outcome's name
 */
public record IdentityAuditRow(long id, Instant at, String advisorId, String workstationId, String reference,
                               Document document, String service, String outcome, String code, boolean cached,
                               long elapsedMs, String reason) {
    @Override
    public String toString() {
        return "IdentityAuditRow[" + id + " " + at + " " + advisorId + " " + document + " " + outcome + "]";
    }
}
