package pe.macexpress.desk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The builder every screen runs its background work with. The first tests run on the calling thread
 * ({@link TaskRunner#direct()}, as the ViewModel tests do); the rest on a real {@link FxTaskRunner}
 * under Monocle, where the answer crosses threads and can arrive after the screen stopped wanting it.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundTaskTest {
    private final FxTaskRunner fx = new FxTaskRunner();
    private final List<Boolean> running = new ArrayList<>();
    private final List<Object> delivered = new ArrayList<>();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void successDeliversTheResultAfterTheBusyFlagIsReset() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        List<Boolean> busyWhenDelivered = new ArrayList<>();
        BackgroundTask.Handle h = BackgroundTask.of(() -> 42)
                .busy(busy).onRunning(running::add)
                .onSuccess(r -> {
                    delivered.add(r);
                    busyWhenDelivered.add(busy.get());
                })
                .onFailure(delivered::add)
                .executeWith(TaskRunner.direct());
        assertEquals(List.of(42), delivered);
        assertEquals(List.of(true, false), running);
        assertEquals(List.of(false), busyWhenDelivered, "the screen is usable again when the answer shows");
        assertTrue(h.isDone());
        assertFalse(h.isCancelled());
    }

    @Test
    void failureDeliversTheErrorAndResetsTheBusyFlag() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        IOException broken = new IOException("disk");
        BackgroundTask.of(() -> {
            throw broken;
        }).busy(busy).onRunning(running::add).onSuccess(delivered::add).onFailure(delivered::add)
                .executeWith(TaskRunner.direct());
        assertEquals(1, delivered.size());
        assertSame(broken, delivered.get(0));
        assertEquals(List.of(true, false), running);
        assertFalse(busy.get());
    }

    @Test
    void cancellingAfterTheAnswerWasDeliveredChangesNothing() {
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        BackgroundTask.Handle h = BackgroundTask.of(() -> "ok").busy(busy).onRunning(running::add)
                .onSuccess(delivered::add).executeWith(TaskRunner.direct());
        h.cancel();
        assertEquals(List.of("ok"), delivered);
        assertEquals(List.of(true, false), running, "no second 'finished'");
        assertFalse(h.isCancelled());
    }

    @Test
    void aTaskCancelledWhileRunningDeliversNothingAndFreesTheScreenAtOnce(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch workEnded = new CountDownLatch(1);
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        AtomicReference<BackgroundTask.Handle> handle = new AtomicReference<>();
        robot.interact(() -> handle.set(BackgroundTask.of(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
                return "stale";
            } finally {
                workEnded.countDown();
            }
        }).busy(busy).onSuccess(delivered::add).onFailure(delivered::add).executeWith(fx)));
        assertTrue(busy.get());

        robot.interact(() -> handle.get().cancel());
        assertFalse(busy.get(), "the screen does not wait for an answer it no longer wants");
        release.countDown();
        assertTrue(workEnded.await(10, TimeUnit.SECONDS));
        settle();
        assertEquals(List.of(), delivered);
        assertFalse(busy.get());
        assertTrue(handle.get().isCancelled());
    }

    @Test
    void anAnswerAlreadyOnItsWayToTheFxThreadIsDroppedWhenCancelledBeforeItLands(FxRobot robot) throws Exception {
        CountDownLatch workEnded = new CountDownLatch(1);
        List<Boolean> busyOnFx = new ArrayList<>();
        robot.interact(() -> {
            BackgroundTask.Handle h = BackgroundTask.of(() -> {
                workEnded.countDown();
                return "late";
            }).onRunning(busyOnFx::add).onSuccess(delivered::add).executeWith(fx);
            // Still on the FX thread: the answer, finished meanwhile, can only queue behind us.
            try {
                assertTrue(workEnded.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            h.cancel();
        });
        settle();
        assertEquals(List.of(), delivered);
        assertEquals(List.of(true, false), busyOnFx, "reset once, by the cancel");
    }

    @Test
    void onlyTheLatestTaskOfASlotAnswersEvenWhenAnOlderOneFinishesLast(FxRobot robot) throws Exception {
        TaskSlot slot = new TaskSlot();
        SimpleBooleanProperty busy = new SimpleBooleanProperty();
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch firstEnded = new CountDownLatch(1);
        List<Boolean> onFxThread = new ArrayList<>();
        robot.interact(() -> {
            BackgroundTask.of(() -> {
                try {
                    releaseFirst.await(10, TimeUnit.SECONDS);
                    return "first";
                } finally {
                    firstEnded.countDown();
                }
            }).busy(busy).latestIn(slot).onSuccess(delivered::add).executeWith(fx);
            BackgroundTask.of(() -> "second").busy(busy).latestIn(slot)
                    .onSuccess(r -> {
                        delivered.add(r);
                        onFxThread.add(Platform.isFxApplicationThread());
                    }).executeWith(fx);
            assertTrue(busy.get(), "the newer task is running");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return delivered.contains("second");
        });
        assertFalse(busy.get());
        assertEquals(List.of(true), onFxThread, "delivered on the FX thread");

        releaseFirst.countDown();
        assertTrue(firstEnded.await(10, TimeUnit.SECONDS));
        settle();
        assertEquals(List.of("second"), delivered, "the older answer is stale");
        assertFalse(busy.get(), "the stale answer does not touch the flag either");
    }

    @Test
    void cancellingAnEmptySlotOrOneWhoseTaskFinishedIsHarmless() {
        TaskSlot slot = new TaskSlot();
        slot.cancel();
        BackgroundTask.of(() -> 1).latestIn(slot).onRunning(running::add).onSuccess(delivered::add)
                .executeWith(TaskRunner.direct());
        slot.cancel();
        assertEquals(List.of(1), delivered);
        assertEquals(List.of(true, false), running);
    }

    /**
     * Gives an answer whose work just ended time to be queued with Platform.runLater (the runner does
     * that right after the work returns), then lets the FX thread run everything queued.
     */
    private static void settle() throws Exception {
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
