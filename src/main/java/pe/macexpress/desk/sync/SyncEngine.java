package pe.macexpress.desk.sync;

/**
 * Drains the outbox in bounded batches. Skeleton: implemented in the next commit.
 */
public final class SyncEngine {
    static final String FX_THREAD = "JavaFX Application Thread";

    /** One full batch sync; blocks; refuses the FX thread. */
    public SyncResult run(SyncListener listener) {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("sync on the FX thread: use SyncService.syncNow()");
        }
        throw new UnsupportedOperationException("not yet");
    }

    /** Stops waiting (backoff) and ends the current run after the batch in flight. */
    public void stop() {
    }
}
