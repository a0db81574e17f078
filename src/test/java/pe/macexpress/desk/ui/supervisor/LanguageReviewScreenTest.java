package pe.macexpress.desk.ui.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.i18n.ReviewMarks;
import pe.macexpress.desk.i18n.ReviewReport;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.DeskStageFixture;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.SupervisorPin;
import pe.macexpress.desk.testing.TrainingDesk;

/**
 * Issue 16 (review): the supervisor's screen shows, per installed language, how much a native
 * speaker has reviewed; readable at 1024×600 in Spanish and Quechua, nothing cut short.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageReviewScreenTest extends DeskStageFixture {
    @TempDir
    Path home;

    @Test
    void theSupervisorSeesEachLanguagesReviewAt1024x600InSpanishAndQuechua(FxRobot robot) throws Exception {
        // Two Quechua strings reviewed at this workstation, one of them for a text since changed; and a
        // language dropped in the data folder with two strings of its own.
        Localization bundled = Localization.bundledOnly();
        Path i18n = Files.createDirectories(home.resolve("i18n"));
        ReviewMarks.record(i18n, "qu", "Rosa Mamani Quispe", LocalDate.of(2026, 12, 1), Map.of(
                "login.submit", bundled.stored("qu", "login.submit"),
                "session.sign.out", bundled.stored("qu", "session.sign.out"),
                "identify.clear", "Musuq (an older text)"));
        Files.writeString(i18n.resolve("messages_zz.properties"), "language.name=Zz simi\nlogin.submit=Yayku\n",
                StandardCharsets.UTF_8);

        AtomicReference<TrainingDesk> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(new TrainingDesk(stage, home, 1024, 600)));
        desk = opened.get();
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        robot.clickOn("#supervisor-open");
        SupervisorPin.pass(robot);
        try {
            waitUntil(() -> Shown.node(robot, "#review-row-zz"));
        } catch (java.util.concurrent.TimeoutException e) {
            screenshot(robot, "review-debug");
            throw new AssertionError("state: " + robot.lookup("#review-state").tryQuery().map(n -> ((javafx.scene.control.Label) n).getText()).orElse("no card")
                    + " rows: " + robot.lookup("#review-languages").tryQuery().map(n -> ((javafx.scene.layout.VBox) n).getChildren().size()).orElse(-1), e);
        }
        showCard(robot);

        int spanish = bundled.keys("es").size();
        int quechua = bundled.keys("qu").size();
        assertEquals(text("es", "review.ui.source", spanish), label(robot, "#review-es-source"));
        assertEquals(get("es", "review.ui.reviewed", 2), label(robot, "#review-qu-reviewed"));
        assertEquals(get("es", "review.ui.unreviewed", quechua - 2), label(robot, "#review-qu-unreviewed"));
        assertEquals(get("es", "review.ui.out.of.date", 1), label(robot, "#review-qu-out-of-date"));
        assertEquals(get("es", "review.ui.glossary", 0), label(robot, "#review-qu-glossary"));
        assertEquals(get("es", "review.ui.translated", 2 * 100 / spanish, 2, spanish), label(robot, "#review-zz-translated"));
        assertEquals(get("es", "review.ui.missing", spanish - 2), label(robot, "#review-zz-missing"));
        assertFalse(Shown.node(robot, "#review-qu-missing"), "Quechua lacks nothing");
        assertReadable(robot);
        screenshot(robot, "review-report-es-end");
        showCardTop(robot);
        screenshot(robot, "review-report-es");

        robot.interact(() -> desk.ui.i18n().languageProperty().set(desk.ctx.localization().language("qu")));
        WaitForAsyncUtils.waitForFxEvents();
        showCard(robot);
        assertEquals(get("qu", "review.ui.reviewed", 2), label(robot, "#review-qu-reviewed"));
        assertEquals(get("qu", "review.ui.out.of.date", 1), label(robot, "#review-qu-out-of-date"));
        assertEquals(get("qu", "review.ui.missing", spanish - 2), label(robot, "#review-zz-missing"));
        assertReadable(robot);
        screenshot(robot, "review-report-qu-end");
        showCardTop(robot);
        screenshot(robot, "review-report-qu");
    }

    @Test
    void theReportIsComputedOffTheFxThreadAndAFailureIsShown(FxRobot robot) throws Exception {
        runner = new pe.macexpress.desk.ui.common.FxTaskRunner();
        List<Boolean> onFxThread = new java.util.concurrent.CopyOnWriteArrayList<>();
        boolean[] fail = {true};
        LanguageReviewViewModel vm = new LanguageReviewViewModel(() -> {
            onFxThread.add(javafx.application.Platform.isFxApplicationThread());
            if (fail[0]) {
                throw new java.io.UncheckedIOException(new java.io.IOException("unreadable"));
            }
            return new ReviewReport.Result(List.of(new ReviewReport.LanguageFigures("qu", "Runasimi", false, 10, 9, 1,
                    3, 6, 1, 0)), List.of(), List.of());
        }, runner);
        pe.macexpress.desk.ui.common.I18n i18n = new pe.macexpress.desk.ui.common.I18n(Localization.bundledOnly(), "es");
        robot.interact(() -> {
            javafx.scene.Scene scene = new javafx.scene.Scene(SupervisorView.languageReviewCard(vm, i18n), 1024, 600);
            scene.getStylesheets().add(pe.macexpress.desk.ui.DeskUi.class.getResource(pe.macexpress.desk.ui.DeskUi.STYLESHEET)
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        waitUntil(() -> vm.failedProperty().get());
        assertEquals(Localization.bundledOnly().text("es", "review.ui.failed"), label(robot, "#review-state"));
        assertTrue(vm.languages().isEmpty());

        fail[0] = false;
        robot.clickOn("#review-refresh");
        waitUntil(() -> !vm.languages().isEmpty());
        assertFalse(vm.failedProperty().get());
        assertEquals(Localization.bundledOnly().text("es", "review.ui.reviewed", 3), label(robot, "#review-qu-reviewed"));
        assertEquals(List.of(false, false), onFxThread, "the report is built off the FX thread, each time");
    }

    private String get(String lang, String key, Object... args) {
        return desk.ctx.localization().text(lang, key, args);
    }

    private String text(String lang, String key, Object... args) {
        return get(lang, key, args);
    }

    /** Scrolls the supervisor's screen so that the review card's heading is at the top. */
    private static void showCardTop(FxRobot robot) {
        robot.interact(() -> {
            Node card = robot.lookup("#review-card").query();
            Node n = card.getParent();
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane scroll) {
                double content = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(card.localToScene(0, 0)).getY();
                scroll.setVvalue(Math.min(1, y / Math.max(1, content - viewport)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the supervisor's screen down to the end of the review card. */
    private static void showCard(FxRobot robot) {
        robot.interact(() -> {
            Node card = robot.lookup("#review-card").query();
            Node n = card.getParent();
            while (n != null && !(n instanceof ScrollPane)) {
                n = n.getParent();
            }
            if (n instanceof ScrollPane scroll) {
                scroll.setVvalue(scroll.getVmax());
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** No text elided under the card, and every figure lies within the window's width. */
    private void assertReadable(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), elided(robot, "#review-card"));
        AtomicReference<List<String>> outside = new AtomicReference<>();
        robot.interact(() -> outside.set(robot.lookup(n -> n.getId() != null && n.getId().startsWith("review-")
                && n.isVisible()).queryAll().stream().filter(n -> {
                    Bounds b = n.localToScene(n.getBoundsInLocal());
                    return b.getMaxX() > desk.scene.getWidth() + 0.5 || b.getMinX() < -0.5;
                }).map(Node::getId).toList()));
        assertEquals(List.of(), outside.get(), "figures beyond the window's edge");
    }
}
