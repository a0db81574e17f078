package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.speech.Utterance;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.RecordingSpeech;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.TrainingDesk;

/**
 * Issue 13: a complaint filed mid-visit at 1024×600, in both screen languages, for a citizen who
 * speaks Quechua: the header's button opens the Libro de Reclamaciones prefilled with the visit's
 * citizen, the summary and the confirmation speak the citizen's language, the copy saved as PDF
 * carries the number and the citizen-language texts, and Back shows the very procedure screen that
 * was open, with the detail typed in it and the same visit.
 */
@ExtendWith(ApplicationExtension.class)
class ComplaintScreenTest {
    private TrainingDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() throws IOException {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void aComplaintFiledMidVisitInSpanishForAQuechuaSpeaker(FxRobot robot) throws Exception {
        fileMidVisit(robot, "es");
    }

    @Test
    void aComplaintFiledMidVisitInQuechua(FxRobot robot) throws Exception {
        fileMidVisit(robot, "qu");
    }

    private void fileMidVisit(FxRobot robot, String lang) throws Exception {
        robot.interact(() -> {
            try {
                desk = new TrainingDesk(stage, 1024, 600);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Localization l10n = desk.ctx.localization();
        RecordingSpeech voice = new RecordingSpeech("es", "qu");
        desk.ctx.useSpeech(voice);
        FictitiousCitizen citizen = desk.ctx.sandbox().population().firstAdult();
        ComboBox<Language> switchBox = robot.lookup("#language-switch").queryComboBox();
        robot.interact(() -> switchBox.setValue(l10n.language(lang)));
        waitUntil(robot, () -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        waitUntil(robot, () -> focused(robot, "#login-pin"));
        robot.write(TrainingData.DEMO_PIN).type(KeyCode.ENTER);

        // A visit under way: citizen identified, a procedure chosen, a detail typed.
        waitUntil(robot, () -> focused(robot, "#identify-number"));
        assertTrue(Shown.node(robot, "#complaint-open"), "the Libro de Reclamaciones is one touch away");
        robot.write(citizen.dni()).type(KeyCode.TAB).write(String.valueOf(citizen.checkDigit())).type(KeyCode.ENTER);
        waitUntil(robot, () -> !((Labeled) robot.lookup("#identify-state").query()).getText().isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil(robot, () -> focused(robot, "#choice-search"));
        robot.write("antecedentes judiciales");
        waitUntil(robot, () -> !robot.lookup("#choice-list").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(robot, () -> Shown.node(robot, "#procedure-save"));
        robot.type(KeyCode.DIGIT3);
        waitUntil(robot, () -> focused(robot, "#procedure-detail"));
        robot.write("EsSalud Iquitos");
        Node procedureScreen = shell().getContent();
        UUID visit = desk.ui.flow().currentVisit().id();
        Screenshots.save(robot, desk.scene, "complaint-" + lang + "-01-visit");

        // Touch 1: the header's button; the form is there, prefilled with the visit's citizen.
        robot.clickOn("#complaint-open");
        waitUntil(robot, () -> Shown.node(robot, "#complaint-form"));
        ComplaintView view = (ComplaintView) shell().getContent();
        ComplaintViewModel vm = view.viewModel();
        assertEquals(citizen.dni(), field(robot, "#complaint-document-number"));
        assertEquals(desk.ui.flow().currentVisit().citizenNames(), field(robot, "#complaint-names"));
        waitUntil(robot, () -> focused(robot, "#complaint-names"));
        assertEquals(l10n.text(lang, "complaint.title"), ((Labeled) robot.lookup("#complaint-title").query()).getText());

        // "Revisar" with the complaint empty: the problems say what to fill, in the advisor's language.
        robot.interact(() -> button(robot, "#complaint-review").fire());
        assertTrue(((Labeled) robot.lookup("#complaint-problems").query()).getText()
                .contains(l10n.text(lang, "complaint.problem.facts.required")));
        waitUntil(robot, () -> focused(robot, "#complaint-email"));
        Screenshots.save(robot, desk.scene, "complaint-" + lang + "-02-problems");
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "no text cut on the form");
        // Tab and Shift+Tab leave a text area as on every screen, typing nothing into it.
        robot.interact(() -> text(robot, "#complaint-facts").requestFocus());
        waitUntil(robot, () -> focused(robot, "#complaint-facts"));
        robot.type(KeyCode.TAB);
        waitUntil(robot, () -> focused(robot, "#complaint-request"));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(robot, () -> focused(robot, "#complaint-facts"));
        assertEquals("", text(robot, "#complaint-facts").getText(), "no tab typed");

        ComboBox<Language> citizenLanguage = robot.lookup("#complaint-language").queryComboBox();
        robot.interact(() -> {
            citizenLanguage.setValue(l10n.language("qu"));
            text(robot, "#complaint-email").setText("rosa.quispe@example.org");
            text(robot, "#complaint-phone").setText("984 000 111");
            text(robot, "#complaint-facts").setText("Iskay horata suyarqani, manam pipas yanaparqanchu.");
            text(robot, "#complaint-request").setText("Allinta yanapawanankupaq.");
            text(robot, "#complaint-action").setText("Chay pachallam yanaparqani, pampachay nispa.");
        });
        Screenshots.save(robot, desk.scene, "complaint-" + lang + "-03-form");
        robot.interact(() -> button(robot, "#complaint-review").fire());

        // The summary: the citizen reads it in Quechua and ticks the box worded in Quechua.
        waitUntil(robot, () -> Shown.node(robot, "#complaint-summary"));
        String summary = robot.lookup("#complaint-summary-text").queryAs(TextArea.class).getText();
        assertTrue(summary.contains(l10n.text("qu", "complaint.copy.facts")), summary);
        assertTrue(summary.contains("Iskay horata suyarqani"));
        CheckBox confirm = robot.lookup("#complaint-confirm-citizen").queryAs(CheckBox.class);
        assertEquals(l10n.text("qu", "complaint.confirm.citizen"), confirm.getText());
        assertTrue(button(robot, "#complaint-file").isDisabled(), "nothing is filed before the confirmation");
        Screenshots.save(robot, desk.scene, "complaint-" + lang + "-04-summary");
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "no text cut on the summary");
        robot.interact(() -> confirm.setSelected(true));
        robot.interact(() -> button(robot, "#complaint-file").fire());

        waitUntil(robot, () -> Shown.node(robot, "#complaint-filed"));
        Complaint filed = vm.filedProperty().get();
        assertNotNull(filed);
        assertEquals(TrainingData.POINT.id() + "-", filed.number().text().substring(0, TrainingData.POINT.id().length() + 1));
        assertEquals(1, filed.number().sequence());
        assertEquals(visit, filed.filing().visitId(), "linked to the visit under way");
        assertEquals("qu", filed.filing().language());
        assertTrue(((Labeled) robot.lookup("#complaint-number").query()).getText().contains(filed.number().text()));
        // Heard in the citizen's Quechua: the number sign by sign, the deadline, keep the copy.
        robot.interact(() -> button(robot, "#complaint-filed-speak").fire());
        waitUntil(robot, () -> !voice.said.isEmpty());
        Utterance heard = voice.said.get(voice.said.size() - 1);
        assertEquals("qu", voice.languages.get(voice.languages.size() - 1));
        assertTrue(heard.parts().contains(new Utterance.Code(filed.number().text())), heard.toString());
        assertTrue(heard.parts().contains(new Utterance.Text(l10n.text("qu", "complaint.copy.keep"))), heard.toString());
        Screenshots.save(robot, desk.scene, "complaint-" + lang + "-05-filed");
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "no text cut once filed");

        // The copy, saved where the advisor chose: the number and the citizen's language, owner-only.
        Path pdf = desk.home.resolve("copies").resolve(vm.suggestedFileName());
        robot.interact(() -> vm.save(pdf));
        waitUntil(robot, () -> vm.messageProperty().get() != null && vm.messageProperty().get().key().equals("complaint.saved"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains(filed.number().text()), text);
            assertTrue(text.contains(l10n.text("qu", "complaint.copy.title")), text);
            assertTrue(text.contains("Iskay horata suyarqani"), text);
            assertTrue(text.contains(l10n.text("qu", "complaint.copy.keep").substring(0, 30)), text);
            assertFalse(text.contains(l10n.text("es", "complaint.copy.facts") + " "), "no Spanish headings");
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));
        // Issue 15 (audit): the copy left the desk as a file, so the chain says who wrote it and which complaint.
        var exported = desk.ctx.store().audit().after(0, 1000).stream()
                .filter(e -> e.action().equals(pe.macexpress.desk.security.AuditActions.EXPORT)).toList();
        assertEquals(1, exported.size());
        assertTrue(exported.get(0).detail().contains("number=" + filed.number().text()), exported.get(0).detail());
        assertFalse(exported.get(0).actor().isBlank());

        // Back: the very procedure screen, with its detail, in the same visit.
        robot.interact(() -> button(robot, "#complaint-done").fire());
        waitUntil(robot, () -> shell().getContent() == procedureScreen);
        assertSame(procedureScreen, shell().getContent());
        assertEquals("EsSalud Iquitos", field(robot, "#procedure-detail"));
        assertEquals(visit, desk.ui.flow().currentVisit().id());
        waitUntil(robot, () -> focused(robot, "#procedure-detail"));
        assertEquals(1, desk.ctx.complaints().list(true).size());
        Screenshots.save(robot, desk.scene, "complaint-" + lang + "-06-back");

        // Ctrl+R opens a second complaint from the keyboard; Esc comes back, leaving nothing filed.
        robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
        waitUntil(robot, () -> Shown.node(robot, "#complaint-form"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(robot, () -> shell().getContent() == procedureScreen);
        assertEquals(1, desk.ctx.complaints().list(false).size());
        assertEquals("EsSalud Iquitos", field(robot, "#procedure-detail"));
    }

    @Test
    void seguimientoShowsOpenComplaintsOverdueFirstAndRecordsTheAnswer(FxRobot robot) throws Exception {
        seguimiento(robot, "es");
    }

    @Test
    void seguimientoInQuechua(FxRobot robot) throws Exception {
        seguimiento(robot, "qu");
    }

    private void seguimiento(FxRobot robot, String lang) throws Exception {
        robot.interact(() -> {
            try {
                desk = new TrainingDesk(stage, 1024, 600);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Localization l10n = desk.ctx.localization();
        java.time.Instant longAgo = java.time.Instant.now().minus(java.time.Duration.ofDays(40));
        Complaint old = new pe.macexpress.desk.voice.ComplaintService(desk.ctx.store(),
                java.time.Clock.fixed(longAgo, java.time.ZoneOffset.UTC), () -> 15)
                .file(pe.macexpress.desk.testing.SampleComplaints.filing(lang), TrainingData.POINT.id());
        Complaint recent = desk.ctx.complaints().file(pe.macexpress.desk.testing.SampleComplaints.filing(lang),
                TrainingData.POINT.id());
        ComboBox<Language> switchBox = robot.lookup("#language-switch").queryComboBox();
        robot.interact(() -> switchBox.setValue(l10n.language(lang)));
        waitUntil(robot, () -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        waitUntil(robot, () -> focused(robot, "#login-pin"));
        robot.write(TrainingData.DEMO_PIN).type(KeyCode.ENTER);
        waitUntil(robot, () -> focused(robot, "#identify-number"));

        robot.clickOn("#cases-open");
        waitUntil(robot, () -> Shown.really(robot, "#complaint-case-1"));
        Labeled first = (Labeled) robot.lookup("#complaint-case-0").query();
        assertEquals(l10n.text(lang, "complaint.cases.overdue", old.number().text(),
                l10n.date(lang, old.due())), first.getText(), "the overdue one first, marked");
        assertTrue(first.getStyleClass().contains("complaint-overdue"));
        Labeled second = (Labeled) robot.lookup("#complaint-case-1").query();
        assertFalse(second.getStyleClass().contains("complaint-overdue"));
        assertTrue(second.getText().contains(recent.number().text()));
        Screenshots.save(robot, desk.scene, "complaint-" + lang + "-07-seguimiento");
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "no text cut in Seguimiento");

        robot.interact(() -> button(robot, "#complaint-case-answer-0").fire());
        waitUntil(robot, () -> focused(robot, "#complaint-answer-summary"));
        robot.interact(() -> button(robot, "#complaint-answer-save").fire());
        assertEquals(l10n.text(lang, "complaint.answer.invalid"),
                ((Labeled) robot.lookup("#complaint-cases-status").query()).getText(), "a summary is required");
        robot.write("Se respondio por correo con disculpas.");
        Screenshots.save(robot, desk.scene, "complaint-" + lang + "-08-answer");
        robot.type(KeyCode.ENTER);
        waitUntil(robot, () -> desk.ctx.complaints().find(old.id()).map(c -> !c.open()).orElse(false));
        Complaint answered = desk.ctx.complaints().find(old.id()).orElseThrow();
        assertEquals(2, answered.revision(), "its answer is a new revision for the central");
        assertEquals(Complaint.AnswerVia.EMAIL, answered.answer().via());
        waitUntil(robot, () -> !Shown.really(robot, "#complaint-case-1"));
        assertTrue(((Labeled) robot.lookup("#complaint-case-0").query()).getText().contains(recent.number().text()));
    }

    /** The shell's current screen (what ShellView.current() gives). */
    private ShellProbe shell() {
        return new ShellProbe(desk);
    }

    private record ShellProbe(TrainingDesk desk) {
        Node getContent() {
            return ((pe.macexpress.desk.ui.shell.ShellView) desk.ui.root()).current();
        }
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryButton();
    }

    private static TextInputControl text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class);
    }

    private static String field(FxRobot robot, String query) {
        return text(robot, query).getText();
    }

    private static boolean focused(FxRobot robot, String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        return n != null && n.getScene() != null && n.isFocused();
    }

    private void waitUntil(FxRobot robot, BooleanSupplier condition) throws TimeoutException {
        try {
            TrainingDesk.waitUntil(condition);
        } catch (TimeoutException e) {
            Screenshots.save(robot, desk.scene, "complaint-failed");
            throw new AssertionError("timed out; focus on " + desk.scene.getFocusOwner(), e);
        }
    }
}
