package pe.macexpress.desk.identity;

/**
 * Identity queries block for up to the connect + read timeouts: they must never run on the JavaFX
 * application thread. Checked by thread name, so this package needs no JavaFX import.
 */
final class BlockingCall {
    static final String FX_THREAD = "JavaFX Application Thread";

    private BlockingCall() {
    }

    static void requireBackgroundThread() {
        if (FX_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("identity query on the FX thread: run it as a background task");
        }
    }
}
