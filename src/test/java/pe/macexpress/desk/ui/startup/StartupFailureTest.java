package pe.macexpress.desk.ui.startup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.startup.StartupController;

/** A second instance, an unwritable folder: a clear message at start, never a silent exit. */
@ExtendWith(ApplicationExtension.class)
class StartupFailureTest extends StartupScreenFixture {
    @Start
    void start(Stage stage) {
        show(stage, 900);
    }

    @Test
    void aSecondInstanceOnTheSameDataFolderIsRefusedWithAMessage(FxRobot robot) {
        try (DeskContext first = DeskContext.open(DeskSettings.load(home), Clock.systemUTC())) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> DeskContext.open(DeskSettings.load(home), Clock.systemUTC()));
            assertEquals(StoreException.Kind.LOCKED, refused.kind());
            robot.interact(() -> view.showFailure(refused, home, () -> { }, null, null));
            String message = robot.lookup("#startup-message").queryAs(Label.class).getText();
            assertTrue(message.contains(i18n.get("store.error.locked")), message);
            assertTrue(message.contains(home.toString()));
            assertTrue(!message.contains(refused.getMessage()) && !message.contains("another instance")
                    && !message.contains("Detalle"), "technical detail only in the log: " + message);
            assertTrue(robot.lookup("#startup-close").tryQuery().isPresent());
            Screenshots.save(robot, scene, "es-startup-second-instance");
            robot.interact(() -> i18n.languageProperty().set(i18n.localization().language("qu")));
            String qu = robot.lookup("#startup-message").queryAs(Label.class).getText();
            assertTrue(qu.contains(i18n.localization().text("qu", "store.error.locked")), qu);
            assertTrue(!qu.contains(refused.getMessage()), qu);
            Screenshots.save(robot, scene, "qu-startup-second-instance");
        }
    }

    @Test
    void aTypoInModeStopsTheStartWithTheKeyTheFileAndWhatToDoInEitherLanguage(FxRobot robot) throws Exception {
        Path file = home.resolve(DeskSettings.FILE_NAME);
        Files.writeString(file, "workstation.id=PIAS-NAPO-01\nmode=produccion\n", StandardCharsets.UTF_8);
        AtomicReference<DeskContext> opened = new AtomicReference<>();
        AtomicReference<Boolean> closed = new AtomicReference<>(false);
        FxTaskRunner runner = new FxTaskRunner();
        try {
            robot.interact(() -> new StartupController(view, runner, home, Clock.systemUTC(), opened::set,
                    () -> closed.set(true)).open());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#startup-close").tryQuery().isPresent());
            String es = robot.lookup("#startup-message").queryAs(Label.class).getText();
            assertTrue(es.contains("«mode»") && es.contains("«produccion»") && es.contains(file.toString())
                    && es.contains("training, production") && es.contains("borre esa línea"), es);
            assertTrue(es.startsWith(i18n.get("startup.failed.config", "").strip()), es);
            Screenshots.save(robot, scene, "es-startup-config-mode-typo");

            robot.interact(() -> i18n.languageProperty().set(i18n.localization().language("qu")));
            String qu = robot.lookup("#startup-message").queryAs(Label.class).getText();
            assertTrue(qu.contains("«mode»") && qu.contains(file.toString())
                    && qu.contains(i18n.localization().text("qu", "config.error.action.value")), qu);
            Screenshots.save(robot, scene, "qu-startup-config-mode-typo");

            assertTrue(robot.lookup("#startup-restore").tryQuery().isEmpty(), "nothing to restore: the data is fine");
            robot.clickOn("#startup-close");
            assertTrue(closed.get(), "the same Close button as other start failures");
            assertEquals(null, opened.get());
            try (Stream<Path> files = Files.list(home)) {
                assertEquals(java.util.List.of(file), files.toList(), "no training/ or data/ folder was created");
            }
        } finally {
            runner.close();
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsReported(FxRobot robot) throws Exception {
        Path notAFolder = home.resolve("macexpress");
        Files.writeString(notAFolder, "a file where the data folder should be");
        StoreException e = assertThrows(StoreException.class,
                () -> DeskContext.open(DeskSettings.load(notAFolder), Clock.systemUTC()));
        assertEquals(StoreException.Kind.READ_ONLY, e.kind());
        robot.interact(() -> view.showFailure(e, notAFolder, () -> { }, null, null));
        assertTrue(robot.lookup("#startup-message").queryAs(Label.class).getText()
                .contains(i18n.get("store.error.read.only")));
    }

    @Test
    void aDamagedDatabaseOffersTheNewestGoodBackupAndKeepsTheDamagedFileAside(FxRobot robot) throws Exception {
        DeskSettings settings = DeskSettings.load(home);
        try (DeskContext ctx = DeskContext.open(settings, Clock.systemUTC())) {
            ctx.attentions().save(new Attention(UUID.randomUUID(), AttentionCode.next(), UUID.randomUUID(),
                    "ADV-DEMO-1", "TAMBO-DEMO-01", Document.parse(DocumentType.DNI, "10117410", "2").document(), "",
                    VerificationState.PENDING, "", "sis-afiliacion", new Outcome(OutcomeType.ATENDIDO, ""), "es",
                    Instant.now(), Instant.now()));
            ctx.backups().backupNow(ctx.store());
        }
        byte[] garbage = "esto ya no es una base de datos ".repeat(4096).getBytes(StandardCharsets.UTF_8);
        Files.write(settings.databaseFile(), garbage);
        Files.deleteIfExists(settings.databaseFile().resolveSibling("desk.db-wal"));

        AtomicReference<DeskContext> opened = new AtomicReference<>();
        FxTaskRunner runner = new FxTaskRunner();
        try {
            robot.interact(() -> new StartupController(view, runner, home, Clock.systemUTC(), opened::set, () -> { })
                    .open());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#startup-restore").tryQuery().isPresent());
            String message = robot.lookup("#startup-message").queryAs(Label.class).getText();
            assertTrue(message.contains(i18n.get("store.error.corrupt")), message);
            Screenshots.save(robot, scene, "es-startup-damaged-offers-backup");
            assertArrayEquals(garbage, Files.readAllBytes(settings.databaseFile()),
                    "nothing is touched before the advisor decides");

            robot.clickOn("#startup-restore");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.get() != null);
            assertEquals(1, opened.get().attentions().count(), "the backup's attention is back");
            try (Stream<Path> files = Files.list(settings.dataFolder())) {
                Path aside = files.filter(p -> p.getFileName().toString().matches("desk-aside-.*\\.db"))
                        .findFirst().orElseThrow();
                assertArrayEquals(garbage, Files.readAllBytes(aside), "the damaged file is kept as it was");
            }
        } finally {
            runner.close();
            if (opened.get() != null) {
                opened.get().close();
            }
        }
    }
}
