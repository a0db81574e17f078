package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.ArrivalTurn;
import pe.macexpress.desk.store.OrientationEntry;
import pe.macexpress.desk.store.VisitEntry;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.Press;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;
import pe.macexpress.desk.testing.VisitSteps;

/**
 * Issue 13 (timeline), on a 1024×600 netbook in both languages: arrivals (Llegó F2, Se fue, Llamar
 * F3), a visit with two attentions whose receipt is in the citizen's language (the other one), an
 * orientation-only visit with no document, and a request outside the catalogue from the choice.
 * SQLite is read back after each: arrival, call and the citizen's language are in the rows.
 */
class TimelineFlowTest extends TrainingDeskTest {
    @Start
    void start(Stage stage) throws IOException {
        desk = new TrainingDesk(stage, 1024, 600);
        ctx = desk.ctx;
        ui = desk.ui;
        scene = desk.scene;
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "qu"})
    void arrivalsTwoAttentionsAnOrientationOnlyVisitAndAnUnmetRequest(String lang, FxRobot robot) throws Exception {
        String other = "es".equals(lang) ? "qu" : "es";
        VisitSteps.signIn(robot);
        VisitSteps.switchLanguage(robot, desk, lang);
        waitUntil(() -> Shown.node(robot, "#queue-panel"));
        assertEquals(ctx.localization().text(lang, "queue.waiting", 0), text(robot, "#queue-count"));
        shot(robot, lang, "01-identify-queue");

        // Three arrive (F2 from the document field), the third leaves, the first is called (F3).
        robot.clickOn("#identify-number");
        robot.type(KeyCode.F2);
        waitUntil(() -> text(robot, "#queue-count").equals(ctx.localization().text(lang, "queue.waiting", 1)));
        robot.type(KeyCode.F2);
        waitUntil(() -> text(robot, "#queue-count").equals(ctx.localization().text(lang, "queue.waiting", 2)));
        press(robot, "#queue-arrive");
        waitUntil(() -> text(robot, "#queue-count").equals(ctx.localization().text(lang, "queue.waiting", 3)));
        assertEquals(ctx.localization().text(lang, "queue.given", 3), text(robot, "#queue-given"));
        shot(robot, lang, "02-three-waiting");
        press(robot, "#queue-turn-3");
        press(robot, "#queue-left");
        waitUntil(() -> text(robot, "#queue-count").equals(ctx.localization().text(lang, "queue.waiting", 2)));
        String point = TrainingData.POINT.id();
        var timeline = ctx.store().timeline();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("America/Lima"));
        assertEquals(1, timeline.leftCount(point, today), "the one who left is counted");
        robot.clickOn("#identify-number");
        robot.type(KeyCode.F3);
        waitUntil(() -> Shown.node(robot, "#queue-serving") && !text(robot, "#queue-serving").isEmpty());
        assertEquals(ctx.localization().text(lang, "queue.serving", 1), text(robot, "#queue-serving"));
        ArrivalTurn first = timeline.turns(point, today).get(0);
        assertNotNull(first.calledAt(), "the call is recorded");
        shot(robot, lang, "03-called");

        // The citizen speaks the other language; the advisor's screen stays in its own.
        chooseCitizenLanguage(robot, other);
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        VisitSteps.verify(robot, scene, citizen);
        press(robot, "#identify-continue");
        serve(robot, "antecedentes judiciales");
        UUID visitId = ui.flow().currentVisit().id();
        assertEquals(other, ui.flow().currentVisit().citizenLanguage());
        press(robot, "#another-yes");
        serve(robot, "juntos");
        press(robot, "#another-no");
        waitUntil(() -> Shown.node(robot, "#receipt-farewell"));
        @SuppressWarnings("unchecked")
        ComboBox<Language> receiptLanguage = robot.lookup("#receipt-language").queryComboBox();
        assertEquals(other, receiptLanguage.getValue().tag(), "the receipt speaks the citizen's language");
        assertEquals(lang, ui.i18n().tag(), "the advisor's screen did not change language");
        shot(robot, lang, "04-receipt-citizen-language");

        List<Attention> rows = ctx.attentions().findByVisit(visitId);
        assertEquals(2, rows.size());
        for (Attention a : rows) {
            assertEquals(first.arrivedAt(), a.arrival().arrivedAt(), "arrival from the queue");
            assertEquals(first.calledAt(), a.arrival().calledAt(), "call from the queue");
            assertEquals(other, a.arrival().citizenLanguage());
            assertEquals(lang, a.language(), "the advisor's language stays the attention's language");
            assertFalse(a.handling().isNegative());
        }
        waitUntil(() -> timeline.findVisit(visitId).isPresent());
        VisitEntry visit = timeline.findVisit(visitId).orElseThrow();
        assertEquals(1, visit.turn());
        assertEquals(2, visit.attentions());
        assertEquals(other, visit.citizenLanguage());
        assertFalse(visit.orientationOnly());
        assertFalse(visit.endedAt().isBefore(visit.calledAt()));

        // The citizen rates the visit with the faces only (no text read, nothing typed), in their language.
        int surveysBefore = ctx.store().feedback().countSurveys();
        press(robot, "#survey-open");
        waitUntil(() -> Shown.node(robot, "#survey-face-5"));
        assertEquals(ctx.localization().text(other, "survey.title"), text(robot, "#survey-title"));
        int[] faces = {5, 5, 3, 4, 5, 4};
        for (int i = 0; i < faces.length; i++) {
            String sign = "#survey-sign-" + pe.macexpress.desk.contract.SurveyContent.DRIVERS.get(i);
            waitUntil(() -> Shown.node(robot, sign));
            robot.clickOn("#survey-face-" + faces[i]);
        }
        waitUntil(() -> Shown.node(robot, "#survey-done"));
        shot(robot, lang, "04b-survey-last-step");
        robot.clickOn("#survey-done");
        waitUntil(() -> Shown.node(robot, "#survey-thanks"));
        robot.clickOn("#survey-close");
        waitUntil(() -> Shown.node(robot, "#receipt-next"));
        assertEquals(surveysBefore + 1, ctx.store().feedback().countSurveys());
        pe.macexpress.desk.store.FeedbackStore.Survey[] rated = new pe.macexpress.desk.store.FeedbackStore.Survey[1];
        ctx.store().feedback().eachSurvey(sv -> rated[0] = sv);
        assertEquals(List.of(5, 5, 3, 4, 5, 4), rated[0].answers());
        assertEquals(other, rated[0].language(), "the survey is in the citizen's language");

        // Turn 2 only asks: no document, an orientation, a farewell in the citizen's language.
        press(robot, "#receipt-next");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        robot.clickOn("#identify-number");
        robot.type(KeyCode.F3);
        waitUntil(() -> Shown.node(robot, "#queue-serving") && !text(robot, "#queue-serving").isEmpty());
        assertEquals(ctx.localization().text(lang, "queue.serving", 2), text(robot, "#queue-serving"));
        press(robot, "#timeline-orientation-only");
        waitUntil(() -> Shown.node(robot, "#orientation-topic"));
        robot.write("Horario de la PIAS");
        shot(robot, lang, "05-orientation-only");
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Shown.node(robot, "#farewell-screen"));
        assertTrue(text(robot, "#farewell-text").contains(ctx.localization().text(lang, "protocol.thanks.anonymous")),
                text(robot, "#farewell-text"));
        shot(robot, lang, "06-farewell");
        assertEquals(1, timeline.countOrientations(OrientationContent.ORIENTATION), "the orientation counts");
        List<VisitEntry> visits = new ArrayList<>();
        waitUntil(() -> {
            visits.clear();
            timeline.forEachVisit(visits::add);
            return visits.size() == 2;
        });
        VisitEntry asked = visits.get(1);
        assertTrue(asked.orientationOnly());
        assertEquals(2, asked.turn());
        assertEquals(0, asked.attentions());
        assertEquals(1, asked.orientations());

        // A walk-in asks for something we do not have, from the procedure choice.
        press(robot, "#farewell-next");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        VisitSteps.verify(robot, scene, citizen);
        press(robot, "#identify-continue");
        waitUntil(() -> Shown.node(robot, "#choice-unmet"));
        press(robot, "#choice-unmet");
        waitUntil(() -> Shown.node(robot, "#orientation-topic"));
        press(robot, "#orientation-save");
        assertEquals(ctx.localization().text(lang, "orientation.topic.needed"), text(robot, "#orientation-error"),
                "an unmet request says what was asked");
        robot.clickOn("#orientation-topic").write("Licencia de conducir");
        shot(robot, lang, "07-unmet");
        press(robot, "#orientation-save");
        waitUntil(() -> Shown.node(robot, "#choice-unmet-saved"));
        shot(robot, lang, "08-unmet-saved");
        List<OrientationEntry> all = new ArrayList<>();
        timeline.forEachOrientation(all::add);
        assertEquals(2, all.size());
        assertEquals(OrientationContent.UNMET, all.get(1).type());
        assertEquals("Licencia de conducir", all.get(1).topic());
        assertEquals("", all.get(1).entityId(), "no entity chosen: no sé");
        UUID walkIn = ui.flow().currentVisit().id();
        assertEquals(walkIn, all.get(1).visitId());
        press(robot, "#choice-finish");
        waitUntil(() -> Shown.node(robot, "#farewell-screen"));
        waitUntil(() -> timeline.findVisit(walkIn).isPresent());
        VisitEntry walkInVisit = timeline.findVisit(walkIn).orElseThrow();
        assertEquals(null, walkInVisit.turn(), "a walk-in has no turn");
        assertEquals(walkInVisit.arrivedAt(), walkInVisit.calledAt(), "a walk-in arrives when called");
        assertEquals(1, walkInVisit.orientations());
        assertTrue(ctx.outbox().counts().unsent() >= 2 + 3 + 2, "attentions, visits and orientations queued");
    }

    private void shot(FxRobot robot, String lang, String step) {
        VisitSteps.unclippedShot(robot, scene, "timeline-" + lang + "-" + step);
    }

    @SuppressWarnings("unchecked")
    private void chooseCitizenLanguage(FxRobot robot, String tag) {
        ComboBox<Language> box = robot.lookup("#timeline-citizen-language").queryComboBox();
        robot.interact(() -> box.setValue(ctx.localization().language(tag)));
    }

    @SuppressWarnings("unchecked")
    private void serve(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> Shown.node(robot, "#choice-search"));
        robot.interact(() -> robot.lookup("#choice-search").queryAs(TextInputControl.class).setText(query));
        ListView<Object> list = robot.lookup("#choice-list").queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        press(robot, "#choice-open");
        waitUntil(() -> Shown.node(robot, "#procedure-save"));
        press(robot, "#outcome-atendido");
        press(robot, "#procedure-save");
        waitUntil(() -> Shown.node(robot, "#another-question"));
    }

    private void press(FxRobot robot, String query) {
        Press.button(robot, scene, query);
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
