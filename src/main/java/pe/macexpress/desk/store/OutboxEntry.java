package pe.macexpress.desk.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One change waiting to reach the central server. No personal data: sync reads the attention by id.
 *
 * @param attempts how many times it was claimed for sending
 * @param reason why it was quarantined (blank otherwise); written by sync, never with personal data
 */
public record OutboxEntry(long id, UUID attentionId, String kind, OutboxState state, int attempts,
                          Instant createdAt, Instant updatedAt, String reason) {
}
