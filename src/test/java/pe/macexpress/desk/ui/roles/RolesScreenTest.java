package pe.macexpress.desk.ui.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.SupervisorPin;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.DeskStageFixture;

/**
 * Issue 15 (roles and sign-in) at a 1024×600 netbook, in Spanish and in Quechua: a signed-in advisor
 * no longer opens Supervisión (a supervisor's own PIN is asked over the screen, Esc leaves it as it
 * was); five wrong PINs make sign-in wait and the screen says until when; the idle lock covers the
 * desk and, unlocked with the advisor's PIN, gives back the same screen with the typed text.
 */
@ExtendWith(ApplicationExtension.class)
class RolesScreenTest extends DeskStageFixture {
    private static final String DNI = "10117410";

    private void open(Path home) {
        AtomicReference<TrainingDesk> opened = new AtomicReference<>();
        robotless(() -> opened.set(home == null ? newDesk() : new TrainingDesk(stage, home, 1024, 600)));
        desk = opened.get();
    }

    private TrainingDesk newDesk() {
        try {
            return new TrainingDesk(stage, 1024, 600);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void robotless(Runnable r) {
        try {
            WaitForAsyncUtils.asyncFx(r).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "qu"})
    void anAdvisorOpeningSupervisionIsAskedForASupervisorsPinAndTheIdleLockKeepsTheTypedText(String lang,
            FxRobot robot) throws Exception {
        open(null);
        robot.interact(() -> desk.ui.i18n().languageProperty().set(desk.ctx.localization().language(lang)));

        // Five wrong PINs for one advisor: sign-in waits, and says until when.
        Advisor luis = TrainingData.ADVISORS.get(1);
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.interact(() -> robot.lookup("#login-advisor").<Advisor>queryComboBox().setValue(luis));
        for (int i = 0; i < 5; i++) {
            robot.interact(() -> robot.lookup("#login-pin").queryAs(PasswordField.class).setText("9999"));
            robot.interact(() -> robot.lookup("#login-submit").queryButton().fire());
            int tries = i + 1;
            waitUntil(() -> desk.ctx.store().advisors().account(luis.id()).orElseThrow().failures() == tries
                    && !robot.lookup("#login-submit").queryButton().isDisabled());
        }
        waitUntil(() -> Shown.node(robot, "#login-locked"));
        String locked = label(robot, "#login-locked");
        String until = desk.ui.i18n().dateTime(desk.ctx.store().advisors().account(luis.id()).orElseThrow().lockedUntil(),
                java.time.ZoneId.of("America/Lima"));
        assertEquals(desk.ctx.localization().text(lang, "roles.signin.locked", until), locked);
        assertEquals(text(lang, "roles.signin.locked.what"), label(robot, "#login-error"));
        assertEquals(List.of(), elided(robot, "#login-locked"));
        shot(robot, lang, "01-signin-locked");
        // The right PIN while locked is refused too.
        robot.interact(() -> robot.lookup("#login-pin").queryAs(PasswordField.class).setText(TrainingData.DEMO_PIN));
        robot.interact(() -> robot.lookup("#login-submit").queryButton().fire());
        waitUntil(() -> desk.ctx.store().advisors().account(luis.id()).orElseThrow().failures() == 6);
        assertFalse(Shown.node(robot, "#identify-number"), "not signed in while locked");

        // Ana (an advisor) signs in and types a citizen's document.
        Advisor ana = TrainingData.ADVISORS.get(0);
        robot.interact(() -> robot.lookup("#login-advisor").<Advisor>queryComboBox().setValue(ana));
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        robot.clickOn("#identify-number").write(DNI);

        // The finding: any signed-in advisor opened Supervisión. Now a supervisor's own PIN is asked first.
        robot.clickOn("#supervisor-open");
        waitUntil(() -> Shown.node(robot, "#roles-prompt") && robot.lookup("#roles-prompt-pin").query().isFocused()
                || Shown.node(robot, "#roles-prompt") && robot.lookup("#roles-prompt-supervisor").query().isFocused());
        assertNull(robot.lookup("#supervisor-back").tryQuery().orElse(null), "Supervisión is not open");
        List<Advisor> offered = robot.lookup("#roles-prompt-supervisor").<Advisor>queryComboBox().getItems();
        assertFalse(offered.contains(ana), "an advisor is not offered as a supervisor");
        assertTrue(offered.contains(SupervisorPin.SUPERVISOR));
        assertEquals(desk.ctx.localization().text(lang, "roles.prompt.action", text(lang, "roles.action.supervision")),
                label(robot, "#roles-prompt-action"));
        assertTouchSized(robot, "#roles-prompt-confirm", "#roles-prompt-cancel", "#roles-prompt-pin", "#roles-prompt-supervisor");
        assertEquals(List.of(), elided(robot, "#roles-prompt"));
        shot(robot, lang, "02-prompt");

        // Esc leaves it: no Supervisión, the visit's typed document where it was.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !Shown.node(robot, "#roles-prompt"));
        assertNull(robot.lookup("#supervisor-back").tryQuery().orElse(null));
        assertEquals(DNI, robot.lookup("#identify-number").queryAs(TextField.class).getText());

        // A wrong supervisor PIN is refused, in the advisor's language.
        robot.clickOn("#supervisor-open");
        waitUntil(() -> Shown.node(robot, "#roles-prompt"));
        robot.interact(() -> robot.lookup("#roles-prompt-supervisor").<Advisor>queryComboBox().setValue(SupervisorPin.SUPERVISOR));
        robot.clickOn("#roles-prompt-pin").write("9999");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#roles-prompt-error").equals(text(lang, "roles.gate.wrong.pin")));
        assertNull(robot.lookup("#supervisor-back").tryQuery().orElse(null));
        assertEquals(List.of(), elided(robot, "#roles-prompt"));
        shot(robot, lang, "03-prompt-wrong-pin");
        robot.clickOn("#roles-prompt-cancel");
        waitUntil(() -> !Shown.node(robot, "#roles-prompt"));

        // The supervisor's own PIN opens it, and the audit says who.
        robot.clickOn("#supervisor-open");
        SupervisorPin.pass(robot);
        waitUntil(() -> Shown.node(robot, "#supervisor-back"));
        List<AuditChainStore.Entry> rows = desk.ctx.store().audit().after(0, 1000);
        assertTrue(rows.stream().anyMatch(r -> r.action().equals("supervisor.supervision")
                && r.actor().equals(SupervisorPin.SUPERVISOR.id())), rows.toString());
        robot.clickOn("#supervisor-back");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        assertEquals(DNI, robot.lookup("#identify-number").queryAs(TextField.class).getText());

        // The idle lock: the same screen, covered; a wrong PIN is refused; the advisor's PIN gives it back.
        robot.clickOn("#identify-number");
        robot.type(KeyCode.END);
        robot.interact(() -> desk.ui.idleLock().lockNow());
        waitUntil(() -> Shown.node(robot, "#roles-lock") && robot.lookup("#roles-lock-pin").query().isFocused());
        assertTrue(robot.lookup("#identify-number").query().isDisabled(), "nothing under the lock takes keys");
        Advisor shownWho = robot.lookup("#roles-lock-who").<Advisor>queryComboBox().getValue();
        assertEquals(ana, shownWho, "the signed-in advisor is chosen");
        assertTouchSized(robot, "#roles-lock-unlock", "#roles-lock-pin", "#roles-lock-who");
        assertEquals(List.of(), elided(robot, "#roles-lock"));
        shot(robot, lang, "04-lock");
        robot.write("1111");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> label(robot, "#roles-lock-error").equals(text(lang, "roles.lock.wrong.pin")));
        assertTrue(Shown.node(robot, "#roles-lock"));
        shot(robot, lang, "05-lock-wrong-pin");
        robot.write(TrainingData.DEMO_PIN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !Shown.node(robot, "#roles-lock"));
        waitUntil(() -> robot.lookup("#identify-number").query().isFocused());
        assertEquals(DNI, robot.lookup("#identify-number").queryAs(TextField.class).getText(),
                "the same screen with the typed text");
        rows = desk.ctx.store().audit().after(0, 1000);
        assertTrue(rows.stream().anyMatch(r -> r.action().equals("signin.unlock") && r.actor().equals(ana.id())));
        // Typing goes on where it was.
        robot.type(KeyCode.BACK_SPACE).write("0");
        assertEquals(DNI, robot.lookup("#identify-number").queryAs(TextField.class).getText());
        shot(robot, lang, "06-unlocked");
    }

    @Test
    void theIdleLockFallsByItselfAfterTheConfiguredTime(FxRobot robot) throws Exception {
        Path home = Files.createTempDirectory("macexpress-roles");
        Files.writeString(home.resolve(pe.macexpress.desk.config.DeskSettings.FILE_NAME), "signin.idleLockMs=1500\n");
        open(home);
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        robot.clickOn("#identify-number").write(DNI);
        // Nothing typed or touched from now on: the lock comes by itself (no time is asserted, only that it comes).
        waitUntil(() -> Shown.node(robot, "#roles-lock"));
        assertEquals(DNI, robot.lookup("#identify-number").queryAs(TextField.class).getText());
    }

    private static void assertTouchSized(FxRobot robot, String... queries) {
        for (String q : queries) {
            Node n = robot.lookup(q).query();
            Bounds b = n.getLayoutBounds();
            assertTrue(b.getHeight() >= 44 - 0.5, q + " is a 44 px target: " + b.getHeight());
            Bounds s = n.localToScene(b);
            assertTrue(s.getMinX() >= 0 && s.getMaxX() <= 1024.5 && s.getMinY() >= 0 && s.getMaxY() <= 600.5,
                    q + " inside the 1024×600 window: " + s);
            if (n instanceof Button button) {
                assertFalse(DrawnText.clipped(button), q + " shows its whole text");
            }
        }
    }

    private void shot(FxRobot robot, String lang, String step) {
        screenshot(robot, "roles-" + lang + "-" + step);
    }
}
