package pe.macexpress.desk.sync;

/** How a sync run ended; decides the {@code sync} command's exit code. */
public enum SyncOutcome {
    /** Every outbox entry was acknowledged: exit 0. */
    DRAINED(0),
    /** The central could not be reached (or kept failing): exit 3. */
    UNREACHABLE(3),
    /** Some entries remain: quarantined, or not yet sent: exit 4. */
    REMAINING(4),
    /** 401: not enrolled or revoked; nothing was lost, entries stay queued: exit 4 (records remain). */
    UNAUTHORIZED(4);

    private final int exitCode;

    SyncOutcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
