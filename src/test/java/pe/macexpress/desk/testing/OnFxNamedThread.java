package pe.macexpress.desk.testing;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work on a plain thread named like JavaFX's application thread, which is what the
 * blocking-call guard looks at, so a test can check that database and network calls refuse it
 * without starting JavaFX.
 */
public final class OnFxNamedThread {
    private OnFxNamedThread() {
    }

    /** What running {@code work} threw there, or null if it returned. */
    public static Throwable thrownBy(ThrowingRunnable work) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread fx = new Thread(() -> {
            try {
                work.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "JavaFX Application Thread");
        fx.start();
        fx.join();
        return thrown.get();
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
