package pe.macexpress.desk.app;

import pe.macexpress.desk.sync.SyncState;
import pe.macexpress.desk.testing.SyncSamples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;

/** Training mode syncs out of the box: enrolled with its in-process sandbox central, started by the link. */
class SyncDeskContextTest {
    @TempDir
    Path home;

    @Test
    void trainingModeIsEnrolledAndSyncsByItselfWhenTheLinkIsUp() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "health.intervalMs=100\n");
        DeskSettings settings = DeskSettings.load(home);
        try (DeskContext ctx = DeskContext.open(settings, Clock.systemUTC())) {
            assertTrue(ctx.central().enrolled());
            assertEquals(ctx.sandbox().baseUrl(), ctx.central().baseUrl());
            ctx.attentions().save(SyncSamples.of(1));
            ctx.attentions().save(SyncSamples.of(2));
            CountDownLatch drained = new CountDownLatch(1);
            ctx.sync().addListener(p -> {
                if (p.state() == SyncState.IDLE && ctx.sync().counts().unsent() == 0) {
                    drained.countDown();
                }
            });
            ctx.startBackground();
            assertTrue(drained.await(30, TimeUnit.SECONDS), "training sync did not start by itself");
            assertEquals(2, ctx.sandbox().central().attentions());
            assertTrue(ctx.sync().lastSuccess().isPresent());
            assertEquals(java.util.Optional.empty(), ctx.sync().warning());
        }
        assertFalse(Files.readString(home.resolve(DeskSettings.FILE_NAME)).contains(ConfigKeys.SYNC_TOKEN.name()),
                "a training token is never written to the configuration");
    }

    @Test
    void inTrainingThePracticeEntityAnswersACaseAndTheNextSyncBringsIt() throws Exception {
        DeskSettings settings = DeskSettings.load(home);
        try (DeskContext ctx = DeskContext.open(settings, Clock.systemUTC())) {
            pe.macexpress.desk.core.Attention a = SyncSamples.of(3);
            ctx.attentions().save(a);
            TrainingEntity entity = ctx.trainingEntity().orElseThrow();
            java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                assertEquals(TrainingEntity.Outcome.NOT_AT_THE_CENTRAL,
                        background.submit(() -> entity.answer(a.code(), "resuelto", "")).get(), "not synced yet");
                ctx.sync().syncNow().get(30, TimeUnit.SECONDS);
                assertEquals(TrainingEntity.Outcome.RECORDED,
                        background.submit(() -> entity.answer(a.code(), "resuelto", "Recoja su DNI")).get());
                ctx.sync().syncNow().get(30, TimeUnit.SECONDS);
            } finally {
                background.shutdown();
            }
            assertEquals(pe.macexpress.desk.core.CaseAnswer.RESUELTO,
                    ctx.store().cases().find(a.id()).orElseThrow().result().status());
            assertEquals(1, ctx.cases().counts().unreadResults());
        }
    }
}
