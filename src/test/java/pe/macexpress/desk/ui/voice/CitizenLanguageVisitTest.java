package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.speech.Speech;
import pe.macexpress.desk.speech.Utterance;
import pe.macexpress.desk.store.VisitEntry;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.Press;
import pe.macexpress.desk.testing.RecordingSpeech;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;
import pe.macexpress.desk.testing.VisitSteps;
import pe.macexpress.desk.ui.receipt.ReceiptScreen;

/**
 * Issue 16 (citizen), on a 1024×600 netbook: the advisor works in Spanish, the citizen speaks
 * Quechua. The advisor's screens (titles, buttons) stay Spanish; every card for the citizen
 * (greeting, data read back, procedure, saved code), the receipt (on screen and as PDF) and the
 * survey are Quechua, each with a speaker button whose voice gets Quechua text and the codes as
 * codes. The citizen's language changed mid-visit (to Spanish and back) is stored with the visit.
 */
class CitizenLanguageVisitTest extends TrainingDeskTest {
    private final RecordingSpeech voice = new RecordingSpeech("es", "qu");
    private Localization texts;

    @Start
    void start(Stage stage) throws IOException {
        desk = new TrainingDesk(stage, 1024, 600);
        ctx = desk.ctx;
        ui = desk.ui;
        scene = desk.scene;
        ctx.useSpeech(voice);
        texts = ctx.localization();
    }

    @Test
    void advisorInSpanishCitizenInQuechuaFromGreetingToSurvey(FxRobot robot, @TempDir Path folder) throws Exception {
        VisitSteps.signIn(robot);
        VisitSteps.switchLanguage(robot, desk, "es");

        // Identification: the greeting card follows the citizen's language live; the title stays Spanish.
        waitUntil(() -> Shown.node(robot, "#citizen-greeting"));
        assertEquals(texts.text("es", "forcitizen.heading"), text(robot, "#citizen-greeting-heading"));
        chooseOn(robot, "#timeline-citizen-language", "qu");
        assertTrue(robot.lookup("#citizen-greeting-language").tryQuery().isEmpty(),
                "beside the queue its chooser is the one in view: no second one");
        String greeting = text(robot, "#citizen-greeting-text");
        assertTrue(greeting.startsWith(texts.text("qu", "greeting.morning"))
                        || greeting.startsWith(texts.text("qu", "greeting.afternoon"))
                        || greeting.startsWith(texts.text("qu", "greeting.evening")), greeting);
        assertTrue(greeting.contains("MAC Expressman"), greeting);
        shot(robot, "00-greeting");
        assertEquals(texts.text("es", "identify.verify"), text(robot, "#identify-verify"), "advisor's button in Spanish");
        press(robot, "#citizen-greeting-speak");
        waitUntil(() -> voice.said.size() == 1);
        assertEquals("qu", voice.languages.get(0));
        assertTrue(words(voice.said.get(0)).contains("MAC Expressman"));

        // The verified data read back: names, and the document number as a document number (digit by digit).
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        VisitSteps.verify(robot, scene, citizen);
        waitUntil(() -> Shown.node(robot, "#citizen-readback"));
        String readBack = text(robot, "#citizen-readback-text");
        assertTrue(readBack.contains(texts.text("qu", "forcitizen.readback.ask")), readBack);
        assertTrue(readBack.contains(citizen.dni()), readBack);
        scrollTo(robot, "#citizen-readback");
        shot(robot, "01-identify-read-back");
        press(robot, "#citizen-readback-speak");
        waitUntil(() -> voice.said.size() == 2);
        assertEquals("qu", voice.languages.get(1));
        assertEquals(List.of(new Utterance.DocumentNumber(citizen.dni())), parts(voice.said.get(1), Utterance.DocumentNumber.class));
        assertTrue(words(voice.said.get(1)).contains(texts.text("qu", "forcitizen.readback.ask")));
        press(robot, "#identify-continue");

        // The choice: the compact chooser is there; the citizen switches to Spanish for the first procedure.
        waitUntil(() -> Shown.node(robot, "#choice-citizen-language"));
        assertEquals("qu", languageOf(robot, "#choice-citizen-language"));
        assertEquals("qu", ui.flow().currentVisit().citizenLanguage());
        shot(robot, "02-choice");
        chooseOn(robot, "#choice-citizen-language", "es");
        assertEquals("es", ui.flow().currentVisit().citizenLanguage(), "a change mid-visit is the visit's");
        open(robot, "juntos");
        assertTrue(text(robot, "#citizen-procedure-text").startsWith(texts.text("es", "forcitizen.procedure", "")),
                "the card follows the citizen's Spanish");
        finishOutcome(robot);

        // And back to Quechua on the "¿otro trámite?" step, where the saved code is said sign by sign.
        waitUntil(() -> Shown.node(robot, "#citizen-saved"));
        chooseOn(robot, "#citizen-saved-language", "qu");
        assertEquals("qu", ui.flow().currentVisit().citizenLanguage());
        Attention first = ui.flow().currentVisit().saved().get(0);
        assertTrue(text(robot, "#citizen-saved-text").contains(texts.text("qu", "forcitizen.code") + " " + first.code()));
        assertEquals(texts.text("es", "another.question"), text(robot, "#another-question"));
        shot(robot, "03-another");
        press(robot, "#citizen-saved-speak");
        waitUntil(() -> voice.said.size() == 3);
        assertEquals("qu", voice.languages.get(2));
        assertEquals(List.of(new Utterance.Code(first.code())), parts(voice.said.get(2), Utterance.Code.class));

        // A complaint mid-visit: its summary starts in the visit's Quechua and can be heard.
        press(robot, "#complaint-open");
        waitUntil(() -> Shown.node(robot, "#complaint-form"));
        assertEquals("qu", languageOf(robot, "#complaint-language"), "the visit's language");
        robot.interact(() -> {
            robot.lookup("#complaint-email").queryAs(TextInputControl.class).setText("rosa.quispe@example.org");
            robot.lookup("#complaint-facts").queryAs(TextInputControl.class).setText("Iskay horata suyarqani.");
            robot.lookup("#complaint-request").queryAs(TextInputControl.class).setText("Allinta yanapawanankupaq.");
            robot.lookup("#complaint-action").queryAs(TextInputControl.class).setText("Pampachay nispa yanaparqani.");
            ((ButtonBase) robot.lookup("#complaint-review").query()).fire();
        });
        waitUntil(() -> Shown.node(robot, "#complaint-summary") && Shown.node(robot, "#complaint-summary-speak"));
        String summary = robot.lookup("#complaint-summary-text").queryAs(TextInputControl.class).getText();
        shotCitizen(robot, "03b-complaint-summary");
        press(robot, "#complaint-summary-speak");
        waitUntil(() -> voice.said.size() == 4);
        assertEquals("qu", voice.languages.get(3));
        assertEquals(List.of(new Utterance.Text(summary)), voice.said.get(3).parts());
        assertTrue(summary.contains(texts.text("qu", "complaint.copy.facts")), summary);
        robot.interact(() -> ((ButtonBase) robot.lookup("#complaint-correct").query()).fire());
        waitUntil(() -> Shown.node(robot, "#complaint-cancel"));
        robot.interact(() -> ((ButtonBase) robot.lookup("#complaint-cancel").query()).fire());
        waitUntil(() -> Shown.node(robot, "#another-yes"));

        // The second procedure: requirements, fee and next steps in Quechua; the advisor's labels in Spanish.
        press(robot, "#another-yes");
        Procedure p = open(robot, "antecedentes judiciales");
        String card = text(robot, "#citizen-procedure-text");
        assertTrue(card.startsWith(texts.text("qu", "forcitizen.procedure", p.name("qu"))), card);
        assertTrue(card.contains(texts.text("qu", "forcitizen.next")), card);
        for (String r : p.requirements("qu")) {
            assertTrue(card.contains(r), r);
        }
        assertEquals(texts.text("es", "procedure.save"), text(robot, "#procedure-save"));
        assertEquals(texts.text("es", "procedure.requirements"), robot.lookup(".section-title").queryLabeled().getText(),
                "the advisor's own section stays Spanish");
        scrollTo(robot, "#citizen-procedure");
        shot(robot, "04-procedure");
        press(robot, "#citizen-procedure-speak");
        waitUntil(() -> voice.said.size() == 5);
        assertEquals("qu", voice.languages.get(4));
        if (!p.isFree()) {
            assertEquals(List.of(new Utterance.Money(p.feeAmount())), parts(voice.said.get(4), Utterance.Money.class),
                    "the fee is said as soles");
        }
        finishOutcome(robot);
        UUID visitId = ui.flow().currentVisit().id();
        press(robot, "#another-no");

        // The receipt: Quechua, its language box is the visit's; heard with every code as a code.
        waitUntil(() -> Shown.node(robot, "#receipt-farewell"));
        assertEquals("qu", languageOf(robot, "#receipt-language"));
        assertEquals(texts.text("es", "receipt.next"), text(robot, "#receipt-next"));
        assertEquals("es", ui.i18n().tag(), "the advisor's screen did not change language");
        shotCitizen(robot, "05-receipt");
        List<Attention> rows = ctx.attentions().findByVisit(visitId);
        assertEquals(2, rows.size());
        press(robot, "#receipt-speak");
        waitUntil(() -> voice.said.size() == 6);
        assertEquals("qu", voice.languages.get(5));
        assertEquals(rows.stream().map(a -> new Utterance.Code(a.code())).collect(Collectors.toSet()),
                new java.util.HashSet<>(parts(voice.said.get(5), Utterance.Code.class)));
        assertTrue(words(voice.said.get(5)).contains(texts.text("qu", "receipt.title")));
        // Each code is followed by what comes next, in Quechua, as the pictograms on the receipt show it.
        assertTrue(words(voice.said.get(5)).contains(texts.text("qu", "picto.step.text.keep.receipt")),
                "the receipt read aloud says what comes next");

        // Stored: the first attention in Spanish, the second and the visit in Quechua; the advisor's language Spanish.
        Attention savedFirst = rows.stream().filter(a -> a.id().equals(first.id())).findFirst().orElseThrow();
        Attention savedSecond = rows.stream().filter(a -> !a.id().equals(first.id())).findFirst().orElseThrow();
        assertEquals("es", savedFirst.arrival().citizenLanguage());
        assertEquals("qu", savedSecond.arrival().citizenLanguage());
        for (Attention a : rows) {
            assertEquals("es", a.language(), "the advisor's language stays the attention's language");
        }
        waitUntil(() -> ctx.store().timeline().findVisit(visitId).isPresent());
        VisitEntry visit = ctx.store().timeline().findVisit(visitId).orElseThrow();
        assertEquals("qu", visit.citizenLanguage());

        // The receipt PDF is Quechua.
        ReceiptScreen receipt = receiptScreen(robot);
        robot.interact(() -> receipt.chooseFilesWith(folder::resolve));
        press(robot, "#receipt-save");
        Path pdfFile = folder.resolve(texts.text("es", "receipt.file.name", receipt.viewModel().firstCode()));
        waitUntil(() -> Files.exists(pdfFile) && text(robot, "#receipt-status").equals(
                texts.text("es", "receipt.saved", pdfFile.toString())));
        try (PDDocument doc = Loader.loadPDF(pdfFile.toFile())) {
            String pdf = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(pdf.contains(texts.text("qu", "receipt.title")), pdf);
            assertFalse(pdf.contains(texts.text("es", "receipt.title")), "no Spanish title on the citizen's copy");
            for (Attention a : rows) {
                assertTrue(pdf.contains(a.code()), a.code());
            }
        }

        // The survey is Quechua, each question can be heard.
        press(robot, "#survey-open");
        waitUntil(() -> Shown.node(robot, "#survey-face-5"));
        assertEquals(texts.text("qu", "survey.title"), text(robot, "#survey-title"));
        shotCitizen(robot, "06-survey");
        press(robot, "#survey-speak");
        waitUntil(() -> voice.said.size() == 7);
        assertEquals("qu", voice.languages.get(6));
        assertTrue(words(voice.said.get(6)).contains(texts.text("qu", "survey.driver.tr")), words(voice.said.get(6)));
        for (int i = 0; i < pe.macexpress.desk.contract.SurveyContent.DRIVERS.size(); i++) {
            String sign = "#survey-sign-" + pe.macexpress.desk.contract.SurveyContent.DRIVERS.get(i);
            waitUntil(() -> Shown.node(robot, sign));
            robot.clickOn("#survey-face-5");
        }
        waitUntil(() -> Shown.node(robot, "#survey-done"));
        robot.clickOn("#survey-done");
        waitUntil(() -> Shown.node(robot, "#survey-thanks"));
        shotCitizen(robot, "07-survey-thanks");
        robot.clickOn("#survey-close");
        waitUntil(() -> Shown.node(robot, "#receipt-next"));
        pe.macexpress.desk.store.FeedbackStore.Survey[] rated = new pe.macexpress.desk.store.FeedbackStore.Survey[1];
        ctx.store().feedback().eachSurvey(sv -> rated[0] = sv);
        assertNotNull(rated[0]);
        assertEquals("qu", rated[0].language(), "the survey is in the citizen's language");

        // The next citizen starts in the advisor's language again.
        press(robot, "#receipt-next");
        waitUntil(() -> Shown.node(robot, "#citizen-greeting"));
        assertEquals("es", languageOf(robot, "#timeline-citizen-language"));
    }

    @Test
    void withoutAVoiceTheSpeakerButtonsAreHiddenAndTheCardsStay(FxRobot robot) throws Exception {
        ctx.useSpeech(Speech.NONE);
        VisitSteps.signIn(robot);
        VisitSteps.switchLanguage(robot, desk, "es");
        waitUntil(() -> Shown.node(robot, "#citizen-greeting"));
        assertFalse(robot.lookup("#citizen-greeting-speak").query().isVisible());
        assertFalse(robot.lookup("#citizen-greeting-speak").query().isManaged(), "no room kept for it");
        chooseOn(robot, "#timeline-citizen-language", "qu");
        assertTrue(text(robot, "#citizen-greeting-text").contains("MAC Expressman"));
        assertEquals(List.of(), voice.said);
    }

    // ---- helpers ----

    /** Opens the first procedure the search finds and returns it (the card shows). */
    @SuppressWarnings("unchecked")
    private Procedure open(FxRobot robot, String query) throws TimeoutException {
        waitUntil(() -> Shown.node(robot, "#choice-search"));
        robot.interact(() -> robot.lookup("#choice-search").queryAs(TextInputControl.class).setText(query));
        ListView<Object> list = robot.lookup("#choice-list").queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        press(robot, "#choice-open");
        waitUntil(() -> Shown.node(robot, "#procedure-save") && Shown.node(robot, "#citizen-procedure"));
        String name = text(robot, "#procedure-name");
        return ctx.catalog().all().stream().filter(pr -> name.equals(pr.name("es"))).findFirst().orElseThrow();
    }

    /** Scrolls the screen's scroll pane to the end, where a citizen card is (for the screenshot). */
    private void scrollTo(FxRobot robot, String query) {
        robot.interact(() -> {
            Node card = robot.lookup(query).query();
            for (Node p = card.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane sp) {
                    sp.layout();
                    sp.setVvalue(sp.getVmax());
                    break;
                }
            }
        });
    }

    private void finishOutcome(FxRobot robot) throws TimeoutException {
        press(robot, "#outcome-atendido");
        press(robot, "#procedure-save");
        waitUntil(() -> Shown.node(robot, "#another-question"));
    }

    private ReceiptScreen receiptScreen(FxRobot robot) {
        Node n = robot.lookup("#receipt-actions").query();
        while (!(n instanceof ReceiptScreen)) {
            n = n.getParent();
        }
        return (ReceiptScreen) n;
    }

    /** The texts of an utterance, in order, as one string. */
    private static String words(Utterance u) {
        return u.parts().stream().filter(p -> p instanceof Utterance.Text).map(p -> ((Utterance.Text) p).text())
                .collect(Collectors.joining(" "));
    }

    private static <T extends Utterance.Part> List<T> parts(Utterance u, Class<T> kind) {
        return u.parts().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The advisor's screen. */
    private void shot(FxRobot robot, String step) {
        save(robot, "citizen-es-qu-advisor-" + step);
    }

    /** A screen the citizen reads (receipt, survey). */
    private void shotCitizen(FxRobot robot, String step) {
        save(robot, "citizen-es-qu-citizen-" + step);
    }

    private void save(FxRobot robot, String name) {
        VisitSteps.unclippedShot(robot, scene, name);
    }

    @SuppressWarnings("unchecked")
    private void chooseOn(FxRobot robot, String box, String tag) {
        ComboBox<Language> combo = robot.lookup(box).queryComboBox();
        robot.interact(() -> combo.setValue(ctx.localization().language(tag)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private String languageOf(FxRobot robot, String box) {
        ComboBox<Language> combo = robot.lookup(box).queryComboBox();
        return combo.getValue().tag();
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
