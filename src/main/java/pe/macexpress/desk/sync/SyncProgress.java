package pe.macexpress.desk.sync;

/**
 * A snapshot for the sync screen; listeners get one after every batch, every acknowledged
 * document request and every state change. Documents (attachments) are counted apart from records:
 * they go after the records and are much bigger.
 *
 * @param recordsSent records acknowledged or quarantined in this run
 * @param recordsTotal records to send when the run started (grows if new ones arrive)
 * @param bytesSent bytes on the wire so far (both directions, headers included)
 * @param bytesTotalEstimate the whole run's estimate, from the bytes per record so far
 * @param bytesPerSecond current speed, averaged over the run
 * @param lastError the last failure, or null
 * @param documentsPending documents the central does not hold yet (set-aside ones not counted)
 * @param documentBytesPending their bytes not yet acknowledged by the central
 * @param documentBytesSent document bytes the central acknowledged in this run
 */
public record SyncProgress(SyncState state, int recordsSent, int recordsTotal, long bytesSent,
                           long bytesTotalEstimate, long bytesPerSecond, SyncError lastError,
                           int documentsPending, long documentBytesPending, long documentBytesSent) {

    public static final SyncProgress IDLE = new SyncProgress(SyncState.IDLE, 0, 0, 0, 0, 0, null);

    /** Records only (no document figures known). */
    public SyncProgress(SyncState state, int recordsSent, int recordsTotal, long bytesSent,
                        long bytesTotalEstimate, long bytesPerSecond, SyncError lastError) {
        this(state, recordsSent, recordsTotal, bytesSent, bytesTotalEstimate, bytesPerSecond, lastError, 0, 0, 0);
    }

    /** The message key of {@link #lastError}, or null when there is none. */
    public String lastErrorKey() {
        return lastError == null ? null : lastError.messageKey();
    }
}
