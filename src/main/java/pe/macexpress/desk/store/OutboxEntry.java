package pe.macexpress.desk.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One change waiting to reach the central server. No personal data: sync reads the record by its
 * kind and id.
 *
 * @param kind the record kind ("attention", …); its sync kind knows how to read and send it
 * @param attempts how many times it was claimed for sending
 * @param reason why it was quarantined (blank otherwise); written by sync, never with personal data
 */
public record OutboxEntry(long id, String kind, UUID recordId, OutboxChange change, OutboxState state, int attempts,
                          Instant createdAt, Instant updatedAt, String reason) {
}
