package pe.macexpress.desk.sync;

/**
 * A snapshot for the sync screen; listeners get one after every batch and state change.
 *
 * @param recordsSent records acknowledged or quarantined in this run
 * @param recordsTotal records to send when the run started (grows if new ones arrive)
 * @param bytesSent bytes on the wire so far (both directions, headers included)
 * @param bytesTotalEstimate the whole run's estimate, from the bytes per record so far
 * @param bytesPerSecond current speed, averaged over the run
 * @param lastError the last failure, or null
 */
public record SyncProgress(SyncState state, int recordsSent, int recordsTotal, long bytesSent,
                           long bytesTotalEstimate, long bytesPerSecond, SyncError lastError) {

    public static final SyncProgress IDLE = new SyncProgress(SyncState.IDLE, 0, 0, 0, 0, 0, null);

    /** The message key of {@link #lastError}, or null when there is none. */
    public String lastErrorKey() {
        return lastError == null ? null : lastError.messageKey();
    }
}
