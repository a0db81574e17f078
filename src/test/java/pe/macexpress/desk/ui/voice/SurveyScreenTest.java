package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.KeyboardVisit;
import pe.macexpress.desk.testing.TrainingDesk;

/**
 * Issue 13: after a visit at 1024×600, the citizen answers the survey with the faces only (clicks by
 * node id, no text read) in THEIR language while the advisor's screen speaks the other one; the
 * survey is saved with no link to the visit, reaches the sandbox central (its stats count it) and
 * the compliment is shown to the advisor in the advisor's language.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.testfx.framework.junit5.ApplicationExtension.class)
class SurveyScreenTest {
    private TrainingDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new TrainingDesk(stage, 1024, 600);
    }

    @AfterEach
    void stop() throws IOException {
        desk.close();
    }

    @Test
    void aQuechuaSpeakingCitizenRatesTheSpanishSpeakingAdvisorsVisit(FxRobot robot) throws Exception {
        answerAfterAVisit(robot, "es", "qu");
    }

    @Test
    void aSpanishSpeakingCitizenRatesTheQuechuaSpeakingAdvisorsVisit(FxRobot robot) throws Exception {
        answerAfterAVisit(robot, "qu", "es");
    }

    private void answerAfterAVisit(FxRobot robot, String advisorLang, String citizenLang) throws Exception {
        var ctx = desk.ctx;
        if (!"es".equals(advisorLang)) {
            ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
            robot.interact(() -> box.setValue(ctx.localization().language(advisorLang)));
        }
        visit(robot);
        assertEquals(advisorLang, desk.ui.i18n().tag());
        // The citizen's language, chosen in the receipt's language box.
        ComboBox<Language> receiptLang = robot.lookup("#receipt-language").queryComboBox();
        robot.interact(() -> receiptLang.setValue(ctx.localization().language(citizenLang)));
        waitUntil(() -> Shown.node(robot, "#survey-open"));
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "nothing clipped on the receipt");
        Screenshots.save(robot, desk.scene, "survey-" + citizenLang + "-01-receipt");
        int before = ctx.store().feedback().countSurveys();

        robot.clickOn("#survey-open");
        waitUntil(() -> Shown.node(robot, "#survey-face-5"));
        assertEquals(ctx.localization().text(citizenLang, "survey.title"), text(robot, "#survey-title"),
                "the survey speaks the citizen's language, not the advisor's");
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "nothing clipped on the survey");
        Screenshots.save(robot, desk.scene, "survey-" + citizenLang + "-02-driver");
        // Faces only, by id: 5, 4, skip, 5, 3, 5.
        int[] faces = {5, 4, 0, 5, 3, 5};
        for (int i = 0; i < faces.length; i++) {
            String sign = "#survey-sign-" + pe.macexpress.desk.contract.SurveyContent.DRIVERS.get(i);
            waitUntil(() -> Shown.node(robot, sign));
            if (faces[i] == 0) {
                robot.clickOn("#survey-skip");
            } else {
                robot.clickOn("#survey-face-" + faces[i]);
            }
        }
        waitUntil(() -> Shown.node(robot, "#survey-done"));
        robot.clickOn("#survey-comment").write("Allin");
        robot.clickOn("#survey-compliment");
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "nothing clipped on the last step");
        Screenshots.save(robot, desk.scene, "survey-" + citizenLang + "-03-comment");
        robot.clickOn("#survey-done");
        waitUntil(() -> Shown.node(robot, "#survey-thanks"));
        assertEquals(ctx.localization().text(citizenLang, "survey.thanks"), text(robot, "#survey-thanks"));
        Screenshots.save(robot, desk.scene, "survey-" + citizenLang + "-04-thanks");
        robot.clickOn("#survey-close");

        waitUntil(() -> Shown.node(robot, "#survey-notice"));
        assertEquals(ctx.localization().text(advisorLang, "survey.compliment.notice", "Allin"),
                text(robot, "#survey-notice"), "the compliment, told to the advisor in the advisor's language");
        assertTrue(robot.lookup("#survey-open").query().isDisabled(), "one survey per visit");
        Screenshots.save(robot, desk.scene, "survey-" + citizenLang + "-05-compliment");

        assertEquals(before + 1, ctx.store().feedback().countSurveys());
        FeedbackStore.Survey[] saved = new FeedbackStore.Survey[1];
        ctx.store().feedback().eachSurvey(s -> saved[0] = s);
        assertEquals(citizenLang, saved[0].language());
        assertEquals(Arrays.asList(5, 4, null, 5, 3, 5), saved[0].answers());
        assertEquals("Allin", saved[0].comment());
        assertTrue(saved[0].compliment());
        assertEquals(TrainingData.POINT.id(), saved[0].pointId());

        long centralBefore = stats().surveys();
        // Held back until its day is over (or five wait), so the queue's order cannot tie it to this visit.
        assertEquals(1, ctx.store().feedback().heldSurveys(), "not queued right after its visit's attention");
        ctx.sync().syncNow().get(60, TimeUnit.SECONDS);
        assertEquals(centralBefore, stats().surveys(), "today's lone survey waits");
        ctx.store().feedback().releaseSurveys(saved[0].day().plusDays(1));
        ctx.sync().syncNow().get(60, TimeUnit.SECONDS);
        assertEquals(centralBefore + 1, stats().surveys(), "the survey reached the central");
        assertEquals(0, ctx.outbox().counts().unsent(), "nothing left to send");

        robot.clickOn("#receipt-next");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
    }

    private Admin.Stats stats() throws IOException {
        try (Response r = new OkHttpClient().newCall(new Request.Builder()
                .url(desk.ctx.sandbox().baseUrl() + "/api/v1/admin/stats")
                .header("Authorization", "Bearer " + desk.ctx.sandbox().adminToken()).get().build()).execute()) {
            return Wire.read(r.body().bytes(), Admin.Stats.class);
        }
    }

    private void visit(FxRobot robot) throws TimeoutException {
        KeyboardVisit.serveOneProcedure(robot, desk);
    }

    private static boolean focused(FxRobot robot, String query) {
        return KeyboardVisit.focused(robot, query);
    }

    private static String text(FxRobot robot, String query) {
        return KeyboardVisit.text(robot, query);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
