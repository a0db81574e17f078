package pe.macexpress.desk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Background threads for the work, {@link Platform#runLater} for the callbacks. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;
    private final AtomicInteger running = new AtomicInteger();

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "desk-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.incrementAndGet();
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    running.decrementAndGet();
                    onSuccess.accept(result);
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    running.decrementAndGet();
                    onFailure.accept(e);
                });
            }
        });
    }

    /** Tasks submitted whose callback has not run yet (tests wait for zero). */
    public int running() {
        return running.get();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
