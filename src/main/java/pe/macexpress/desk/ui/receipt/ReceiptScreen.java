package pe.macexpress.desk.ui.receipt;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.receipt.Layout;
import pe.macexpress.desk.receipt.Receipt;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.pictograms.Pictograms;

/**
 * The receipt on screen, as the citizen will take it: each code on its own line in large type that
 * never shrinks or elides, what was done wrapping beside it; the receipt's own language (the
 * citizen's, by default the advisor's); print on a sheet or an 80 mm ticket, save as PDF, copy the
 * codes. The receipt scrolls; the actions stay in view below it.
 */
public class ReceiptScreen extends VBox {
    /** Large, bold, monospaced; inline so no stylesheet can shrink it. */
    static final String CODE_STYLE = "-fx-font-family: monospace; -fx-font-size: 24px; -fx-font-weight: bold;";
    private static final double TARGET = 44;
    /** Issue 16: pictogram sizes on the receipt (the citizen reads the next steps from across the counter). */
    static final double OUTCOME_PICTOGRAM = 32;
    static final double STEP_PICTOGRAM = 48;
    private static final KeyCombination PRINT_KEY = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE_KEY = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final I18n i18n;
    private final ReceiptViewModel vm;
    private final VBox rows = new VBox(12);
    private final Label point = new Label();
    private final Label citizen = new Label();
    private final Label hint = new Label();
    private final Label farewell = new Label();
    private final Button done = new Button();
    /** Issue 13: the survey and suggestion offered after a visit (empty on a reprint). */
    private final VBox voice = new VBox();
    private Function<String, Path> chooser = this::chooseFile;
    /** The receipt follows the advisor's language until someone picks the citizen's. */
    private final ChangeListener<Language> followAdvisor;

    /**
     * @param doneKey the text of the button that leaves ("receipt.next" after a visit, "receipt.back" on a reprint)
     */
    public ReceiptScreen(I18n i18n, ReceiptViewModel vm, String doneKey, Runnable onDone) {
        this.i18n = i18n;
        this.vm = vm;
        this.followAdvisor = (o, was, now) -> {
            if (was != null && now != null && was.tag().equals(vm.languageProperty().get())) {
                vm.languageProperty().set(now.tag());
            }
        };
        getStyleClass().add("screen");
        setSpacing(10);
        setPadding(new Insets(4));

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("receipt.title"));

        point.setWrapText(true);
        citizen.setWrapText(true);
        rows.setId("receipt-rows");
        VBox card = new VBox(8, point, citizen, rows);
        card.getStyleClass().add("card");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        farewell.setId("receipt-farewell");
        farewell.getStyleClass().add("script");
        farewell.setWrapText(true);
        VBox content = new VBox(10, card, hint, farewell);
        content.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("receipt-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("plain-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);

        vm.receiptProperty().addListener((o, was, now) -> show(now));
        show(vm.receiptProperty().get());

        getChildren().addAll(title, scroll, voice, actions(doneKey, onDone), status());
        // Keyboard: Ctrl+P prints, Ctrl+S saves the PDF (Enter is "next", as everywhere).
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (PRINT_KEY.match(e)) {
                vm.print();
                e.consume();
            } else if (SAVE_KEY.match(e)) {
                save();
                e.consume();
            }
        });
        Platform.runLater(done::requestFocus);
    }

    /** The save dialog: a test gives the path instead (suggested file name in, path or null out). */
    public void chooseFilesWith(Function<String, Path> chooser) {
        this.chooser = chooser;
    }

    /** Issue 13: what the citizen's voice offers on this receipt (the survey, a suggestion), above the actions. */
    public void addVoice(javafx.scene.Node node) {
        voice.getChildren().add(node);
    }

    public ReceiptViewModel viewModel() {
        return vm;
    }

    private FlowPane actions(String doneKey, Runnable onDone) {
        Label languageLabel = new Label();
        languageLabel.textProperty().bind(i18n.text("receipt.language"));
        ComboBox<Language> language = pe.macexpress.desk.ui.common.CitizenLanguageBox.of(i18n, vm.languageProperty(),
                "receipt-language");
        // Weak: the I18n lives as long as the window, a receipt screen only until the next citizen.
        i18n.languageProperty().addListener(new WeakChangeListener<>(followAdvisor));
        HBox languageBox = new HBox(6, languageLabel, language);
        languageBox.setAlignment(Pos.CENTER_LEFT);

        ToggleGroup paper = new ToggleGroup();
        ToggleButton a5 = paperButton(paper, Layout.A5, "receipt-layout-a5", i18n.text("receipt.layout.a5"));
        ToggleButton ticket = paperButton(paper, Layout.TICKET, "receipt-layout-ticket", i18n.text("receipt.layout.ticket"));
        paper.selectToggle(vm.layoutProperty().get() == Layout.TICKET ? ticket : a5);
        paper.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                paper.selectToggle(was); // one paper is always chosen
            } else {
                vm.layoutProperty().set((Layout) now.getUserData());
            }
        });
        Label paperLabel = new Label();
        paperLabel.textProperty().bind(i18n.text("receipt.layout"));
        HBox paperBox = new HBox(6, paperLabel, a5, ticket);
        paperBox.setAlignment(Pos.CENTER_LEFT);

        Button print = button("receipt-print", "receipt.print");
        print.setOnAction(e -> vm.print());
        Button save = button("receipt-save", "receipt.save");
        save.setOnAction(e -> save());
        Button copy = button("receipt-copy", "receipt.copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.codes());
            Clipboard.getSystemClipboard().setContent(content);
            vm.copied();
        });
        print.disableProperty().bind(vm.busyProperty());
        save.disableProperty().bind(vm.busyProperty());

        done.setId("receipt-next");
        done.setMinHeight(TARGET);
        done.setDefaultButton(true);
        done.textProperty().bind(i18n.text(doneKey));
        done.setOnAction(e -> onDone.run());
        if ("receipt.back".equals(doneKey)) {
            done.setCancelButton(true);
        }

        FlowPane bar = new FlowPane(12, 8, languageBox, paperBox, print, save, copy, done);
        bar.setId("receipt-actions");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void save() {
        if (!vm.busyProperty().get()) {
            vm.save(chooser.apply(i18n.get("receipt.file.name", vm.firstCode())));
        }
    }

    private Label status() {
        Label status = new Label();
        status.setId("receipt-status");
        status.setWrapText(true);
        status.textProperty().bind(i18n.computed(() -> {
            ReceiptViewModel.Message m = vm.messageProperty().get();
            return m.key().isEmpty() ? "" : i18n.get(m.key(), m.args().toArray());
        }, vm.messageProperty()));
        return status;
    }

    private ToggleButton paperButton(ToggleGroup group, Layout layout, String id,
                                     javafx.beans.value.ObservableValue<String> text) {
        ToggleButton b = new ToggleButton();
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(layout);
        b.setMinHeight(TARGET);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.textProperty().bind(text);
        return b;
    }

    private Button button(String id, String key) {
        return pe.macexpress.desk.ui.common.TouchButtons.of(i18n, id, key);
    }

    /** The receipt's texts, in the receipt's language. */
    private void show(Receipt r) {
        point.setText(r.point());
        citizen.setText(r.citizen());
        citizen.setVisible(!r.citizen().isBlank());
        citizen.setManaged(!r.citizen().isBlank());
        rows.getChildren().clear();
        int i = 0;
        for (Receipt.Item item : r.items()) {
            Label code = new Label(item.code());
            code.setId("receipt-code-" + i);
            code.getStyleClass().add("attention-code");
            code.setStyle(CODE_STYLE);
            // Never shrinks: the code is as wide as its text, whatever the window.
            code.setMinWidth(Region.USE_PREF_SIZE);
            Label procedure = wrapping("receipt-procedure-" + i, item.procedure());
            procedure.setStyle("-fx-font-weight: bold;");
            Label outcome = wrapping("receipt-outcome-" + i, item.outcome());
            Label via = wrapping("receipt-via-" + i, item.servedVia());
            via.getStyleClass().add("hint");
            VBox what = new VBox(2, procedure, withOutcomePictogram(r, item, outcome), via);
            addNextSteps(what, r, item, i);
            what.setMinWidth(0);
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox row = new HBox(16, code, what);
            row.setAlignment(Pos.TOP_LEFT);
            rows.getChildren().add(row);
            i++;
        }
        hint.setText(r.hint());
        farewell.setText(r.farewell());
    }

    /** Issue 16 (pictograms): the outcome's pictogram beside its words (named in the receipt's language). */
    private javafx.scene.Node withOutcomePictogram(Receipt r, Receipt.Item item, Label outcome) {
        if (item.outcomeType() == null) {
            return outcome;
        }
        javafx.scene.layout.Pane picture = Pictograms.outcome(i18n.localization(), r.language(), item.outcomeType(),
                OUTCOME_PICTOGRAM);
        picture.setId(outcome.getId() + "-pictogram");
        outcome.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(outcome, Priority.ALWAYS);
        HBox line = new HBox(8, picture, outcome);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    /**
     * Issue 16 (pictograms): what comes next, each step's pictogram beside its sentence and detail, in
     * the receipt's language, under a heading; nothing when the receipt does not know.
     */
    private void addNextSteps(VBox what, Receipt r, Receipt.Item item, int i) {
        if (item.next().isEmpty()) {
            return;
        }
        Label heading = new Label(i18n.localization().text(r.language(), "picto.next.heading"));
        heading.getStyleClass().add("receipt-next-heading");
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox steps = new VBox(6, heading);
        steps.setId("receipt-next-" + i);
        steps.getStyleClass().add("receipt-next-steps");
        int j = 0;
        for (Receipt.Step step : item.next()) {
            javafx.scene.layout.Pane picture = Pictograms.step(i18n.localization(), r.language(), step.kind(),
                    STEP_PICTOGRAM);
            picture.setId("receipt-step-" + i + "-" + j + "-pictogram");
            Label sentence = wrapping("receipt-step-" + i + "-" + j, step.text());
            VBox words = new VBox(2, sentence);
            if (!step.detail().isBlank()) {
                Label detail = wrapping("receipt-step-" + i + "-" + j + "-detail", step.detail());
                detail.getStyleClass().add("hint");
                words.getChildren().add(detail);
            }
            words.setMinWidth(0);
            HBox.setHgrow(words, Priority.ALWAYS);
            HBox line = new HBox(10, picture, words);
            line.setAlignment(Pos.CENTER_LEFT);
            steps.getChildren().add(line);
            j++;
        }
        what.getChildren().add(steps);
    }

    private static Label wrapping(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Path chooseFile(String suggested) {
        FileChooser dialog = new FileChooser();
        dialog.setTitle(i18n.get("receipt.save.dialog"));
        dialog.setInitialFileName(suggested);
        dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("receipt.file.type"), "*.pdf"));
        File f = dialog.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    /**
     * Issue 16 (citizen): the speaker button beside the receipt's language: reads the receipt aloud in
     * its language, each code sign by sign, each with what comes next, then the hint and the farewell. Hidden without a voice.
     */
    public void speakWith(pe.macexpress.desk.speech.Speech speech) {
        I18n citizen = pe.macexpress.desk.ui.common.CitizenCard.citizenTexts(i18n, vm.languageProperty(), this);
        Button speak = pe.macexpress.desk.ui.common.SpeakButton.of(citizen, speech, citizen.languageTag(), () -> {
            Receipt r = vm.receiptProperty().get();
            var u = pe.macexpress.desk.speech.Utterance.builder().text(r.title());
            for (Receipt.Item item : r.items()) {
                u.text(item.procedure()).text(item.outcome())
                        .text(i18n.localization().text(r.language(), "forcitizen.code")).code(item.code());
                // What comes next, as the pictograms under the item show it (fees and days said in words).
                item.next().forEach(step -> u.text(step.text()));
            }
            return u.text(r.hint()).text(r.farewell()).build();
        }, "receipt-speak");
        // Beside the title: the actions below keep their one row at 1024 px.
        javafx.scene.Node title = getChildren().remove(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(12, title, gap, speak);
        heading.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(0, heading);
    }
}
