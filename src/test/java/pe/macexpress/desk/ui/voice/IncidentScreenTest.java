package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.BreachClock;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.DeskStageFixture;

/**
 * The incident register at a 1024×600 netbook, in Spanish and in Quechua: a suspected data breach
 * registered mid-visit (the visit's typed document is still there when the form closes), its
 * 48-hour banner above the screen, and the banner gone once a supervisor, with their own PIN,
 * records the notification to the Autoridad.
 */
@ExtendWith(ApplicationExtension.class)
class IncidentScreenTest extends DeskStageFixture {
    private static final String DNI = "10117410";

    @ParameterizedTest
    @ValueSource(strings = {"es", "qu"})
    void aBreachRegisteredMidVisitShowsItsClockUntilASupervisorRecordsTheNotification(String lang, FxRobot robot)
            throws Exception {
        AtomicReference<TrainingDesk> opened = new AtomicReference<>();
        robot.interact(() -> {
            try {
                opened.set(new TrainingDesk(stage, 1024, 600));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        desk = opened.get();
        robot.interact(() -> desk.ui.i18n().languageProperty().set(desk.ctx.localization().language(lang)));
        signIn(robot);

        // A visit under way: the citizen's document typed at the identification screen.
        robot.clickOn("#identify-number").write(DNI);
        Node visitScreen = currentScreen(robot);
        shot(robot, lang, "01-visit");
        assertTrue(Shown.node(robot, "#incident-open"), "the status bar offers the register on every screen");
        assertFalse(DrawnText.clipped(robot.lookup("#incident-open").queryAs(Labeled.class)), "button text whole");
        assertFalse(Shown.node(robot, "#breach-banner"), "no breach, no banner");

        robot.clickOn("#incident-open");
        waitUntil(() -> Shown.node(robot, "#incident-type"));
        waitUntil(() -> robot.lookup("#incident-type").query().isFocused());
        shot(robot, lang, "02-form");
        // Saving with nothing chosen says what is missing, in the advisor's language.
        tap(robot, "#incident-save");
        assertEquals(text(lang, "incident.error.type"), label(robot, "#incident-problem"));

        robot.interact(() -> robot.lookup("#incident-type").<IncidentType>queryComboBox().setValue(IncidentType.DATA_BREACH));
        assertTrue(robot.lookup("#incident-severity-grave").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "a breach is grave by nature");
        assertEquals(text(lang, "incident.serious.breach"), label(robot, "#incident-serious"));
        tap(robot, "#incident-what").write("Se perdió una memoria USB con constancias");
        tap(robot, "#incident-done").write("Se avisó a la coordinación");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), elided(robot, "#incident-overlay"), "nothing of the form cut short");
        shot(robot, lang, "03-filled");
        tap(robot, "#incident-save");
        waitUntil(() -> Shown.node(robot, "#incident-saved") && !label(robot, "#incident-saved").isEmpty());
        assertEquals(desk.ctx.localization().text(lang, "incident.saved.serious",
                text(lang, IncidentType.DATA_BREACH.messageKey())), label(robot, "#incident-saved"));
        shot(robot, lang, "04-saved");

        List<Incident> saved = desk.ctx.store().incidents().all();
        assertEquals(1, saved.size());
        Incident breach = saved.get(0);
        assertEquals(IncidentType.DATA_BREACH, breach.type());
        assertEquals(IncidentSeverity.GRAVE, breach.severity());
        assertEquals(TrainingData.ADVISORS.get(0).id(), breach.recordedBy());
        assertEquals(TrainingData.POINT.id(), breach.pointId());
        assertTrue(breach.isOpen());

        // Back (Esc) to the visit, as it was.
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !Shown.node(robot, "#incident-overlay"));
        assertTrue(currentScreen(robot) == visitScreen, "the same screen, not a new one");
        assertEquals(DNI, robot.lookup("#identify-number").queryAs(TextField.class).getText(), "the typed document stayed");

        // The 48-hour clock above every screen.
        waitUntil(() -> Shown.node(robot, "#breach-banner") && !label(robot, "#breach-banner-text").isEmpty());
        BreachClock clock = BreachClock.of(breach.occurredAt(), desk.ctx.clock().instant());
        assertTrue(clock.hours() == 47 || clock.hours() == 48, "about 48 h left: " + clock.hours());
        String banner = label(robot, "#breach-banner-text");
        // The banner was computed at some moment between the breach and now (a loaded machine can take
        // minutes): any of those moments' clocks is right, in the advisor's language.
        java.util.Set<String> possible = new java.util.HashSet<>();
        possible.add(desk.ctx.localization().text(lang, "incident.banner.left", 48, 0));
        long elapsed = java.time.Duration.between(breach.occurredAt(), desk.ctx.clock().instant()).toMinutes();
        for (long m = 0; m <= elapsed + 1; m++) {
            BreachClock then = BreachClock.of(breach.occurredAt(), breach.occurredAt().plusSeconds(60 * m));
            possible.add(desk.ctx.localization().text(lang, "incident.banner.left", then.hours(), then.minutes()));
        }
        assertTrue(possible.contains(banner), "the time left, in the advisor's language: " + banner);
        assertEquals(List.of(), elided(robot, "#breach-banner"));
        shot(robot, lang, "05-banner");

        // The supervisor records the notification: a wrong PIN is refused, the banner stays.
        robot.clickOn("#breach-banner-open");
        // Issue 15 (roles): Supervisión opens with a supervisor's own PIN.
        pe.macexpress.desk.testing.SupervisorPin.pass(robot);
        waitUntil(() -> Shown.node(robot, "#incident-card"));
        // The banner's way in: the supervisor's screen with the breach's notification form open over it.
        waitUntil(() -> Shown.really(robot, "#incident-reference"));
        waitUntil(() -> robot.lookup("#incident-reference").query().isFocused());
        Node card = robot.lookup("#incident-card").query();
        assertEquals(0, card.getParent().getChildrenUnmodifiable().indexOf(card),
                "with a serious incident open, the incidents card comes first");
        assertEquals(List.of(), elided(robot, "#incident-closing-overlay"));
        Advisor supervisor = pe.macexpress.desk.testing.SupervisorPin.SUPERVISOR;
        robot.write("ANPD-2026-000123");
        robot.interact(() -> robot.lookup("#incident-supervisor").<Advisor>queryComboBox().setValue(supervisor));
        tap(robot, "#incident-pin").write("9999");
        tap(robot, "#incident-close");
        waitUntil(() -> label(robot, "#incident-close-problem").equals(text(lang, "incident.error.pin")));
        assertTrue(Shown.node(robot, "#breach-banner"), "not notified: the banner stays");
        assertTrue(desk.ctx.store().incidents().find(breach.id()).orElseThrow().isOpen());
        shot(robot, lang, "06-supervisor");

        tap(robot, "#incident-pin").write(TrainingData.DEMO_PIN).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> !Shown.node(robot, "#breach-banner"));
        waitUntil(() -> !Shown.node(robot, "#incident-closing-overlay"));
        assertEquals(text(lang, "incident.sup.notified"), label(robot, "#incident-close-result"));
        Incident notified = desk.ctx.store().incidents().find(breach.id()).orElseThrow();
        assertNotNull(notified.closing());
        assertEquals("ANPD-2026-000123", notified.closing().reference());
        assertEquals(supervisor.id(), notified.closing().closedBy(), "recorded as the supervisor who typed the PIN");
        assertNotNull(notified.closing().notifiedAt());
        assertEquals(2, Sql.number(desk.ctx.store(), "SELECT count(*) FROM outbox WHERE kind = 'incident'"),
                "the notification is a second change of the record");
        shot(robot, lang, "07-notified");

        robot.clickOn("#supervisor-back");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        assertEquals(DNI, robot.lookup("#identify-number").queryAs(TextField.class).getText(),
                "the visit is still where it was");
        assertNull(robot.lookup("#incident-overlay").tryQuery().orElse(null));
    }

    /** Focus first (the shell scrolls a focused node into view, as Tab does), then a touch. */
    private static org.testfx.api.FxRobotInterface tap(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).query().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(query);
    }

    private static void signIn(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
    }

    private Node currentScreen(FxRobot robot) {
        Node n = robot.lookup("#identify-number").query();
        while (n.getParent() != null && !n.getParent().getStyleClass().contains("shell-scroll")
                && !(n.getParent() instanceof javafx.scene.layout.StackPane sp && sp.getParent() != null
                && sp.getParent().getParent() instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        return n;
    }

    private void shot(FxRobot robot, String lang, String step) {
        screenshot(robot, "incident-" + lang + "-" + step);
    }
}
