package pe.macexpress.desk.store;

/**
 * The centre's answer for one outbox entry.
 *
 * @param result the centre's word: accepted, duplicate, conflict or rejected
 * @param reason null to acknowledge; otherwise the quarantine reason (a code, no personal data)
 * @param schemaVersion the content schema version the record was sent with (kept with an
 *     acknowledgement: reconciliation hashes the record the way the central holds it)
 */
public record OutboxSettlement(long id, String result, String reason, int schemaVersion) {

    public boolean acknowledged() {
        return reason == null;
    }
}
