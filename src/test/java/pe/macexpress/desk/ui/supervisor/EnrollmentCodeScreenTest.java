package pe.macexpress.desk.ui.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.DeskStageFixture;

/**
 * Issue 15 on the supervisor's enrollment card at 1024×600: a code typed wrong is refused on the
 * desk with what a code looks like, and the central's lockout after wrong codes says to wait, in
 * the advisor's language, shown in full.
 */
@ExtendWith(ApplicationExtension.class)
class EnrollmentCodeScreenTest extends DeskStageFixture {
    @TempDir
    Path home;

    @Test
    void aMistypedCodeAndTheCentralsLockoutAreExplainedInEsAndQu(FxRobot robot) throws Exception {
        AtomicReference<TrainingDesk> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(new TrainingDesk(stage, home, 1024, 600)));
        desk = opened.get();
        TrainingDesk.waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#identify-number"));
        robot.clickOn("#supervisor-open");
        pe.macexpress.desk.testing.SupervisorPin.pass(robot); // Supervisión is the supervisor's (issue 15, roles)
        TrainingDesk.waitUntil(() -> robot.lookup("#supervisor-enroll").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#supervisor-central-url").queryAs(TextField.class)
                .setText(desk.ctx.sandbox().baseUrl()));

        enroll(robot, "NO-SUCH-CÓDIGO");
        waitForResult(robot, "sync.enroll.malformed.code");
        assertShownInFull(robot);
        Screenshots.save(robot, desk.scene, "central-es-01-malformed-code");
        robot.interact(() -> desk.ui.i18n().languageProperty().set(desk.ctx.localization().language("qu")));
        assertEquals(desk.ctx.localization().text("qu", "sync.enroll.malformed.code"), result(robot));
        assertShownInFull(robot);
        Screenshots.save(robot, desk.scene, "central-qu-01-malformed-code");

        // Five well-formed wrong codes, then the central locks this place out.
        for (int i = 0; i < 5; i++) {
            enroll(robot, "2345-678" + i);
            waitForResult(robot, "sync.enroll.bad.code");
        }
        enroll(robot, "2345-6789");
        waitForResult(robot, "sync.enroll.too.many.tries");
        assertShownInFull(robot);
        Screenshots.save(robot, desk.scene, "central-qu-02-too-many-tries");
        robot.interact(() -> desk.ui.i18n().languageProperty().set(desk.ctx.localization().language("es")));
        assertEquals(desk.ctx.localization().text("es", "sync.enroll.too.many.tries"), result(robot));
        assertShownInFull(robot);
        Screenshots.save(robot, desk.scene, "central-es-02-too-many-tries");
    }

    private void enroll(FxRobot robot, String code) throws TimeoutException {
        robot.interact(() -> {
            robot.lookup("#supervisor-enrollment-code").queryAs(TextField.class).setText(code);
        });
        scrollTo(robot, "#supervisor-enroll");
        robot.clickOn("#supervisor-enroll");
        pe.macexpress.desk.testing.SupervisorPin.pass(robot); // each enrollment asks the supervisor's PIN
    }

    /** Scrolls the screen so the node's bottom is in view (the card is below the fold at 600 px). */
    private static void scrollTo(FxRobot robot, String query) {
        javafx.scene.Node n = robot.lookup(query).query();
        robot.interact(() -> {
            for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    double y = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMaxY();
                    double room = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                    if (room > 0) {
                        sp.setVvalue(Math.min(1, Math.max(0, (y - sp.getViewportBounds().getHeight() + 8) / room)));
                    }
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForResult(FxRobot robot, String key) throws TimeoutException {
        String lang = desk.ui.i18n().languageProperty().get().tag();
        String expected = desk.ctx.localization().text(lang, key);
        try {
            TrainingDesk.waitUntil(() -> result(robot).equals(expected));
        } catch (TimeoutException e) {
            throw new AssertionError("expected «" + expected + "», shown «" + result(robot) + "»", e);
        }
    }

    private static String result(FxRobot robot) {
        return robot.lookup("#supervisor-enroll-result").queryAs(Labeled.class).getText();
    }

    private void assertShownInFull(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        scrollTo(robot, "#supervisor-enroll-result");
        Labeled l = robot.lookup("#supervisor-enroll-result").queryAs(Labeled.class);
        assertFalse(DrawnText.clipped(l), "the message is cut short: " + DrawnText.of(l).getText());
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "elided texts");
    }
}
