package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.SuggestionContent;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.TrainingDesk;

/**
 * Issue 13: a citizen who came only to leave a compliment does it from the identification screen,
 * in their own language; another leaves a suggestion from the receipt. At 1024×600, in both
 * languages; the records reach the central as their own kinds.
 */
@ExtendWith(ApplicationExtension.class)
class SuggestionScreenTest {
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
    void aComplimentFromIdentificationInQuechuaWhileTheAdvisorSpeaksSpanish(FxRobot robot) throws Exception {
        complimentFromIdentification(robot, "es", "qu");
    }

    @Test
    void aComplimentFromIdentificationInSpanishWhileTheAdvisorSpeaksQuechua(FxRobot robot) throws Exception {
        complimentFromIdentification(robot, "qu", "es");
    }

    private void complimentFromIdentification(FxRobot robot, String advisorLang, String citizenLang) throws Exception {
        var ctx = desk.ctx;
        signIn(robot, advisorLang);
        waitUntil(() -> Shown.node(robot, "#identify-suggestion"));
        Screenshots.save(robot, desk.scene, "suggestion-" + citizenLang + "-01-identify");
        robot.clickOn("#identify-suggestion");
        waitUntil(() -> Shown.node(robot, "#suggestion-text"));
        waitUntil(() -> robot.lookup("#suggestion-text").query().isFocused());
        robot.clickOn("#suggestion-lang-" + citizenLang);
        assertEquals(ctx.localization().text(citizenLang, "suggestion.title"),
                ((Labeled) robot.lookup(".screen-title").query()).getText(), "the citizen's language");
        // Nothing written: told what to do, in the citizen's language.
        robot.clickOn("#suggestion-send");
        assertEquals(ctx.localization().text(citizenLang, "suggestion.empty"), text(robot, "#suggestion-problem"));
        robot.clickOn("#suggestion-type-compliment");
        robot.clickOn("#suggestion-text").write("Sumaq sunqu yanapaq");
        robot.clickOn("#suggestion-name").write("Rosa Quispe");
        assertEquals(ctx.localization().text(citizenLang, "suggestion.remaining", SuggestionContent.MAX_TEXT - 19),
                text(robot, "#suggestion-remaining"));
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "nothing clipped");
        Screenshots.save(robot, desk.scene, "suggestion-" + citizenLang + "-02-form");
        robot.clickOn("#suggestion-send");
        waitUntil(() -> Shown.node(robot, "#suggestion-thanks"));
        assertEquals(ctx.localization().text(citizenLang, "suggestion.thanks"), text(robot, "#suggestion-thanks"));
        Screenshots.save(robot, desk.scene, "suggestion-" + citizenLang + "-03-thanks");
        robot.clickOn("#suggestion-close");
        waitUntil(() -> Shown.node(robot, "#identify-number"));

        List<FeedbackStore.Suggestion> saved = new ArrayList<>();
        ctx.store().feedback().eachSuggestion(saved::add);
        assertEquals(1, saved.size());
        assertEquals(FeedbackStore.COMPLIMENT_KIND, saved.get(0).type());
        assertEquals(citizenLang, saved.get(0).language());
        assertEquals("Sumaq sunqu yanapaq", saved.get(0).text());
        assertEquals("Rosa Quispe", saved.get(0).name());
        assertEquals(TrainingData.POINT.id(), saved.get(0).pointId());
        long before = stats().compliments();
        ctx.sync().syncNow().get(60, TimeUnit.SECONDS);
        assertEquals(before + 1, stats().compliments(), "the compliment reached the central as a compliment");
    }

    @Test
    void aSuggestionFromTheReceiptTakesTheReceiptsLanguageAndEscGoesBack(FxRobot robot) throws Exception {
        var ctx = desk.ctx;
        signIn(robot, "es");
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        robot.write(citizen.dni()).type(KeyCode.TAB).write(String.valueOf(citizen.checkDigit()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#choice-search"));
        robot.write("juntos");
        waitUntil(() -> !robot.lookup("#choice-list").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#outcome-atendido"));
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#another-no"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Shown.node(robot, "#suggestion-open"));
        ComboBox<Language> receiptLang = robot.lookup("#receipt-language").queryComboBox();
        robot.interact(() -> receiptLang.setValue(ctx.localization().language("qu")));

        robot.clickOn("#suggestion-open");
        waitUntil(() -> Shown.node(robot, "#suggestion-text"));
        assertEquals(ctx.localization().text("qu", "suggestion.send"), text(robot, "#suggestion-send"));
        robot.write("Aswan tiyanakuna");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> Shown.node(robot, "#receipt-next"));
        assertEquals(0, ctx.store().feedback().countSuggestions(FeedbackStore.SUGGESTION_KIND), "Esc saves nothing");

        robot.clickOn("#suggestion-open");
        waitUntil(() -> Shown.node(robot, "#suggestion-text"));
        robot.write("Aswan tiyanakuna");
        assertEquals("Aswan tiyanakuna", robot.lookup("#suggestion-text").queryAs(TextArea.class).getText());
        robot.clickOn("#suggestion-send");
        waitUntil(() -> Shown.node(robot, "#suggestion-thanks"));
        robot.clickOn("#suggestion-close");
        waitUntil(() -> Shown.node(robot, "#receipt-next"));
        assertEquals(1, ctx.store().feedback().countSuggestions(FeedbackStore.SUGGESTION_KIND));
        long before = stats().suggestions();
        ctx.sync().syncNow().get(60, TimeUnit.SECONDS);
        assertEquals(before + 1, stats().suggestions());
    }

    private void signIn(FxRobot robot, String advisorLang) throws TimeoutException {
        if (!"es".equals(advisorLang)) {
            ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
            robot.interact(() -> box.setValue(desk.ctx.localization().language(advisorLang)));
        }
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        waitUntil(() -> focused(robot, "#login-pin"));
        robot.write(TrainingData.DEMO_PIN).type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#identify-number"));
    }

    private Admin.Stats stats() throws IOException {
        try (Response r = new OkHttpClient().newCall(new Request.Builder()
                .url(desk.ctx.sandbox().baseUrl() + "/api/v1/admin/stats")
                .header("Authorization", "Bearer " + desk.ctx.sandbox().adminToken()).get().build()).execute()) {
            return Wire.read(r.body().bytes(), Admin.Stats.class);
        }
    }

    private static boolean focused(FxRobot robot, String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
