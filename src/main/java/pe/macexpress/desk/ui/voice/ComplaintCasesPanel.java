package pe.macexpress.desk.ui.voice;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * Seguimiento's part for the Libro de Reclamaciones (issue 13): open complaints with their number
 * and due day (overdue ones highlighted), the numbers a restore lost, and a short form to record an
 * answer. Hidden when there is nothing to show.
 */
public final class ComplaintCasesPanel extends VBox {
    private static final double TARGET = 44;

    private final ComplaintCasesViewModel vm;
    private final I18n i18n;
    private final VBox rows = new VBox(6);
    private final VBox answerForm = new VBox(8);

    public ComplaintCasesPanel(ComplaintCasesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setId("complaint-cases");
        getStyleClass().add("complaint-cases");
        setSpacing(6);
        setPadding(new Insets(4));

        Label title = new Label();
        title.setId("complaint-cases-title");
        title.getStyleClass().add("complaint-section");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(i18n.computed(() -> i18n.get("complaint.cases.title", vm.open().size()), vm.open()));
        Label missing = new Label();
        missing.setId("complaint-cases-missing");
        missing.getStyleClass().add("complaint-overdue");
        missing.setWrapText(true);
        missing.setMinHeight(Region.USE_PREF_SIZE);
        missing.textProperty().bind(i18n.computed(() -> vm.missingProperty().get().isEmpty() ? ""
                : i18n.get("complaint.cases.missing", vm.missingProperty().get()), vm.missingProperty()));
        Fields.collapseWhenEmpty(missing);
        Label status = ComplaintView.messageLabel(i18n, "complaint-cases-status", vm.messageProperty());
        answerForm.setVisible(false);
        answerForm.setManaged(false);
        getChildren().addAll(title, missing, rows, answerForm, status);

        vm.open().addListener((javafx.collections.ListChangeListener<Complaint>) c -> build());
        vm.todayProperty().addListener(o -> build());
        i18n.languageProperty().addListener(o -> build());
        Runnable shown = () -> {
            boolean any = !vm.open().isEmpty() || !vm.missingProperty().get().isEmpty()
                    || vm.messageProperty().get() != null;
            setVisible(any);
            setManaged(any);
        };
        vm.open().addListener((javafx.collections.ListChangeListener<Complaint>) c -> shown.run());
        vm.missingProperty().addListener(o -> shown.run());
        vm.messageProperty().addListener(o -> shown.run());
        shown.run();
    }

    private void build() {
        LocalDate today = vm.todayProperty().get();
        rows.getChildren().clear();
        int i = 0;
        for (Complaint c : vm.open()) {
            Label line = new Label(i18n.get(c.overdue(today) ? "complaint.cases.overdue" : "complaint.cases.row",
                    c.number().text(), i18n.date(c.due())));
            line.setId("complaint-case-" + i);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.setMaxWidth(Double.MAX_VALUE);
            if (c.overdue(today)) {
                line.getStyleClass().add("complaint-overdue");
            }
            Button answer = new Button(i18n.get("complaint.cases.answer"));
            answer.setId("complaint-case-answer-" + i);
            answer.setMinHeight(TARGET);
            answer.setMinWidth(Region.USE_PREF_SIZE);
            answer.setOnAction(e -> showAnswer(c));
            HBox row = new HBox(10, line, answer);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(line, Priority.ALWAYS);
            rows.getChildren().add(row);
            i++;
        }
    }

    private void showAnswer(Complaint c) {
        Label title = new Label(i18n.get("complaint.answer.title", c.number().text()));
        title.getStyleClass().add("complaint-section");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        DatePicker on = new DatePicker(vm.todayProperty().get());
        on.setId("complaint-answer-on");
        on.setMinHeight(TARGET);
        ComboBox<Complaint.AnswerVia> via = new ComboBox<>();
        via.setId("complaint-answer-via");
        via.setMinHeight(TARGET);
        via.getItems().setAll(Complaint.AnswerVia.values());
        via.setValue(c.filing().replyVia() == pe.macexpress.desk.core.ComplaintFiling.ReplyVia.EMAIL
                ? Complaint.AnswerVia.EMAIL : Complaint.AnswerVia.LETTER);
        Fields.localizedCells(via, v -> i18n.text("complaint.answer.via." + v.code()));
        TextField summary = new TextField();
        summary.setId("complaint-answer-summary");
        summary.setMinHeight(TARGET);
        summary.setPromptText(i18n.get("complaint.answer.summary"));
        Fields.limit(summary, Complaint.Answer.MAX_SUMMARY);
        HBox.setHgrow(summary, Priority.ALWAYS);
        Label onLabel = new Label(i18n.get("complaint.answer.on"));
        Label viaLabel = new Label(i18n.get("complaint.answer.via"));
        FlowPane fields = new FlowPane(10, 6, onLabel, on, viaLabel, via);
        fields.setAlignment(Pos.CENTER_LEFT);
        Button save = new Button(i18n.get("complaint.answer.save"));
        save.setId("complaint-answer-save");
        save.setMinHeight(TARGET);
        save.setDefaultButton(true);
        Button cancel = new Button(i18n.get("complaint.answer.cancel"));
        cancel.setId("complaint-answer-cancel");
        cancel.setMinHeight(TARGET);
        cancel.setCancelButton(true);
        Runnable close = () -> {
            answerForm.getChildren().clear();
            answerForm.setVisible(false);
            answerForm.setManaged(false);
            save.setDefaultButton(false);
            cancel.setCancelButton(false);
        };
        save.setOnAction(e -> {
            if (vm.answer(c, on.getValue(), via.getValue(), summary.getText())) {
                close.run();
            }
        });
        cancel.setOnAction(e -> close.run());
        answerForm.getChildren().setAll(title, fields, summary, new FlowPane(10, 6, save, cancel));
        answerForm.setVisible(true);
        answerForm.setManaged(true);
        javafx.application.Platform.runLater(summary::requestFocus);
    }

    /** For tests: the rows' labels in order. */
    List<String> lines() {
        return rows.getChildren().stream().map(n -> ((Label) ((HBox) n).getChildren().get(0)).getText()).toList();
    }
}
