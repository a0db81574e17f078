package pe.macexpress.desk.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox entry set aside by the central's answer, for the support list ("requeue" after a fix).
 *
 * @param entryId the outbox entry, for {@code Outbox.requeue(entryId)}
 */
public record QuarantinedRecord(long entryId, UUID attentionId, RejectReason reason, int attempts, Instant at) {
}
