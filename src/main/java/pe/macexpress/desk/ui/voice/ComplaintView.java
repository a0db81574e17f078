package pe.macexpress.desk.ui.voice;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The Libro de Reclamaciones (issue 13), reachable from every screen after sign-in through the
 * header's button. Three steps on one screen: the form (advisor's language; the citizen's language
 * chosen at its top), the summary the citizen reads in THEIR language and confirms (or the advisor
 * reads aloud), and the number with the copy to print or save. Cancel/Back (Esc) at every step
 * returns to the very screen that was open.
 */
public final class ComplaintView extends VBox {
    private static final double TARGET = 44;

    private final ComplaintViewModel vm;
    private final I18n i18n;
    private final Runnable back;
    private final StackPane steps = new StackPane();
    private final VBox form = new VBox(10);
    private final VBox summary = new VBox(10);
    private final VBox filed = new VBox(10);
    private final TextField number = new TextField();
    private final TextField names = new TextField();
    private final TextArea summaryText = new TextArea();
    private final Button review = new Button();
    private final Button file = new Button();
    private final Button done = new Button();
    /** Where each problem is fixed: a failed review puts the keyboard on the first one. */
    private final java.util.Map<ComplaintFiling.Problem, Node> fixAt = new java.util.EnumMap<>(ComplaintFiling.Problem.class);

    public ComplaintView(ComplaintViewModel vm, I18n i18n, Runnable back) {
        this.vm = vm;
        this.i18n = i18n;
        this.back = back;
        setId("complaint-screen");
        getStyleClass().add("complaint-screen");
        setSpacing(10);
        setFillWidth(true);

        Label title = label("complaint-title", "complaint.title");
        title.getStyleClass().add("screen-title");
        Label status = messageLabel(i18n, "complaint-status", vm.messageProperty());
        status.getStyleClass().add("complaint-status");

        buildForm();
        buildSummary();
        buildFiled();
        steps.getChildren().setAll(form, summary, filed);
        getChildren().addAll(title, status, steps);
        VBox.setVgrow(steps, Priority.ALWAYS);
        vm.stepProperty().addListener((o, was, now) -> show(now));
        show(vm.stepProperty().get());
        // The keys of every screen (Enter presses, Tab leaves a text area); Esc goes one step back, and
        // from the form (or once filed) back to the screen that was open.
        pe.macexpress.desk.ui.help.Keys.screen(this, () -> {
            if (vm.stepProperty().get() == ComplaintViewModel.Step.SUMMARY) {
                vm.correct();
            } else {
                back.run();
            }
        });
    }

    /**
     * Issue 16 (citizen): a speaker button above the summary the citizen confirms: reads it aloud in
     * the complaint's language (the citizen's), for a citizen who does not read; and one on the filed step
     * for the number and the answer's deadline. Hidden without a voice.
     */
    public void speakWith(pe.macexpress.desk.speech.Speech speech) {
        I18n citizen = pe.macexpress.desk.ui.common.CitizenCard.citizenTexts(i18n, vm.languageProperty(), this);
        Button speak = pe.macexpress.desk.ui.common.SpeakButton.of(citizen, speech, citizen.languageTag(),
                () -> pe.macexpress.desk.speech.Utterance.of(summaryText.getText()), "complaint-summary-speak");
        // Beside the summary's heading: the summary and the confirmations keep their room.
        Node heading = summary.getChildren().remove(0);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox row = new HBox(12, heading, speak);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        summary.getChildren().add(0, row);
        // Once filed: the number sign by sign and the answer's deadline, as the citizen's copy says them.
        Button filedSpeak = pe.macexpress.desk.ui.common.SpeakButton.of(citizen, speech, citizen.languageTag(),
                this::filedUtterance, "complaint-filed-speak");
        filed.getChildren().add(0, filedSpeak);
    }

    /** What the citizen hears once the complaint is filed, in the copy's language (empty before). */
    private pe.macexpress.desk.speech.Utterance filedUtterance() {
        Complaint c = vm.filedProperty().get();
        var u = pe.macexpress.desk.speech.Utterance.builder();
        if (c == null) {
            return u.build();
        }
        String lang = vm.languageProperty().get();
        var l10n = i18n.localization();
        return u.text(l10n.text(lang, "complaint.copy.title"))
                .text(l10n.text(lang, "complaint.copy.number", "")).code(c.number().text())
                .text(l10n.text(lang, "complaint.copy.due", vm.answerDays(), l10n.date(lang, c.due())))
                .text(l10n.text(lang, "complaint.copy.keep")).build();
    }

    public ComplaintViewModel viewModel() {
        return vm;
    }

    /** Where typing starts: the document number, or the names when the visit gave the document. */
    public void focusStart() {
        TextField start = vm.documentNumberProperty().get().isEmpty() ? number : names;
        Platform.runLater(start::requestFocus);
    }

    private void show(ComplaintViewModel.Step step) {
        form.setVisible(step == ComplaintViewModel.Step.FORM);
        summary.setVisible(step == ComplaintViewModel.Step.SUMMARY);
        filed.setVisible(step == ComplaintViewModel.Step.FILED);
        for (Node n : List.of(form, summary, filed)) {
            n.setManaged(n.isVisible());
        }
        review.setDefaultButton(step == ComplaintViewModel.Step.FORM);
        file.setDefaultButton(step == ComplaintViewModel.Step.SUMMARY);
        done.setDefaultButton(step == ComplaintViewModel.Step.FILED);
        if (step == ComplaintViewModel.Step.SUMMARY) {
            summaryText.setText(vm.summary());
            Platform.runLater(summaryText::requestFocus);
        } else if (step == ComplaintViewModel.Step.FILED) {
            Platform.runLater(done::requestFocus);
        }
    }

    private void buildForm() {
        form.setId("complaint-form");
        Label intro = label("complaint-intro", "complaint.intro");

        ComboBox<Language> language = pe.macexpress.desk.ui.common.CitizenLanguageBox.of(i18n, vm.languageProperty(),
                "complaint-language");

        ComboBox<DocumentType> type = new ComboBox<>();
        type.setId("complaint-document-type");
        type.setMinHeight(TARGET);
        type.getItems().setAll(DocumentType.values());
        type.valueProperty().bindBidirectional(vm.documentTypeProperty());
        Fields.localizedCells(type, t -> i18n.text(t.messageKey()));
        field(number, "complaint-document-number", vm.documentNumberProperty(), 15);
        field(names, "complaint-names", vm.namesProperty(), ComplaintFiling.MAX_NAMES);
        type.setMaxWidth(Region.USE_PREF_SIZE);
        HBox document = new HBox(8, type, number);
        HBox.setHgrow(number, Priority.ALWAYS);

        CheckBox minor = new CheckBox();
        minor.setId("complaint-minor");
        minor.setMinHeight(TARGET);
        minor.textProperty().bind(i18n.text("complaint.minor"));
        minor.selectedProperty().bindBidirectional(vm.minorProperty());
        TextField guardian = field(new TextField(), "complaint-guardian-names", vm.guardianNamesProperty(),
                ComplaintFiling.MAX_NAMES);
        TextField guardianDocument = field(new TextField(), "complaint-guardian-document", vm.guardianDocumentProperty(),
                ComplaintFiling.MAX_GUARDIAN_DOCUMENT);
        TextField address = field(new TextField(), "complaint-address", vm.addressProperty(), ComplaintFiling.MAX_ADDRESS);
        TextField phone = field(new TextField(), "complaint-phone", vm.phoneProperty(), ComplaintFiling.MAX_PHONE);
        TextField email = field(new TextField(), "complaint-email", vm.emailProperty(), ComplaintFiling.MAX_EMAIL);

        ToggleGroup reply = new ToggleGroup();
        RadioButton byEmail = radio(reply, "complaint-reply-email", "complaint.reply.email", ComplaintFiling.ReplyVia.EMAIL);
        RadioButton byAddress = radio(reply, "complaint-reply-address", "complaint.reply.address",
                ComplaintFiling.ReplyVia.ADDRESS);
        reply.selectToggle(vm.replyViaProperty().get() == ComplaintFiling.ReplyVia.ADDRESS ? byAddress : byEmail);
        reply.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                reply.selectToggle(was);
            } else {
                vm.replyViaProperty().set((ComplaintFiling.ReplyVia) now.getUserData());
            }
        });
        FlowPane replyBox = new FlowPane(12, 6, byEmail, byAddress);

        TextArea facts = area("complaint-facts", vm.factsProperty(), ComplaintFiling.MAX_FACTS);
        TextArea request = area("complaint-request", vm.requestProperty(), ComplaintFiling.MAX_REQUEST);
        TextArea action = area("complaint-action", vm.actionProperty(), ComplaintFiling.MAX_ACTION);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(28);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setPercentWidth(72);
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        int row = 0;
        row = row(grid, row, "complaint.language", language);
        row = section(grid, row, "complaint.section.citizen");
        row = row(grid, row, "complaint.document", document);
        row = row(grid, row, "complaint.names", names);
        grid.add(minor, 1, row++);
        Label guardianLabel = label(null, "complaint.guardian.names");
        Label guardianDocLabel = label(null, "complaint.guardian.document");
        grid.addRow(row++, guardianLabel, guardian);
        grid.addRow(row++, guardianDocLabel, guardianDocument);
        for (Node n : List.of(guardianLabel, guardian, guardianDocLabel, guardianDocument)) {
            n.visibleProperty().bind(vm.minorProperty());
            n.managedProperty().bind(vm.minorProperty());
        }
        row = row(grid, row, "complaint.reply", replyBox);
        row = row(grid, row, "complaint.email", email);
        row = row(grid, row, "complaint.address", address);
        row = row(grid, row, "complaint.phone", phone);
        row = section(grid, row, "complaint.section.complaint");
        row = row(grid, row, "complaint.facts", facts);
        row = row(grid, row, "complaint.request", request);
        row(grid, row, "complaint.action", action);

        Label problems = new Label();
        problems.setId("complaint-problems");
        problems.getStyleClass().add("complaint-problems");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.textProperty().bind(i18n.computed(() -> String.join("\n",
                vm.problems().stream().map(p -> "• " + i18n.get(p.messageKey())).toList()), vm.problems()));
        Fields.collapseWhenEmpty(problems);

        review.setId("complaint-review");
        review.setMinHeight(TARGET);
        review.textProperty().bind(i18n.text("complaint.review"));
        for (ComplaintFiling.Problem p : ComplaintFiling.Problem.values()) {
            String n = p.name();
            fixAt.put(p, n.startsWith("NAMES") ? names : n.startsWith("DOCUMENT") ? number
                    : n.startsWith("ADDRESS") ? address : n.startsWith("PHONE") ? phone : n.startsWith("EMAIL") ? email
                    : n.startsWith("GUARDIAN") ? guardian : n.startsWith("FACTS") ? facts
                    : n.startsWith("REQUEST") ? request : n.startsWith("ACTION") ? action : language);
        }
        review.setOnAction(e -> {
            if (!vm.review() && !vm.problems().isEmpty()) {
                fixAt.get(vm.problems().get(0)).requestFocus();
            }
        });
        Button cancel = button("complaint-cancel", "complaint.cancel");
        cancel.setOnAction(e -> back.run());
        FlowPane bar = new FlowPane(12, 8, review, cancel);
        form.getChildren().addAll(intro, grid, problems, bar);
    }

    private void buildSummary() {
        summary.setId("complaint-summary");
        Label heading = label("complaint-summary-title", "complaint.summary.title");
        heading.getStyleClass().add("complaint-section");
        summaryText.setId("complaint-summary-text");
        summaryText.setEditable(false);
        summaryText.setWrapText(true);
        summaryText.setPrefRowCount(10);
        summaryText.setMinHeight(160);
        VBox.setVgrow(summaryText, Priority.ALWAYS);
        // The citizen's own confirmation speaks THEIR language.
        CheckBox citizenRead = new CheckBox();
        citizenRead.setId("complaint-confirm-citizen");
        citizenRead.setMinHeight(TARGET);
        citizenRead.setWrapText(true);
        citizenRead.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.localization().text(vm.languageProperty().get(), "complaint.confirm.citizen"),
                vm.languageProperty()));
        citizenRead.selectedProperty().bindBidirectional(vm.citizenReadProperty());
        CheckBox readAloud = new CheckBox();
        readAloud.setId("complaint-confirm-aloud");
        readAloud.setMinHeight(TARGET);
        readAloud.setWrapText(true);
        readAloud.textProperty().bind(i18n.text("complaint.confirm.aloud"));
        readAloud.selectedProperty().bindBidirectional(vm.readAloudProperty());

        file.setId("complaint-file");
        file.setMinHeight(TARGET);
        file.textProperty().bind(i18n.text("complaint.file"));
        file.disableProperty().bind(vm.busyProperty()
                .or(vm.citizenReadProperty().not().and(vm.readAloudProperty().not())));
        file.setOnAction(e -> vm.file());
        Button correct = button("complaint-correct", "complaint.correct");
        correct.setOnAction(e -> vm.correct());
        correct.disableProperty().bind(vm.busyProperty());
        FlowPane bar = new FlowPane(12, 8, file, correct);
        summary.getChildren().addAll(heading, summaryText, citizenRead, readAloud, bar);
    }

    private void buildFiled() {
        filed.setId("complaint-filed");
        Label number = new Label();
        number.setId("complaint-number");
        number.getStyleClass().add("complaint-number");
        number.setWrapText(true);
        number.setMinHeight(Region.USE_PREF_SIZE);
        number.textProperty().bind(i18n.computed(() -> {
            Complaint c = vm.filedProperty().get();
            return c == null ? "" : i18n.get("complaint.done.number", c.number().text());
        }, vm.filedProperty()));
        Label due = new Label();
        due.setId("complaint-due");
        due.setWrapText(true);
        due.setMinHeight(Region.USE_PREF_SIZE);
        due.textProperty().bind(i18n.computed(() -> {
            Complaint c = vm.filedProperty().get();
            return c == null ? "" : i18n.get("complaint.done.due", i18n.date(c.due()), vm.answerDays());
        }, vm.filedProperty()));
        Label copyLanguage = new Label();
        copyLanguage.setId("complaint-copy-language");
        copyLanguage.setWrapText(true);
        copyLanguage.setMinHeight(Region.USE_PREF_SIZE);
        copyLanguage.textProperty().bind(i18n.computed(() -> i18n.get("complaint.done.language",
                i18n.localization().language(vm.languageProperty().get()).displayName()), vm.languageProperty()));
        Button print = button("complaint-print", "complaint.print");
        print.setOnAction(e -> vm.print());
        print.disableProperty().bind(vm.busyProperty());
        Button save = button("complaint-save", "complaint.save");
        save.setOnAction(e -> vm.save(chooseFile(vm.suggestedFileName())));
        save.disableProperty().bind(vm.busyProperty());
        done.setId("complaint-done");
        done.setMinHeight(TARGET);
        done.textProperty().bind(i18n.text("complaint.back"));
        done.setOnAction(e -> back.run());
        FlowPane bar = new FlowPane(12, 8, print, save, done);
        filed.getChildren().addAll(number, due, copyLanguage, bar);
    }

    private Path chooseFile(String suggested) {
        FileChooser dialog = new FileChooser();
        dialog.setTitle(i18n.get("complaint.save.dialog"));
        dialog.setInitialFileName(suggested);
        dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("complaint.file.type"), "*.pdf"));
        File f = dialog.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    private int row(GridPane grid, int row, String key, Node input) {
        Label l = label(null, key);
        if (input instanceof Control c) {
            l.setLabelFor(c);
        }
        grid.addRow(row, l, input);
        GridPane.setHgrow(input, Priority.ALWAYS);
        return row + 1;
    }

    private int section(GridPane grid, int row, String key) {
        Label l = label(null, key);
        l.getStyleClass().add("complaint-section");
        l.setPadding(new Insets(6, 0, 0, 0));
        grid.add(l, 0, row, 2, 1);
        return row + 1;
    }

    private Label label(String id, String key) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(i18n.text(key));
        return l;
    }

    /** A wrapping line with the ViewModel's last message in the advisor's language, no room when none. */
    static Label messageLabel(I18n i18n, String id,
                              javafx.beans.value.ObservableValue<ComplaintViewModel.Message> message) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(i18n.computed(() -> {
            ComplaintViewModel.Message m = message.getValue();
            return m == null ? "" : i18n.get(m.key(), m.args().toArray());
        }, message));
        Fields.collapseWhenEmpty(status);
        return status;
    }

    private Button button(String id, String key) {
        return pe.macexpress.desk.ui.common.TouchButtons.of(i18n, id, key);
    }

    private RadioButton radio(ToggleGroup group, String id, String key, ComplaintFiling.ReplyVia via) {
        RadioButton r = new RadioButton();
        r.setId(id);
        r.setMinHeight(TARGET);
        r.setToggleGroup(group);
        r.setUserData(via);
        r.textProperty().bind(i18n.text(key));
        return r;
    }

    private static <T extends TextInputControl> T field(T f, String id, javafx.beans.property.StringProperty value,
                                                        int max) {
        f.setId(id);
        f.setMinHeight(TARGET);
        pe.macexpress.desk.ui.common.Fields.limit(f, max);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value, int max) {
        TextArea a = field(new TextArea(), id, value, max);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        a.setMinHeight(80);
        return a;
    }

}
