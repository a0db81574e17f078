package pe.macexpress.desk.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;

/**
 * One piece of blocking work (database, network) and what the screen does around it, after JabRef's
 * {@code BackgroundTask}:
 * <pre>
 * BackgroundTask.of(() -&gt; store.read())
 *         .busy(busy).latestIn(slot)
 *         .onSuccess(rows::setAll).onFailure(e -&gt; errorKey.set(Errors.messageKey(e)))
 *         .executeWith(runner);
 * </pre>
 * Start it on the FX thread; the callbacks come back on it ({@link FxTaskRunner}), or on the calling
 * thread with {@link TaskRunner#direct()} in ViewModel tests. A cancelled task delivers nothing: its
 * answer is stale. Cancelling never interrupts the work itself (a save or an audited PIDE query runs
 * to its end); only the screen stops waiting for it.
 *
 * @param <T> what the work returns
 */
public final class BackgroundTask<T> {
    private final Callable<T> work;
    private Consumer<Boolean> running = b -> { };
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure = e -> { };
    private TaskSlot slot;

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Told {@code true} when the task starts, {@code false} once it finished, failed or was cancelled. */
    public BackgroundTask<T> onRunning(Consumer<Boolean> onRunning) {
        running = running.andThen(Objects.requireNonNull(onRunning));
        return this;
    }

    /** A busy flag for the screen (disables its button, shows its spinner); reset on every path. */
    public BackgroundTask<T> busy(BooleanProperty busy) {
        return onRunning(busy::set);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> onSuccess) {
        this.onSuccess = Objects.requireNonNull(onSuccess);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> onFailure) {
        this.onFailure = Objects.requireNonNull(onFailure);
        return this;
    }

    /** Only the latest task of {@code slot} answers: starting this one cancels the one before it. */
    public BackgroundTask<T> latestIn(TaskSlot slot) {
        this.slot = Objects.requireNonNull(slot);
        return this;
    }

    public Handle executeWith(TaskRunner runner) {
        Handle handle = new Handle(running);
        if (slot != null) {
            slot.replace(handle);
        }
        running.accept(true);
        Consumer<? super T> success = onSuccess;
        Consumer<Throwable> failure = onFailure;
        runner.run(work, result -> {
            if (handle.finish()) {
                success.accept(result);
            }
        }, error -> {
            if (handle.finish()) {
                failure.accept(error);
            }
        });
        return handle;
    }

    /** A started task. Used on the FX thread only, like the callbacks. */
    public static final class Handle {
        private final Consumer<Boolean> running;
        private boolean done;
        private boolean cancelled;

        private Handle(Consumer<Boolean> running) {
            this.running = running;
        }

        /** The screen no longer wants this answer: it will not be delivered. No effect once delivered. */
        public void cancel() {
            if (done || cancelled) {
                return;
            }
            cancelled = true;
            running.accept(false);
        }

        public boolean isCancelled() {
            return cancelled;
        }

        /** Whether the answer arrived and was (or is being) delivered. */
        public boolean isDone() {
            return done;
        }

        /** @return whether the answer is still wanted; the running flag is reset either way */
        private boolean finish() {
            if (cancelled || done) {
                return false;
            }
            done = true;
            running.accept(false);
            return true;
        }
    }
}
