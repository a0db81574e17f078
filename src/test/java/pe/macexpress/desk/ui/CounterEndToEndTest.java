package pe.macexpress.desk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.AuditChainStore;

/**
 * The counter end to end, as an advisor uses it: real SQLite file, the sandbox over real HTTP on
 * loopback, the real screens under Monocle. Screenshots of every step in both languages.
 */
class CounterEndToEndTest extends TrainingDeskTest {
    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Test
    void aVisitWithTwoProceduresInSpanishThenInQuechua(FxRobot robot) throws Exception {
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        serveTwoProcedures(robot, "es", citizen, VerificationState.VERIFIED);
        robot.clickOn("#receipt-next");
        waitUntil(() -> Shown.node(robot, "#identify-number"));

        switchLanguage(robot, "qu");
        assertEquals(ctx.localization().text("qu", "identify.title"),
                robot.lookup(".screen-title").queryAs(Label.class).getText());
        FictitiousCitizen another = ctx.sandbox().population().all().stream()
                .filter(c -> !c.minor() && "NINGUNA".equals(c.restriction()) && !c.dni().equals(citizen.dni()))
                .findFirst().orElseThrow();
        serveTwoProcedures(robot, "qu", another, VerificationState.VERIFIED);
        assertEquals(4, ctx.attentions().count());
        // Issue 13 (timeline): each visit's end is a record too, written in the background at the receipt.
        // (Issue 15: the identity queries' audit chain rows wait too, or already left with a background sync.)
        waitUntil(() -> ctx.outbox().counts().unsent() - ctx.outbox().unsent(AuditChainStore.OUTBOX_KIND) == 4 + 2);
        assertEquals(4, ctx.attentions().count(), "every attention waits in the outbox for sync");

        // A repeat visit is answered from the local cache, and the screen says so, with the date.
        robot.clickOn("#receipt-next");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        typeDocument(robot, citizen.dni(), String.valueOf(citizen.checkDigit()));
        int asked = ctx.sandbox().consultations();
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        assertEquals(asked, ctx.sandbox().consultations(), "no query went out: the cache answered");
        String cachedPrefix = ctx.localization().text("qu", "identify.cached", "").split("\\{")[0].strip();
        assertTrue(text(robot, "#identify-detail").contains(cachedPrefix.substring(0, Math.min(20,
                cachedPrefix.length()))), "cached answer shown as such: " + text(robot, "#identify-detail"));
        Screenshots.save(robot, scene, "qu-09-cached");
    }

    @Test
    void withTheSandboxDownAttentionsAreSavedPorVerificar(FxRobot robot) throws Exception {
        signIn(robot, "es-offline");
        ctx.sandbox().close();
        ctx.connectivity().probeNow();
        waitUntil(() -> text(robot, "#status-online").equals(ctx.localization().text("es", "status.offline")));

        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        typeDocument(robot, citizen.dni(), String.valueOf(citizen.checkDigit()));
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        assertEquals(ctx.localization().text("es", "verification.pending"), text(robot, "#identify-state"));
        assertEquals(ctx.localization().text("es", "identity.outcome.unavailable"), text(robot, "#identify-message"));
        assertTrue(Shown.node(robot, "#identify-typed-names"), "names are asked when PIDE gave none");
        robot.clickOn("#identify-typed-names").write("ROSA QUISPE");
        Screenshots.save(robot, scene, "es-offline-02-por-verificar");
        robot.clickOn("#identify-continue");
        chooseFirst(robot, "juntos");
        recordOutcome(robot, OutcomeType.ATENDIDO, "");
        Screenshots.save(robot, scene, "es-offline-03-saved");

        List<Attention> saved = ctx.attentions().findByVisit(ui.flow().currentVisit().id());
        assertEquals(1, saved.size());
        assertEquals(VerificationState.PENDING, saved.get(0).verification());
        assertEquals("ROSA QUISPE", saved.get(0).citizenNames());
        assertEquals(citizen.dni(), saved.get(0).document().number());
        assertEquals(1, ctx.identity().flags().pending(10).size(), "queued for verification later");
        // The attention and the query's audit chain row (issue 15) wait for the central.
        waitUntil(() -> text(robot, "#status-pending").endsWith(
                String.valueOf(1 + ctx.outbox().unsent(AuditChainStore.OUTBOX_KIND))));
    }

    @Test
    void invalidDocumentsAreRefusedInlineAndTypedTextSurvivesALanguageSwitch(FxRobot robot) throws Exception {
        signIn(robot, "es-invalid");
        int asked = ctx.sandbox().consultations();
        typeDocument(robot, "10117410", "3");
        robot.clickOn("#identify-verify");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(asked, ctx.sandbox().consultations(), "an invalid document is never sent");
        assertEquals(ctx.localization().text("es", "document.error.check.wrong"), text(robot, "#identify-error"));
        assertFalse(Shown.node(robot, "#identify-result"), "nothing was sent, no result shown");
        Screenshots.save(robot, scene, "es-invalid-01-check-wrong");

        switchLanguage(robot, "qu");
        assertEquals(ctx.localization().text("qu", "document.error.check.wrong"), text(robot, "#identify-error"));
        assertEquals("10117410", robot.lookup("#identify-number").queryAs(TextField.class).getText());
        assertEquals("3", robot.lookup("#identify-check").queryAs(TextField.class).getText());
        Screenshots.save(robot, scene, "qu-invalid-01-check-wrong");

        robot.interact(() -> robot.lookup("#identify-number").queryAs(TextField.class).setText("1011741A"));
        robot.clickOn("#identify-verify");
        assertEquals(ctx.localization().text("qu", "document.error.dni.not.digits"), text(robot, "#identify-error"));
        robot.interact(() -> robot.lookup("#identify-number").queryAs(TextField.class).setText(""));
        robot.clickOn("#identify-verify");
        assertEquals(ctx.localization().text("qu", "document.error.number.empty"), text(robot, "#identify-error"));

        // A DNI RENIEC does not know: the advisor is told, and cannot continue on it.
        typeDocument(robot, "10117410", "2");
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        assertEquals(ctx.localization().text("qu", "identity.outcome.not.found"), text(robot, "#identify-message"));
        assertTrue(robot.lookup("#identify-continue").query().isDisabled());
        Screenshots.save(robot, scene, "qu-invalid-02-not-found");

        // A minor: verified, data restricted, the attention may go on.
        FictitiousCitizen minor = ctx.sandbox().population().firstMinor();
        typeDocument(robot, minor.dni(), String.valueOf(minor.checkDigit()));
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        assertEquals(ctx.localization().text("qu", "verification.verified.minor"), text(robot, "#identify-state"));
        assertFalse(robot.lookup("#identify-continue").query().isDisabled());
        Screenshots.save(robot, scene, "qu-invalid-03-minor");
        assertEquals(0, ctx.attentions().count(), "nothing is saved before an outcome is recorded");
    }

    @Test
    void anExpiredPidePasswordIsChangedBySupervisionWithoutLosingTheAttention(FxRobot robot) throws Exception {
        signIn(robot, "es-supervisor");
        ctx.sandbox().expirePassword();
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        typeDocument(robot, citizen.dni(), String.valueOf(citizen.checkDigit()));
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        assertEquals(ctx.localization().text("es", "identity.outcome.password.expired"), text(robot, "#identify-message"));
        assertEquals(ctx.localization().text("es", "verification.pending"), text(robot, "#identify-state"),
                "the counter goes on while the password is changed");
        assertTrue(Shown.node(robot, "#identify-change-password"));
        Screenshots.save(robot, scene, "es-supervisor-02-password-expired");

        robot.clickOn("#identify-change-password");
        // Issue 15 (roles): Supervisión, then the credential's change, each with a supervisor's own PIN.
        pe.macexpress.desk.testing.SupervisorPin.pass(robot);
        waitUntil(() -> Shown.node(robot, "#supervisor-current"));
        robot.clickOn("#supervisor-current").write(TrainingData.CREDENTIALS.password());
        robot.clickOn("#supervisor-new").write("nueva-clave-2026");
        robot.clickOn("#supervisor-confirm").write("nueva-clave-2027");
        robot.clickOn("#supervisor-password-submit");
        pe.macexpress.desk.testing.SupervisorPin.pass(robot);
        waitUntil(() -> !text(robot, "#supervisor-password-result").isEmpty());
        assertEquals(ctx.localization().text("es", "identity.password.confirmation.mismatch"),
                text(robot, "#supervisor-password-result"));
        assertEquals("", robot.lookup("#supervisor-current").queryAs(TextField.class).getText(),
                "a password never lingers on screen");

        robot.clickOn("#supervisor-current").write(TrainingData.CREDENTIALS.password());
        robot.clickOn("#supervisor-new").write("nueva-clave-2026");
        robot.clickOn("#supervisor-confirm").write("nueva-clave-2026");
        robot.clickOn("#supervisor-password-submit");
        pe.macexpress.desk.testing.SupervisorPin.pass(robot);
        waitUntil(() -> text(robot, "#supervisor-password-result")
                .equals(ctx.localization().text("es", "identity.password.changed")));
        Screenshots.save(robot, scene, "es-supervisor-03-changed");
        switchLanguage(robot, "qu");
        assertEquals(ctx.localization().text("qu", "identity.password.changed"),
                text(robot, "#supervisor-password-result"));
        Screenshots.save(robot, scene, "qu-supervisor-03-changed");
        switchLanguage(robot, "es");

        robot.clickOn("#supervisor-back");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        assertEquals(citizen.dni(), robot.lookup("#identify-number").queryAs(TextField.class).getText(),
                "the attention under way is where it was");
        robot.clickOn("#identify-verify");
        waitUntil(() -> text(robot, "#identify-state").equals(ctx.localization().text("es", "verification.verified")));
    }

    private void serveTwoProcedures(FxRobot robot, String lang, FictitiousCitizen citizen,
                                    VerificationState expected) throws Exception {
        if (!Shown.node(robot, "#identify-number")) {
            signIn(robot, lang);
        }
        Screenshots.save(robot, scene, lang + "-02-identify");
        typeDocument(robot, citizen.dni(), String.valueOf(citizen.checkDigit()));
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        assertEquals(ctx.localization().text(lang, expected.messageKey()), text(robot, "#identify-state"));
        String names = text(robot, "#identify-names");
        assertTrue(names.contains(citizen.firstSurname()), "names shown from RENIEC");
        assertNotNull(robot.lookup("#identify-photo").queryAs(javafx.scene.image.ImageView.class).getImage(),
                "photo shown");
        Screenshots.save(robot, scene, lang + "-03-verified");

        robot.clickOn("#identify-continue");
        waitUntil(() -> Shown.node(robot, "#choice-list"));
        Screenshots.save(robot, scene, lang + "-04-choice");
        chooseFirst(robot, "antecedentes judiciales");
        Screenshots.save(robot, scene, lang + "-05-procedure");
        recordOutcome(robot, OutcomeType.ATENDIDO, "");
        Screenshots.save(robot, scene, lang + "-06-another");

        UUID visit = ui.flow().currentVisit().id();
        List<Attention> rows = ctx.attentions().findByVisit(visit);
        assertEquals(1, rows.size(), "committed before the screen moved on");
        Attention first = rows.get(0);
        assertEquals("inpe-antecedentes-judiciales", first.procedureId());
        assertEquals(pe.macexpress.desk.core.Channel.COUNTER, first.servedVia().channel());
        assertEquals(ctx.catalog().version(), first.servedVia().catalogVersion(), "served under the catalogue in use");
        assertEquals(OutcomeType.ATENDIDO, first.outcome().type());
        assertEquals(expected, first.verification());
        assertEquals("0000", first.verificationCode());
        assertEquals(lang, first.language());
        assertEquals(DocumentType.DNI, first.document().type());
        assertEquals(citizen.dni(), first.document().number());
        assertEquals(names, first.citizenNames());
        assertEquals(TrainingData.POINT.id(), first.pointId());
        assertEquals(TrainingData.ADVISORS.get(0).id(), first.advisorId());
        assertFalse(first.endedAt().isBefore(first.startedAt()));

        robot.clickOn("#another-yes");
        waitUntil(() -> Shown.node(robot, "#choice-list"));
        chooseFirst(robot, "juntos");
        robot.clickOn("#outcome-derivado");
        Screenshots.save(robot, scene, lang + "-07-outcome-needs-detail");
        robot.clickOn("#procedure-save");
        assertEquals(ctx.localization().text(lang, "procedure.error.detail.missing"), text(robot, "#procedure-error"));
        robot.clickOn("#procedure-detail").write("EsSalud Iquitos");
        robot.clickOn("#procedure-save");
        waitUntil(() -> Shown.node(robot, "#another-question"));

        rows = ctx.attentions().findByVisit(visit);
        assertEquals(2, rows.size());
        assertEquals(OutcomeType.DERIVADO, rows.get(1).outcome().type());
        assertEquals("EsSalud Iquitos", rows.get(1).outcome().detail());
        assertEquals(first.visitId(), rows.get(1).visitId());
        assertFalse(rows.get(1).startedAt().isBefore(first.endedAt()), "the second attention starts after the first");

        robot.clickOn("#another-no");
        waitUntil(() -> Shown.node(robot, "#receipt-farewell"));
        assertEquals(rows.get(0).code(), text(robot, "#receipt-code-0"));
        assertEquals(rows.get(1).code(), text(robot, "#receipt-code-1"));
        assertTrue(text(robot, "#receipt-farewell").contains(names), "farewell uses the citizen's name");
        Screenshots.save(robot, scene, lang + "-08-receipt");
    }

    private void signIn(FxRobot robot, String shotPrefix) throws TimeoutException {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        Screenshots.save(robot, scene, shotPrefix + "-01-sign-in");
        robot.clickOn("#login-pin").write("9999");
        robot.clickOn("#login-submit");
        waitUntil(() -> !text(robot, "#login-error").isEmpty());
        assertEquals(ctx.localization().text(ui.i18n().tag(), "login.error.pin.wrong"), text(robot, "#login-error"));
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
        assertTrue(text(robot, "#session-info").contains(TrainingData.POINT.name()));
        assertTrue(text(robot, "#status-last-sync").endsWith(ctx.localization().text(ui.i18n().tag(), "status.never")));
    }

    private void typeDocument(FxRobot robot, String number, String check) {
        robot.interact(() -> {
            robot.lookup("#identify-type").queryComboBox().setValue(DocumentType.DNI);
            robot.lookup("#identify-number").queryAs(TextField.class).clear();
            robot.lookup("#identify-check").queryAs(TextField.class).clear();
        });
        robot.clickOn("#identify-number").write(number);
        robot.clickOn("#identify-check").write(check);
    }

    @SuppressWarnings("unchecked")
    private void chooseFirst(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> Shown.node(robot, "#choice-search"));
        robot.clickOn("#choice-search").write(query);
        ListView<Object> list = robot.lookup("#choice-list").queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#choice-open");
        waitUntil(() -> Shown.node(robot, "#procedure-save"));
    }

    private void recordOutcome(FxRobot robot, OutcomeType type, String detail) throws TimeoutException {
        robot.clickOn("#outcome-" + type.name().toLowerCase(java.util.Locale.ROOT));
        if (!detail.isEmpty()) {
            robot.clickOn("#procedure-detail").write(detail);
        }
        robot.clickOn("#procedure-save");
        waitUntil(() -> Shown.node(robot, "#another-question"));
    }

    @SuppressWarnings("unchecked")
    private void switchLanguage(FxRobot robot, String tag) {
        ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
        robot.interact(() -> box.setValue(ctx.localization().language(tag)));
        assertEquals(tag, ui.i18n().tag());
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((javafx.scene.control.Labeled) n).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
