package pe.macexpress.desk.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {
    @Test
    void workAskedForAfterCloseIsDroppedNotThrownOnTheFxThread() throws Exception {
        // A status refresh queued with Platform.runLater can arrive after the window closed the runner;
        // throwing there would surface as an FX-thread error while the app shuts down.
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();
        runner.run(() -> {
            ran.set(true);
            return null;
        }, r -> ran.set(true), e -> ran.set(true));
        Thread.sleep(50);
        assertFalse(ran.get());
    }
}
