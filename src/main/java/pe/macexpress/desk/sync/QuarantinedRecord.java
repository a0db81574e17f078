package pe.macexpress.desk.sync;

import java.time.Instant;
import java.util.UUID;
import pe.macexpress.desk.contract.RejectReason;

/**
 * An outbox entry set aside by the central's answer, for the support list ("requeue" after a fix).
 *
 * @param entryId the outbox entry, for {@code SyncService.requeue(entryId)}
 * @param kind the record kind ("attention", …)
 */
public record QuarantinedRecord(long entryId, String kind, UUID recordId, RejectReason reason, int attempts,
                                Instant at) {
}
