package pe.macexpress.desk.blocking;

/**
 * Network and database calls block (an identity query up to its connect + read timeouts, a sync for
 * minutes): they must never run on the JavaFX application thread. Checked by thread name, so the
 * services that call this need no JavaFX import.
 */
public final class BlockingCall {
    static final String FX_THREAD = "JavaFX Application Thread";

    private BlockingCall() {
    }

    /** @param what what was attempted, for the exception message (e.g. "identity query") */
    public static void requireBackgroundThread(String what) {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException(what + " on the FX thread: run it as a background task");
        }
    }
}
