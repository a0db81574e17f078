package pe.macexpress.desk.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.advisor.AdvisorSession;
import pe.macexpress.desk.advisor.PinHasher;
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.app.TrainingHints;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.Role;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;

/**
 * Issue 15, point 2, at a 1024×600 netbook in Spanish and Quechua, keyboard only: in production an
 * advisor whose 4-digit PIN was set before the rule (the finding: it still opened the counter) is
 * asked for a new PIN of 6 digits typed twice; Esc goes back to sign-in with nothing changed; a short
 * or mistyped PIN is refused with what to do; the saved one opens the session and is audited.
 */
@ExtendWith(ApplicationExtension.class)
class ShortPinChangeScreenTest {
    private static final Advisor ANA = new Advisor("ADV-1", "Ana Quispe Huamán");
    private static final String OLD = "4829";

    @TempDir
    Path dir;

    private Stage stage;
    private Store store;
    private FxTaskRunner runner;
    private Localization localization;
    private Scene scene;
    private final AtomicReference<AdvisorSession> signedIn = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (runner != null) {
            runner.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private void open(String lang) throws Exception {
        store = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
        store.advisors().savePoint(TrainingData.POINT);
        PinHasher fast = new PinHasher(1_000);
        store.advisors().upsertAdvisor(ANA, Role.ADVISOR, fast.hashKeyed(store.advisors().pepper(OLD)));
        SignInService signIn = new SignInService(store, fast, false, Clock.systemUTC()); // production
        runner = new FxTaskRunner();
        localization = Localization.load(null);
        WaitForAsyncUtils.asyncFx(() -> {
            I18n i18n = new I18n(localization, lang);
            StackPane root = new StackPane();
            LoginViewModel vm = new LoginViewModel(signIn, runner);
            LoginView login = new LoginView(vm, i18n, TrainingHints.NONE, signedIn::set, ZoneId.of("America/Lima"));
            vm.loadAdvisors();
            // As DeskUi hooks it in.
            PinChangeScreen.install(vm, signIn, i18n, runner, n -> root.getChildren().setAll(n), () -> {
                root.getChildren().setAll(login);
                login.focusStart();
            }, signedIn::set);
            root.getChildren().setAll(login);
            scene = new Scene(root, 1024, 600);
            scene.getStylesheets().add(DeskUi.class.getResource(DeskUi.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.sizeToScene();
            stage.show();
            login.focusStart();
        }).get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "qu"})
    void aFourDigitPinFromBeforeTheRuleIsReplacedBeforeTheCounterOpens(String lang, FxRobot robot) throws Exception {
        open(lang);
        waitUntil(() -> robot.lookup("#login-pin").query().isFocused()
                && robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        String hashBefore = store.advisors().account(ANA.id()).orElseThrow().pinHash();

        // The finding: the old 4-digit PIN opened the counter. Now it opens the change step.
        robot.write(OLD).type(KeyCode.ENTER);
        waitUntil(() -> Shown.node(robot, "#pin-change") && robot.lookup("#pin-change-new").query().isFocused());
        assertNull(signedIn.get(), "not signed in with a 4-digit PIN in production");
        assertEquals(localization.text(lang, "pin.change.why", 6), label(robot, "#pin-change-why"));
        assertTouchSized(robot, "#pin-change-new", "#pin-change-repeat", "#pin-change-save", "#pin-change-cancel");
        assertEquals(List.of(), elided(robot, "#pin-change"));
        shot(robot, lang, "change-01-asked");

        // Esc: back to sign-in, nothing changed.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> Shown.node(robot, "#login-pin") && robot.lookup("#login-pin").query().isFocused());
        assertFalse(Shown.node(robot, "#pin-change"));
        assertNull(signedIn.get());
        assertEquals(hashBefore, store.advisors().account(ANA.id()).orElseThrow().pinHash(), "Esc changes nothing");

        // Again: too short a new PIN is refused and says what to do.
        robot.write(OLD).type(KeyCode.ENTER);
        waitUntil(() -> Shown.node(robot, "#pin-change") && robot.lookup("#pin-change-new").query().isFocused());
        assertEquals("", label(robot, "#pin-change-error"), "a new change step starts clean");
        robot.write("12345").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#pin-change-repeat").query().isFocused());
        robot.write("12345").type(KeyCode.ENTER);
        waitUntil(() -> localization.text(lang, "pin.change.error.length").equals(label(robot, "#pin-change-error")));
        assertEquals(List.of(), elided(robot, "#pin-change"));
        shot(robot, lang, "change-02-too-short");

        // The two typings differ: refused; the repeat is typed again.
        waitUntil(() -> robot.lookup("#pin-change-new").query().isFocused());
        robot.write("730415").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#pin-change-repeat").query().isFocused());
        robot.write("730416").type(KeyCode.ENTER);
        waitUntil(() -> localization.text(lang, "pin.change.error.different").equals(label(robot, "#pin-change-error")));
        assertEquals(List.of(), elided(robot, "#pin-change"));
        shot(robot, lang, "change-03-different");
        assertNull(signedIn.get());
        assertEquals(hashBefore, store.advisors().account(ANA.id()).orElseThrow().pinHash(), "refusals change nothing");

        // Typed again right: saved, audited, and the session opens.
        waitUntil(() -> robot.lookup("#pin-change-repeat").query().isFocused());
        robot.write("730415").type(KeyCode.ENTER);
        waitUntil(() -> signedIn.get() != null);
        assertEquals(ANA, signedIn.get().advisor());
        assertTrue(store.audit().after(0, 200).stream().anyMatch(r -> r.action().equals(AuditActions.SIGNIN_PIN_CHANGED)
                && r.actor().equals(ANA.id())));
        SignInService check = new SignInService(store, new PinHasher(1_000), false, Clock.systemUTC());
        assertTrue(check.signIn(ANA, "730415").isPresent(), "the new PIN signs in");
        assertFalse(check.signIn(ANA, OLD).isPresent(), "the old one no longer does");
        assertNotNull(robot.lookup("#login-pin").tryQuery().orElse(null));
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

    private List<String> elided(FxRobot robot, String query) {
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> found.set(DrawnText.elided(robot.lookup(query).query())));
        return found.get();
    }

    private void shot(FxRobot robot, String lang, String step) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "pin-" + lang + "-" + step);
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
