package pe.macexpress.desk.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.CitizenNames;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.AttentionSearch;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;

/**
 * The history at 1024×600 on the training desk: search by names, code and document, the date
 * range and the outcome filter, citizens masked until asked, one attention opened with its visit
 * and its case, Esc back to the list with the search kept; and the reprint and case callbacks.
 * Every step is checked for text cut short.
 */
class HistoryScreenTest extends TrainingDeskTest {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final String ROSA = "ROSA QUISPE MAMANI";
    private static final String JOSE = "JOSÉ PÉREZ ÁVILA";

    private Stage stage;
    private double[] sizeBefore;
    private FxTaskRunner runner;
    private Attention first;
    private Attention second;
    private Attention other;
    private Attention old;

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
        WaitForAsyncUtils.waitForFxEvents();
        if (runner != null) {
            runner.close();
        }
        super.stop();
    }

    /** A visit of two (the second left a case open), another citizen yesterday, and one two months ago. */
    private void seed() {
        Instant now = Instant.now();
        UUID visit = UUID.randomUUID();
        first = attention(visit, "10117410", "2", ROSA, "sis-consulta-asegurado", new Outcome(OutcomeType.ATENDIDO, ""),
                now.minus(Duration.ofHours(2)));
        second = attention(visit, "10117410", "2", ROSA, "reniec-dni-duplicado",
                new Outcome(OutcomeType.PENDIENTE, "Falta partida de nacimiento"), now.minus(Duration.ofMinutes(110)));
        other = attention(UUID.randomUUID(), "41234567", "", JOSE, "midis-juntos",
                new Outcome(OutcomeType.DERIVADO, "Oficina de la UGEL"), now.minus(Duration.ofDays(1)));
        old = attention(UUID.randomUUID(), "10117410", "2", ROSA, "sis-afiliacion",
                new Outcome(OutcomeType.ATENDIDO, ""), now.minus(Duration.ofDays(60)));
        for (Attention a : List.of(old, other, first, second)) {
            ctx.attentions().save(a);
        }
        ctx.store().write(tx -> {
            ctx.store().cases().open(tx, second.id(), CaseReason.PENDIENTE, "Partida de nacimiento", second.endedAt(),
                    LocalDate.now(LIMA).plusDays(10));
            return null;
        });
    }

    private static Attention attention(UUID visit, String dni, String check, String names, String procedure,
                                       Outcome outcome, Instant start) {
        return new Attention(UUID.randomUUID(), pe.macexpress.desk.core.AttentionCode.next(), visit,
                TrainingData.ADVISORS.get(0).id(), TrainingData.POINT.id(), new Document(DocumentType.DNI, dni, check),
                names, VerificationState.VERIFIED, "0000", procedure, outcome, "es", start, start.plusSeconds(420));
    }

    @Test
    void searchOpenAndBackInSpanish(FxRobot robot) throws Exception {
        searchOpenAndBack(robot, "es");
    }

    @Test
    void searchOpenAndBackInQuechua(FxRobot robot) throws Exception {
        searchOpenAndBack(robot, "qu");
    }

    private void searchOpenAndBack(FxRobot robot, String lang) throws Exception {
        seed();
        language(robot, lang);
        signIn(robot);
        robot.clickOn("#history-open");
        waitUntil(() -> Shown.really(robot, "#history-search") && results(robot).getItems().size() == 3);
        assertTrue(robot.lookup("#history-search").query().isFocused(), "typing starts in the search field");
        assertEquals(t(lang, "history.found", 3), text(robot, "#history-summary"),
                "the last 30 days: the attention of two months ago is not there");
        assertEquals(List.of(second.code(), first.code(), other.code()), codes(robot), "newest first");
        String masked = rowText(robot, first.code());
        assertFalse(masked.contains("10117410") || masked.contains("ROSA"), "masked until asked: " + masked);
        assertTrue(masked.contains(first.document().masked()) && masked.contains(CitizenNames.masked(ROSA)), masked);
        assertTrue(masked.contains(ctx.catalog().find("sis-consulta-asegurado").orElseThrow().name(lang)), masked);
        assertTrue(masked.contains(t(lang, "outcome.atendido")), masked);
        assertNothingElided(robot);
        Screenshots.save(robot, scene, lang + "-history-01-list-masked");

        // Names in any order, without accents, Enter searches.
        robot.write("perez jose");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> codes(robot).equals(List.of(other.code())));
        assertEquals(t(lang, "history.found.one"), text(robot, "#history-summary"));
        // A code as read out over the phone.
        replaceSearch(robot, second.code().toLowerCase().replace("-", " "));
        waitUntil(() -> codes(robot).equals(List.of(second.code())));
        // The document number: the visit's two attentions.
        replaceSearch(robot, "10117410");
        waitUntil(() -> codes(robot).equals(List.of(second.code(), first.code())));
        assertNothingElided(robot);

        // Down into the results, Enter opens the first: the visit's other attention and its case.
        robot.type(KeyCode.DOWN);
        assertTrue(results(robot).isFocused(), "Down moves into the results");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Shown.really(robot, "#history-detail") && text(robot, "#history-detail-code").equals(second.code()));
        assertEquals(ctx.catalog().find("reniec-dni-duplicado").orElseThrow().name(lang),
                text(robot, "#history-detail-procedure"));
        assertEquals(t(lang, "outcome.pendiente"), text(robot, "#history-detail-outcome"));
        assertEquals("Falta partida de nacimiento", text(robot, "#history-detail-outcome-detail"));
        assertTrue(text(robot, "#history-detail-entity").startsWith("RENIEC"), text(robot, "#history-detail-entity"));
        assertTrue(text(robot, "#history-detail-identity").startsWith(t(lang, "verification.verified")));
        assertTrue(Shown.really(robot, "#history-visit-" + first.code()), "the visit's other attention is listed");
        assertEquals(t(lang, "history.case.open.state"), text(robot, "#history-detail-case"));
        String citizen = text(robot, "#history-detail-citizen");
        assertFalse(citizen.contains("10117410") || citizen.contains("ROSA"), "masked in the detail too: " + citizen);
        assertNothingElided(robot);
        Screenshots.save(robot, scene, lang + "-history-02-detail-masked");
        robot.clickOn("#history-detail-reveal");
        waitUntil(() -> text(robot, "#history-detail-citizen").contains("10117410"));
        assertTrue(text(robot, "#history-detail-citizen").contains(ROSA));
        assertNothingElided(robot);
        Screenshots.save(robot, scene, lang + "-history-03-detail-shown");

        // The desk's reprint: the whole visit's receipt screen, and back to this detail.
        robot.clickOn("#history-reprint");
        waitUntil(() -> Shown.really(robot, "#receipt-code-0"));
        List<String> shown = robot.lookup(".label").queryAll().stream().filter(n -> n.getId() != null
                && n.getId().startsWith("receipt-code-")).map(n -> ((Labeled) n).getText()).toList();
        assertTrue(shown.contains(second.code()), "the receipt shows the attention's code: " + shown);
        Screenshots.save(robot, scene, lang + "-history-03b-reprint");
        robot.clickOn("#receipt-next");
        waitUntil(() -> Shown.really(robot, "#history-detail") && text(robot, "#history-detail-code").equals(second.code()));

        // Esc: back to the list, the search and the selection kept.
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> Shown.really(robot, "#history-results") && !Shown.really(robot, "#history-detail"));
        assertEquals("10117410", robot.lookup("#history-search").queryAs(TextField.class).getText());
        assertEquals(List.of(second.code(), first.code()), codes(robot));
        assertTrue(results(robot).isFocused(), "the results keep the keyboard");

        // Wider dates bring the old attention; the outcome filter keeps the pending one.
        DatePicker from = robot.lookup("#history-from").queryAs(DatePicker.class);
        String ninetyDaysAgo = LocalDate.now(LIMA).minusDays(90).format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        robot.interact(() -> from.getEditor().setText(ninetyDaysAgo));
        robot.clickOn(from.getEditor());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> codes(robot).equals(List.of(second.code(), first.code(), old.code())));
        assertEquals(LocalDate.now(LIMA).minusDays(90), from.getValue(), "the typed day, read as dd/mm/yyyy");
        ComboBox<?> outcome = robot.lookup("#history-outcome").queryAs(ComboBox.class);
        robot.interact(() -> outcome.getSelectionModel().select(1 + OutcomeType.PENDIENTE.ordinal()));
        waitUntil(() -> codes(robot).equals(List.of(second.code())));
        robot.interact(() -> outcome.getSelectionModel().select(0));
        waitUntil(() -> codes(robot).size() == 3);

        // "Mostrar datos" shows every row whole.
        robot.clickOn("#history-show-data");
        waitUntil(() -> rowText(robot, first.code()).contains("10117410"));
        assertTrue(rowText(robot, first.code()).contains(ROSA));
        assertNothingElided(robot);
        Screenshots.save(robot, scene, lang + "-history-04-list-shown");

        // Esc from the list leaves the screen.
        robot.clickOn("#history-search");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> Shown.really(robot, "#identify-number"));
        // Opened again: masked again, the search as it was.
        robot.clickOn("#history-open");
        waitUntil(() -> Shown.really(robot, "#history-search") && codes(robot).size() == 3);
        assertFalse(rowText(robot, first.code()).contains("10117410"), "masked again on a new opening");
        assertEquals("10117410", robot.lookup("#history-search").queryAs(TextField.class).getText());
    }

    @Test
    void reprintGetsTheVisitsAttentionsAndTheCaseOpensByCode(FxRobot robot) throws Exception {
        seed();
        runner = new FxTaskRunner();
        List<List<Attention>> reprinted = new ArrayList<>();
        List<String> cases = new ArrayList<>();
        List<Integer> backs = new ArrayList<>();
        HistoryViewModel vm = new HistoryViewModel(new AttentionSearch(ctx.store()), ctx.sync(),
                code -> ctx.cases().byCode(code), runner, Clock.systemUTC(), LIMA);
        I18n i18n = new I18n(ctx.localization(), "es");
        robot.interact(() -> {
            HistoryView view = new HistoryView(vm, i18n, ctx::catalog, LIMA, () -> backs.add(1), reprinted::add,
                    cases::add);
            Scene own = new Scene(view, 1024, 600);
            own.getStylesheets().add(TrainingDesk.class.getResource(DeskUi.STYLESHEET).toExternalForm());
            stage.setScene(own);
        });
        waitUntil(() -> vm.rows().size() == 3);
        robot.clickOn("#history-search").write(first.code());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> codes(robot).equals(List.of(first.code())));
        robot.clickOn("#history-row-" + first.code());
        robot.clickOn("#history-open-selected");
        waitUntil(() -> Shown.really(robot, "#history-detail") && text(robot, "#history-detail-code").equals(first.code()));
        assertFalse(Shown.really(robot, "#history-detail-case"), "this attention has no case");
        assertTrue(robot.lookup("#history-reprint").query().isFocused(), "reprint is the main action");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> reprinted.size() == 1);
        assertEquals(List.of(first, second), reprinted.get(0), "the visit's attentions, in the order served");
        Screenshots.save(robot, robot.lookup("#history-screen").query().getScene(), "es-history-05-reprint");

        robot.clickOn("#history-detail-back");
        waitUntil(() -> Shown.really(robot, "#history-results"));
        replaceSearch(robot, second.code());
        waitUntil(() -> codes(robot).equals(List.of(second.code())));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Shown.really(robot, "#history-open-case"));
        robot.clickOn("#history-open-case");
        assertEquals(List.of(second.code()), cases);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> Shown.really(robot, "#history-results"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(1), backs, "Esc on the list leaves the screen");
    }

    private static void replaceSearch(FxRobot robot, String text) {
        TextField field = robot.lookup("#history-search").queryAs(TextField.class);
        robot.interact(() -> field.setText(""));
        robot.clickOn(field).write(text);
        robot.type(KeyCode.ENTER);
    }

    /** No label, button or cell on screen shows its text cut short with an ellipsis. */
    private static void assertNothingElided(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(DrawnText.elided(robot.lookup("#history-screen").query().getScene().getRoot())));
        assertTrue(cut.isEmpty(), "cut short: " + cut);
    }

    @SuppressWarnings("unchecked")
    private static ListView<HistoryViewModel.Row> results(FxRobot robot) {
        return robot.lookup("#history-results").queryAs(ListView.class);
    }

    private static List<String> codes(FxRobot robot) {
        return results(robot).getItems().stream().map(r -> r.attention().code()).toList();
    }

    /** Every text a card shows, joined. */
    private static String rowText(FxRobot robot, String code) {
        Node cell = robot.lookup("#history-row-" + code).query();
        StringBuilder sb = new StringBuilder();
        robot.from(cell).lookup(".label").queryAll().forEach(n -> sb.append(((Labeled) n).getText()).append(" | "));
        return sb.toString();
    }

    private void signIn(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> Shown.really(robot, "#identify-number"));
    }

    @SuppressWarnings("unchecked")
    private void language(FxRobot robot, String tag) {
        ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
        robot.interact(() -> box.setValue(ctx.localization().language(tag)));
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
