package pe.macexpress.desk.ui.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.cases.CaseFilter;
import pe.macexpress.desk.cases.PeruHolidays;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.CitizenNames;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;

/**
 * Seguimiento end to end, at 1024×600: a pendiente attention's case, the sign-in notice, a result
 * posted at the sandbox central reaching the case by sync, the advisor's final answer, the status
 * bar's overdue count, the citizen's cases at identification and the code look-up.
 */
class FollowUpScreenTest extends TrainingDeskTest {
    private static final String PROCEDURE = "reniec-dni-duplicado";
    private Stage stage;

    private double[] sizeBefore;

    /** The smallest screen the desk supports; the stage is shared by every UI test, so it is put back after. */
    @Start
    void start(Stage stage) throws IOException {
        open(stage);
        this.stage = stage;
        sizeBefore = new double[] {stage.getWidth(), stage.getHeight()};
        stage.setWidth(1024);
        stage.setHeight(600);
    }

    @Override
    @AfterEach
    protected void stop() throws IOException {
        javafx.application.Platform.runLater(() -> {
            stage.setWidth(sizeBefore[0]);
            stage.setHeight(sizeBefore[1]);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        super.stop();
    }

    @Test
    void aResultReachesItsCaseAndTheAdvisorClosesItInSpanish(FxRobot robot) throws Exception {
        resultToClosure(robot, "es");
    }

    @Test
    void aResultReachesItsCaseAndTheAdvisorClosesItInQuechua(FxRobot robot) throws Exception {
        resultToClosure(robot, "qu");
    }

    private void resultToClosure(FxRobot robot, String lang) throws Exception {
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        Attention pending = pendiente(citizen);
        Attention late = overdue();
        assertEquals(1024, scene.getWidth(), 0.5);
        assertEquals(2, ctx.cases().counts().open(), "the pendiente attention opened a case");

        language(robot, lang);
        signIn(robot);
        // Sign-in notice: no result yet, one case late.
        waitUntil(() -> Shown.really(robot, "#case-notice"));
        assertEquals(t(lang, "case.notice.text", 0, 1), text(robot, "#case-notice-text"));
        waitUntil(() -> text(robot, "#status-overdue").equals(t(lang, "status.overdue", 1)));
        assertEquals(t(lang, "cases.open.overdue", 2, 1), text(robot, "#cases-open"));
        Screenshots.save(robot, scene, lang + "-cases-01-sign-in-notice");

        robot.clickOn("#case-notice-open");
        waitUntil(() -> rows(robot).getItems().size() == 2);
        assertFalse(Shown.really(robot, "#case-notice"), "the notice goes once Seguimiento is open");
        assertTrue(robot.lookup("#cases-search").query().isFocused(), "the search field has the keyboard");
        // The search box has a clear button (ControlsFX): one touch and the whole list is back.
        robot.write(late.code());
        waitUntil(() -> rows(robot).getItems().size() == 1);
        javafx.scene.control.TextField search = robot.lookup("#cases-search").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(pe.macexpress.desk.ui.common.SearchFields.clearButton(search));
        waitUntil(() -> rows(robot).getItems().size() == 2);
        assertEquals("", search.getText(), "the clear button empties the search");
        assertEquals(late.code(), row(robot, 0).code(), "overdue first");
        String masked = rowText(robot, pending.code());
        assertFalse(masked.contains(citizen.dni()), "the document is masked: " + masked);
        assertTrue(masked.contains(pending.document().masked()), masked);
        assertTrue(masked.contains(CitizenNames.masked(pending.citizenNames())), masked);
        assertTrue(masked.contains(ctx.catalog().find(PROCEDURE).orElseThrow().name(lang)), "procedure in " + lang);
        assertTrue(masked.contains(ctx.catalog().find(PROCEDURE).orElseThrow().bringBack(lang)), "what to bring back");
        assertTrue(rowText(robot, late.code()).contains(t(lang, "case.due.late", date(lang, late), 3)),
                rowText(robot, late.code()));
        Screenshots.save(robot, scene, lang + "-cases-02-list-masked");
        robot.clickOn("#cases-show-data");
        waitUntil(() -> rowText(robot, pending.code()).contains(citizen.dni()));
        assertTrue(rowText(robot, pending.code()).contains(pending.citizenNames()));
        Screenshots.save(robot, scene, lang + "-cases-03-list-shown");
        robot.clickOn("#cases-show-data");

        // The entity answers at the central; a sync brings it to the case.
        postResult(pending, "resuelto", "Listo para recoger");
        // A run already under way (started at sign-in) may have pulled before the post: one more after it.
        ctx.sync().syncNow().get(20, TimeUnit.SECONDS);
        ctx.sync().syncNow().get(20, TimeUnit.SECONDS);
        waitUntil(() -> row(robot, 0).code().equals(pending.code()) && row(robot, 0).hasUnreadResult());
        assertTrue(rowText(robot, pending.code()).contains(t(lang, "case.result.new", t(lang, "case.answer.resuelto"))));
        waitUntil(() -> text(robot, "#status-overdue").equals(t(lang, "status.overdue", 1)));
        Screenshots.save(robot, scene, lang + "-cases-04-result-arrived");

        // Enter opens the selected case; opening it reads the result.
        robot.interact(() -> rows(robot).getSelectionModel().select(0));
        robot.clickOn("#cases-list").type(KeyCode.ENTER);
        waitUntil(() -> Shown.really(robot, "#case-save") && text(robot, "#case-result-note").contains("Listo para recoger"));
        waitUntil(() -> !ctx.cases().byCode(pending.code()).orElseThrow().hasUnreadResult());
        assertTrue(text(robot, "#case-result").startsWith(t(lang, "case.answer.resuelto")));
        assertTrue(text(robot, "#case-outcome").contains("Falta partida de nacimiento"));
        Screenshots.save(robot, scene, lang + "-cases-05-detail");

        waitUntil(() -> !robot.lookup("#case-save").query().isDisabled());
        click(robot, "#case-save");
        assertEquals(t(lang, "case.error.answer.missing"), text(robot, "#case-error"));
        click(robot, "#case-answer-rechazado");
        click(robot, "#case-save");
        assertEquals(t(lang, "case.error.reason.missing"), text(robot, "#case-error"));
        Screenshots.save(robot, scene, lang + "-cases-06-reason-required");
        assertTrue(ctx.cases().byCode(pending.code()).orElseThrow().isOpen(), "nothing saved on a refusal without reason");
        click(robot, "#case-answer-entregado");
        click(robot, "#case-save");
        waitUntil(() -> text(robot, "#case-done").equals(t(lang, "case.closed.done")));
        FollowUpCase closed = ctx.cases().byCode(pending.code()).orElseThrow();
        assertEquals(CaseAnswer.ENTREGADO, closed.closing().answer());
        assertEquals(TrainingData.ADVISORS.get(0).id(), closed.closing().closedBy());
        assertFalse(Shown.really(robot, "#case-save"), "a closed case has no form");
        Screenshots.save(robot, scene, lang + "-cases-07-closed");

        // Esc: back to the list as it was; the closed case left the open ones and shows under Cerrados.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> rows(robot).getItems().size() == 1 && Shown.really(robot, "#cases-list"));
        assertEquals(CaseFilter.OPEN, filter(robot).getValue());
        assertEquals(late.code(), row(robot, 0).code());
        waitUntil(() -> text(robot, "#cases-open").equals(t(lang, "cases.open.overdue", 1, 1)));
        assertEquals(t(lang, "status.overdue", 1), text(robot, "#status-overdue"));
        if (lang.equals("es")) {
            assertTrue(Shown.really(robot, "#status-overdue"), "the overdue count fits the status bar in Spanish");
        }
        robot.interact(() -> filter(robot).setValue(CaseFilter.CLOSED));
        waitUntil(() -> rows(robot).getItems().size() == 1 && row(robot, 0).code().equals(pending.code()));
        assertTrue(rowText(robot, pending.code()).contains(t(lang, "case.answer.entregado")));
        Screenshots.save(robot, scene, lang + "-cases-08-closed-filter");
        robot.interact(() -> filter(robot).setValue(CaseFilter.OPEN));

        robot.clickOn("#cases-back");
        waitUntil(() -> Shown.really(robot, "#identify-number"));
    }

    @Test
    void theIdentificationScreenShowsTheCitizensCasesAndCallsThemBack(FxRobot robot) throws Exception {
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        Attention pending = pendiente(citizen);
        signIn(robot);
        verify(robot, citizen.dni(), String.valueOf(citizen.checkDigit()));
        waitUntil(() -> robot.lookup("#citizen-case-open-" + pending.code()).tryQuery().isPresent());
        // At 600 px the panel is below the verification: the screen scrolls to it.
        scrollTo(robot, "#citizen-case-open-" + pending.code());
        assertTrue(text(robot, "#citizen-cases .section-title").equals(t("es", "citizen.cases.title")));
        Screenshots.save(robot, scene, "es-cases-09-identify-returning");

        click(robot, "#citizen-case-open-" + pending.code());
        waitUntil(() -> Shown.really(robot, "#case-call") && text(robot, "#case-title").contains(pending.code()));
        robot.clickOn("#case-call");
        waitUntil(() -> Shown.really(robot, "#identify-number"));
        assertEquals(citizen.dni(), robot.lookup("#identify-number").queryAs(TextField.class).getText(),
                "the citizen's document is already typed");
        assertEquals(String.valueOf(citizen.checkDigit()), robot.lookup("#identify-check").queryAs(TextField.class)
                .getText());
        assertFalse(Shown.really(robot, "#citizen-cases"), "nothing shown before the document is verified");

        // Someone with no attentions here: no panel at all.
        FictitiousCitizen other = ctx.sandbox().population().all().stream()
                .filter(c -> !c.minor() && !c.dni().equals(citizen.dni())).findFirst().orElseThrow();
        verify(robot, other.dni(), String.valueOf(other.checkDigit()));
        assertFalse(Shown.really(robot, "#citizen-cases"));
    }

    @Test
    void theCodeLookUpFindsALocalCodeTypedInLowercaseWithoutTheDash(FxRobot robot) throws Exception {
        Attention pending = pendiente(ctx.sandbox().population().firstAdult());
        signIn(robot);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> Shown.really(robot, "#lookup-code") && robot.lookup("#lookup-code").query().isFocused());
        robot.write("no-es-un-codigo").type(KeyCode.ENTER);
        assertEquals(t("es", "lookup.error.not.a.code"), text(robot, "#lookup-message"));

        robot.interact(() -> robot.lookup("#lookup-code").queryAs(TextField.class).setText(""));
        robot.clickOn("#lookup-code").write(pending.code().replace("-", "").toLowerCase(Locale.ROOT))
                .type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#lookup-status").contains(pending.code()));
        String status = text(robot, "#lookup-status");
        assertTrue(status.contains(ctx.catalog().find(PROCEDURE).orElseThrow().name("es")), status);
        assertTrue(status.contains(t("es", "outcome.pendiente")), status);
        assertTrue(status.contains(t("es", "lookup.due", date("es", pending))), status);
        assertFalse(status.contains(pending.document().number()), "a code says nothing of whose it is");
        Screenshots.save(robot, scene, "es-cases-10-lookup-found");
        language(robot, "qu");
        assertTrue(text(robot, "#lookup-status").contains(t("qu", "lookup.due", date("qu", pending))));
        Screenshots.save(robot, scene, "qu-cases-10-lookup-found");
        language(robot, "es");

        robot.interact(() -> robot.lookup("#lookup-code").queryAs(TextField.class).setText("ZZZZ-9999"));
        robot.clickOn("#lookup-search");
        waitUntil(() -> text(robot, "#lookup-message").equals(t("es", "lookup.not.found")));
        Screenshots.save(robot, scene, "es-cases-11-lookup-not-found");

        // A code another point gave: the central answers (procedure and outcome, never the citizen).
        Attention elsewhere = pe.macexpress.desk.testing.SyncSamples.of(77);
        ctx.sandbox().central().store("WS-OTHER-POINT", List.of(new pe.macexpress.desk.central.store.CentralStore.Incoming(
                "attention", elsewhere.id().toString(), pe.macexpress.desk.attention.AttentionKind.hash(elsewhere), 0,
                pe.macexpress.desk.contract.AttentionContent.SCHEMA.current(), new String(
                        pe.macexpress.desk.contract.Wire.json(pe.macexpress.desk.attention.AttentionKind.record(elsewhere)),
                        java.nio.charset.StandardCharsets.UTF_8))), System.currentTimeMillis());
        robot.interact(() -> robot.lookup("#lookup-code").queryAs(TextField.class).setText(elsewhere.code()));
        robot.clickOn("#lookup-search");
        waitUntil(() -> text(robot, "#lookup-status").contains(t("es", "lookup.found.elsewhere", elsewhere.code())));
        assertFalse(text(robot, "#lookup-status").contains(elsewhere.citizenNames()), "never the citizen");
        Screenshots.save(robot, scene, "es-cases-12-lookup-central");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !Shown.really(robot, "#lookup-code"));
        assertTrue(Shown.really(robot, "#identify-number"), "the screen under the look-up is where it was");
    }

    @Test
    void inTrainingTheTraineePlaysTheEntityAndSeesTheResultArrive(FxRobot robot) throws Exception {
        Attention pending = pendiente(ctx.sandbox().population().firstAdult());
        language(robot, "es");
        signIn(robot);
        ctx.sync().syncNow().get(20, TimeUnit.SECONDS); // the practice central holds the attention
        robot.clickOn("#cases-open");
        waitUntil(() -> rows(robot).getItems().size() == 1);
        robot.interact(() -> rows(robot).getSelectionModel().select(0));
        robot.clickOn("#cases-list").type(KeyCode.ENTER);
        waitUntil(() -> Shown.really(robot, "#case-practice-result"));
        // Below the fold at 600 px: pressed as the keyboard would (focus, Space).
        robot.interact(() -> robot.lookup("#case-practice-result").queryButton().requestFocus());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> text(robot, "#case-result").startsWith(t("es", "case.answer.resuelto")));
        assertEquals(t("es", "case.practice.recorded"), text(robot, "#case-done"));
        assertTrue(text(robot, "#case-result-note").contains(t("es", "case.practice.note")));
        assertFalse(Shown.really(robot, "#case-practice-result"), "a case with a result needs no more practice");
        assertEquals(pe.macexpress.desk.core.CaseAnswer.RESUELTO,
                ctx.cases().byCode(pending.code()).orElseThrow().result().status());
        Screenshots.save(robot, scene, "es-cases-13-practice-entity");
    }

    /** Saved at the counter as pendiente, by the same path as the outcome screen. */
    private Attention pendiente(FictitiousCitizen c) {
        Visit visit = new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT,
                Document.parse(DocumentType.DNI, c.dni(), String.valueOf(c.checkDigit())).document(), null,
                c.givenNames() + " " + c.firstSurname(), Instant.now().minusSeconds(300));
        return ctx.attentionService().record(visit, PROCEDURE,
                new Outcome(OutcomeType.PENDIENTE, "Falta partida de nacimiento"), "es");
    }

    /** An attention whose case's plazo ended three business days ago. */
    private Attention overdue() {
        Visit visit = new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT,
                Document.parse(DocumentType.DNI, "10117410", "2").document(), null, "ROSA QUISPE MAMANI",
                Instant.now().minus(30, ChronoUnit.DAYS));
        Attention a = ctx.attentionService().record(visit, "midis-juntos", new Outcome(OutcomeType.ATENDIDO, ""), "es");
        LocalDate today = ctx.cases().today();
        LocalDate due = today;
        while (PeruHolidays.businessDaysBetween(due, today) < 3 || !PeruHolidays.isWorkingDay(due)) {
            due = due.minusDays(1);
        }
        LocalDate plazoEnd = due;
        ctx.store().write(tx -> {
            ctx.store().cases().open(tx, a.id(), CaseReason.DERIVADO, "Oficio a la UGEL", a.endedAt(), plazoEnd);
            return null;
        });
        assertEquals(-3, ctx.cases().daysLeft(ctx.cases().byCode(a.code()).orElseThrow()));
        return a;
    }

    /** The entity's answer, posted at the sandbox central with its admin call (wire names from {@link Admin}). */
    private void postResult(Attention a, String status, String note) throws Exception {
        java.util.Map<String, Object> notice = new java.util.LinkedHashMap<>();
        notice.put("c", a.code());
        notice.put("st", status);
        notice.put("no", note);
        notice.put("t", System.currentTimeMillis());
        String json = Wire.mapper().writeValueAsString(new Admin.NewChange(ctx.settings().workstationId(), "result",
                a.id().toString(), Wire.mapper().writeValueAsString(notice)));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ctx.sandbox().baseUrl() + "/api/v1/admin/changes"))
                .header("Authorization", "Bearer " + ctx.sandbox().adminToken())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(1, ctx.sandbox().central().changes(ctx.settings().workstationId(), 0, 10).size());
    }

    private String date(String lang, Attention a) {
        LocalDate due = ctx.cases().byCode(a.code()).orElseThrow().dueDate();
        return pe.macexpress.desk.i18n.Localization.bundledOnly().date(lang, due);
    }

    private void signIn(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> Shown.really(robot, "#identify-number"));
    }

    private void verify(FxRobot robot, String dni, String check) throws TimeoutException {
        robot.interact(() -> {
            robot.lookup("#identify-number").queryAs(TextField.class).setText(dni);
            robot.lookup("#identify-check").queryAs(TextField.class).setText(check);
        });
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
    }

    @SuppressWarnings("unchecked")
    private void language(FxRobot robot, String tag) {
        ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
        robot.interact(() -> box.setValue(ctx.localization().language(tag)));
    }

    @SuppressWarnings("unchecked")
    private static ListView<FollowUpViewModel.Row> rows(FxRobot robot) {
        return robot.lookup("#cases-list").queryAs(ListView.class);
    }

    private static FollowUpCase row(FxRobot robot, int i) {
        return rows(robot).getItems().get(i).followUp();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<CaseFilter> filter(FxRobot robot) {
        return robot.lookup("#cases-filter").queryComboBox();
    }

    /** Every text a row shows, joined. */
    private static String rowText(FxRobot robot, String code) {
        Node cell = robot.lookup("#case-row-" + code).query();
        StringBuilder sb = new StringBuilder();
        robot.from(cell).lookup(".label").queryAll().forEach(n -> sb.append(((Labeled) n).getText()).append(" | "));
        return sb.toString();
    }

    /** Clicks a node of a screen that scrolls (at 600 px a form can be below the fold), as the advisor would. */
    private static void click(FxRobot robot, String query) {
        scrollTo(robot, query);
        robot.clickOn(query);
    }

    private static void scrollTo(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        robot.interact(() -> {
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
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
    }

    private String t(String lang, String key, Object... args) {
        return ctx.localization().text(lang, key, args);
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
