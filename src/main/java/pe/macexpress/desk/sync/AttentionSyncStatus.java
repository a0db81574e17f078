package pe.macexpress.desk.sync;

import pe.macexpress.desk.contract.RejectReason;

/**
 * One attention's sync state, derived from its outbox entries: any quarantined → rejected; else
 * any in flight → sending; else any pending → pending; else received.
 *
 * @param reason for {@link AttentionSyncState#REJECTED}: a {@link RejectReason}; null otherwise
 */
public record AttentionSyncStatus(AttentionSyncState state, RejectReason reason) {
}
