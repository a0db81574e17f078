package pe.macexpress.desk.sync;

/** How a sync run ended; decides the {@code sync} command's exit code. */
public enum SyncOutcome {
    /** Every outbox entry was acknowledged: exit 0. */
    DRAINED(0),
    /** The central could not be reached (or kept failing): exit 3. */
    UNREACHABLE(3),
    /** Some entries remain: quarantined, or not yet sent: exit 4. */
    REMAINING(4),
    /**
     * 401, or not enrolled: nothing was lost, entries stay queued. Exit 7, its own code (issue 15):
     * 4 is a normal outcome for the scheduled unit, a revoked or wrong token is not (re-enroll).
     */
    UNAUTHORIZED(7);

    private final int exitCode;

    SyncOutcome(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
