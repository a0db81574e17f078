package pe.macexpress.desk.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class FxTaskRunnerTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void workRunsInTheBackgroundAndItsAnswerComesBackOnTheFxThread() throws Exception {
        try (FxTaskRunner runner = new FxTaskRunner()) {
            CompletableFuture<String> workThread = new CompletableFuture<>();
            CompletableFuture<Boolean> answeredOnFx = new CompletableFuture<>();
            runner.run(() -> {
                workThread.complete(Thread.currentThread().getName());
                return "listo";
            }, r -> answeredOnFx.complete("listo".equals(r) && Platform.isFxApplicationThread()),
                    answeredOnFx::completeExceptionally);
            assertTrue(workThread.get(5, TimeUnit.SECONDS).startsWith("desk-background-"), workThread.get());
            assertTrue(answeredOnFx.get(5, TimeUnit.SECONDS), "the answer arrives on the FX thread");
        }
    }

    @Test
    void workAskedForAfterCloseIsDroppedNotThrownOnTheFxThread() throws Exception {
        // A status refresh queued with Platform.runLater can arrive after the window closed the runner;
        // throwing there would surface as an FX-thread error while the app shuts down.
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        CompletableFuture<Boolean> ran = new CompletableFuture<>();
        CompletableFuture<Throwable> thrown = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                runner.run(() -> ran.complete(true), r -> ran.complete(true), e -> ran.complete(true));
                thrown.complete(null);
            } catch (Throwable t) {
                thrown.complete(t);
            }
        });
        assertEquals(null, thrown.get(5, TimeUnit.SECONDS), "nothing thrown on the FX thread");
        assertDoesNotThrow(() -> runner.run(() -> null, r -> { }, e -> { }));
        assertFalse(ran.isDone(), "nothing ran after close");
    }
}
