package pe.macexpress.desk.store;

/**
 * The centre's answer for one outbox entry.
 *
 * @param result the centre's word: accepted, duplicate, conflict or rejected
 * @param reason null to acknowledge; otherwise the quarantine reason (a code, no personal data)
 */
public record OutboxSettlement(long id, String result, String reason) {

    public boolean acknowledged() {
        return reason == null;
    }
}
