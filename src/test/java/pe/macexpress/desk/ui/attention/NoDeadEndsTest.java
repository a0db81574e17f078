package pe.macexpress.desk.ui.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.sandbox.Fault;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;

/**
 * No dead ends at the counter: a citizen RENIEC does not know, a passport, a slow PIDE, a sign-out
 * in the middle of a visit, a minor with a procedure for adults or with a guardian.
 */
class NoDeadEndsTest extends TrainingDeskTest {
    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Test
    void aCitizenReniecDoesNotKnowIsServedOnceTheAdvisorConfirmsThePhysicalDocument(FxRobot robot) throws Exception {
        signIn(robot);
        type(robot, DocumentType.DNI, "10117410", "2");
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        String checkedByAdvisor = es("verification.checked.by.advisor");
        assertEquals(es("identity.outcome.not.found"), text(robot, "#identify-message"));
        assertNotEquals(checkedByAdvisor, text(robot, "#identify-state"), "nothing confirmed yet");
        assertTrue(robot.lookup("#identify-continue").query().isDisabled());
        robot.clickOn("#identify-typed-names").write("ROSA QUISPE MAMANI");
        assertTrue(robot.lookup("#identify-continue").query().isDisabled(), "names alone are not a confirmation");
        assertNotEquals(checkedByAdvisor, text(robot, "#identify-state"));
        Screenshots.save(robot, scene, "es-deadends-01-not-found");
        robot.clickOn("#identify-confirm");
        assertEquals(checkedByAdvisor, text(robot, "#identify-state"));
        assertFalse(robot.lookup("#identify-continue").query().isDisabled());
        switchLanguage(robot, "qu");
        Screenshots.save(robot, scene, "qu-deadends-01-not-found-confirmed");
        switchLanguage(robot, "es");

        robot.clickOn("#identify-continue");
        choose(robot, "juntos");
        robot.clickOn("#outcome-atendido");
        robot.clickOn("#procedure-save");
        waitUntil(() -> Shown.node(robot, "#another-question"));
        List<Attention> saved = ctx.attentions().findByVisit(ui.flow().currentVisit().id());
        assertEquals(1, saved.size());
        assertEquals(VerificationState.CHECKED_BY_ADVISOR, saved.get(0).verification());
        assertEquals("0999", saved.get(0).verificationCode(), "RENIEC's 'no data' stays recorded beside it");
        assertEquals("ROSA QUISPE MAMANI", saved.get(0).citizenNames());
        assertEquals("CHECKED_BY_ADVISOR", Sql.text(ctx.store(),
                "SELECT verification FROM attention WHERE code = '" + saved.get(0).code() + "'"));
    }

    @Test
    void aPassportIsNeverShownAsVerifiedBeforeTheAdvisorTicksTheBox(FxRobot robot) throws Exception {
        signIn(robot);
        type(robot, DocumentType.PASAPORTE, "AB1234567", "");
        robot.clickOn("#identify-verify");
        waitUntil(() -> Shown.node(robot, "#identify-result"));
        assertEquals(es("identify.state.unconfirmed"), text(robot, "#identify-state"));
        assertTrue(robot.lookup("#identify-continue").query().isDisabled());
        robot.clickOn("#identify-typed-names").write("JOHN SMITH");
        robot.clickOn("#identify-confirm");
        assertEquals(es("verification.checked.by.advisor"), text(robot, "#identify-state"));
        robot.clickOn("#identify-confirm");
        assertEquals(es("identify.state.unconfirmed"), text(robot, "#identify-state"), "unticked: unconfirmed again");
        assertTrue(robot.lookup("#identify-continue").query().isDisabled());
    }

    @Test
    void aSlowPideOffersCancelWhichKeepsTheDocumentAndContinuarPorVerificar(FxRobot robot) throws Exception {
        signIn(robot);
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        ctx.sandbox().inject(Fault.delay(15_000).times(1));
        type(robot, DocumentType.DNI, citizen.dni(), String.valueOf(citizen.checkDigit()));
        robot.clickOn("#identify-verify");
        assertFalse(Shown.node(robot, "#identify-slow-box"), "not offered at once");
        waitUntil(() -> Shown.node(robot, "#identify-slow-box"));
        Screenshots.save(robot, scene, "es-deadends-02-slow-pide");
        robot.clickOn("#identify-cancel");
        assertFalse(Shown.node(robot, "#identify-slow-box"));
        assertFalse(ui.flow().identifyViewModel().busyProperty().get(), "no longer waiting");
        assertEquals(citizen.dni(), field(robot, "#identify-number"), "the typed document is unchanged");
        assertEquals(String.valueOf(citizen.checkDigit()), field(robot, "#identify-check"));
        assertNull(ui.flow().identifyViewModel().resultProperty().get());

        ctx.sandbox().inject(Fault.delay(15_000).times(1));
        robot.clickOn("#identify-verify");
        waitUntil(() -> Shown.node(robot, "#identify-slow-box"));
        switchLanguage(robot, "qu");
        Screenshots.save(robot, scene, "qu-deadends-02-slow-pide");
        switchLanguage(robot, "es");
        robot.clickOn("#identify-continue-unverified");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        assertEquals(es("verification.pending"), text(robot, "#identify-state"));
        assertTrue(Shown.node(robot, "#identify-typed-names"), "names are typed, as when PIDE is down");
        robot.clickOn("#identify-typed-names").write("ROSA QUISPE");
        robot.clickOn("#identify-continue");
        choose(robot, "juntos");
        robot.clickOn("#outcome-atendido");
        robot.clickOn("#procedure-save");
        waitUntil(() -> Shown.node(robot, "#another-question"));
        Attention a = ctx.attentions().findByVisit(ui.flow().currentVisit().id()).get(0);
        assertEquals(VerificationState.PENDING, a.verification());
        assertEquals(1, ctx.identity().flags().pending(10).size(), "verified later in the background");
        ctx.sandbox().clearFaults();
    }

    @Test
    void signingOutDuringAVisitAsksAndShowsTheReceiptOfWhatWasSaved(FxRobot robot) throws Exception {
        signIn(robot);
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        type(robot, DocumentType.DNI, citizen.dni(), String.valueOf(citizen.checkDigit()));
        // Nothing saved yet: asked, and "seguir" keeps what was typed.
        robot.clickOn("#sign-out");
        waitUntil(() -> Shown.node(robot, "#signout-overlay"));
        assertEquals(es("signout.unsaved"), text(robot, "#signout-detail"));
        robot.clickOn("#signout-stay");
        assertFalse(Shown.node(robot, "#signout-overlay"));
        assertEquals(citizen.dni(), field(robot, "#identify-number"));

        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        robot.clickOn("#identify-continue");
        choose(robot, "juntos");
        robot.clickOn("#outcome-atendido");
        robot.clickOn("#procedure-save");
        waitUntil(() -> Shown.node(robot, "#another-question"));
        String code = ctx.attentions().findByVisit(ui.flow().currentVisit().id()).get(0).code();

        robot.clickOn("#sign-out");
        waitUntil(() -> Shown.node(robot, "#signout-overlay"));
        assertEquals(ctx.localization().text("es", "signout.saved", 1), text(robot, "#signout-detail"));
        Screenshots.save(robot, scene, "es-deadends-03-sign-out");
        switchLanguage(robot, "qu");
        Screenshots.save(robot, scene, "qu-deadends-03-sign-out");
        switchLanguage(robot, "es");
        robot.clickOn("#signout-confirm");
        waitUntil(() -> Shown.node(robot, "#receipt-farewell"));
        assertEquals(code, text(robot, "#receipt-code-0"), "the receipt of what was saved comes first");
        robot.clickOn("#receipt-next");
        waitUntil(() -> Shown.node(robot, "#login-pin"));
        assertFalse(Shown.node(robot, "#session-info") && !text(robot, "#session-info").isEmpty()
                && text(robot, "#session-info").contains(TrainingData.ADVISORS.get(0).fullName()), "signed out");
    }

    @Test
    void callingACitizenBackDuringAVisitAsksAndShowsTheReceiptOfWhatWasSaved(FxRobot robot) throws Exception {
        signIn(robot);
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        type(robot, DocumentType.DNI, citizen.dni(), String.valueOf(citizen.checkDigit()));
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        robot.clickOn("#identify-continue");
        choose(robot, "juntos");
        robot.clickOn("#outcome-pendiente");
        robot.clickOn("#procedure-detail").write("Falta constancia de estudios");
        robot.clickOn("#procedure-save");
        waitUntil(() -> Shown.node(robot, "#another-question"));
        String code = ctx.attentions().findByVisit(ui.flow().currentVisit().id()).get(0).code();

        // Seguimiento, the pending case, "Llamar al ciudadano": the visit under way is not dropped silently.
        robot.clickOn("#cases-open");
        ListView<?> rows = robot.lookup("#cases-list").queryAs(ListView.class);
        waitUntil(() -> rows.getItems().size() == 1);
        robot.interact(() -> rows.getSelectionModel().select(0));
        robot.clickOn("#cases-list").type(KeyCode.ENTER);
        waitUntil(() -> Shown.node(robot, "#case-call"));
        robot.interact(() -> robot.lookup("#case-call").queryButton().fire());
        waitUntil(() -> Shown.node(robot, "#signout-overlay"));
        assertEquals(ctx.localization().text("es", "callcitizen.saved", 1), text(robot, "#signout-detail"));
        Screenshots.save(robot, scene, "es-deadends-06-call-citizen");
        // "Seguir atendiendo" leaves everything as it was.
        robot.clickOn("#signout-stay");
        assertFalse(Shown.node(robot, "#signout-overlay"));
        assertTrue(Shown.node(robot, "#case-call"));

        robot.interact(() -> robot.lookup("#case-call").queryButton().fire());
        waitUntil(() -> Shown.node(robot, "#signout-overlay"));
        robot.clickOn("#signout-confirm");
        waitUntil(() -> Shown.node(robot, "#receipt-farewell"));
        assertEquals(code, text(robot, "#receipt-code-0"), "the receipt of what was saved comes first");
        robot.clickOn("#receipt-next");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        assertEquals(citizen.dni(), field(robot, "#identify-number"), "then the called citizen's document, typed");
    }

    @Test
    void aMinorIsWarnedOffAdultProceduresAndTheGuardiansDocumentIsAskedAndRecorded(FxRobot robot) throws Exception {
        signIn(robot);
        FictitiousCitizen minor = ctx.sandbox().population().firstMinor();
        FictitiousCitizen adult = ctx.sandbox().population().firstAdult();
        type(robot, DocumentType.DNI, minor.dni(), String.valueOf(minor.checkDigit()));
        robot.clickOn("#identify-verify");
        waitUntil(() -> es("verification.verified.minor").equals(text(robot, "#identify-state")));
        robot.clickOn("#identify-continue");

        select(robot, "antecedentes judiciales");
        assertEquals(es("choice.eligibility.minor"), text(robot, "#choice-eligibility-warning"));
        Screenshots.save(robot, scene, "es-deadends-04-minor-warned");

        select(robot, "menores de edad");
        assertTrue(Shown.node(robot, "#choice-guardian"), "the guardian's document is asked");
        robot.clickOn("#choice-open");
        assertTrue(Shown.node(robot, "#choice-guardian-error"), "not opened without it");
        assertFalse(Shown.node(robot, "#procedure-save"));
        robot.clickOn("#choice-guardian-number").write(adult.dni());
        robot.clickOn("#choice-guardian-check").write(String.valueOf(adult.checkDigit()));
        Screenshots.save(robot, scene, "es-deadends-05-guardian");
        switchLanguage(robot, "qu");
        Screenshots.save(robot, scene, "qu-deadends-05-guardian");
        switchLanguage(robot, "es");
        robot.clickOn("#choice-open");
        waitUntil(() -> Shown.node(robot, "#procedure-save"));
        robot.clickOn("#outcome-atendido");
        robot.clickOn("#procedure-save");
        waitUntil(() -> Shown.node(robot, "#another-question"));
        Attention a = ctx.attentions().findByVisit(ui.flow().currentVisit().id()).get(0);
        assertEquals("reniec-dni-menor", a.procedureId());
        assertEquals("apoderado DNI " + adult.dni() + "-" + adult.checkDigit(), a.outcome().detail());
    }

    private String es(String key) {
        return ctx.localization().text("es", key);
    }

    private void signIn(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
    }

    private void type(FxRobot robot, DocumentType type, String number, String check) {
        robot.interact(() -> {
            robot.lookup("#identify-type").queryComboBox().setValue(type);
            robot.lookup("#identify-number").queryAs(TextField.class).clear();
            robot.lookup("#identify-check").queryAs(TextField.class).clear();
        });
        robot.clickOn("#identify-number").write(number);
        if (!check.isEmpty()) {
            robot.clickOn("#identify-check").write(check);
        }
    }

    @SuppressWarnings("unchecked")
    private void select(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> Shown.node(robot, "#choice-search"));
        robot.interact(() -> robot.lookup("#choice-search").queryAs(TextField.class).clear());
        robot.clickOn("#choice-search").write(query);
        ListView<Object> list = robot.lookup("#choice-list").queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
    }

    private void choose(FxRobot robot, String query) throws TimeoutException {
        select(robot, query);
        robot.clickOn("#choice-open");
        waitUntil(() -> Shown.node(robot, "#procedure-save"));
    }

    private void switchLanguage(FxRobot robot, String tag) {
        ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
        robot.interact(() -> box.setValue(ctx.localization().language(tag)));
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
