package pe.macexpress.desk.store;

import java.time.Instant;

/**
 * Something the central sent to this workstation: an entity's result for an attention, an identity
 * verified centrally, or a message to the point. {@link #toString()} hides the body.
 *
 * @param seq the central's sequence number (unique; the pull cursor)
 * @param ref the attention id it concerns, or blank
 */
public record InboxItem(long seq, String type, String ref, String body, Instant receivedAt) {
    @Override
    public String toString() {
        return "InboxItem[" + seq + " " + type + "]";
    }
}
