package pe.macexpress.desk.ui.cases;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * One case: its attention, the entity's result, and the final answer (large choices, a reason that a
 * refusal requires), or how it was closed. "Llamar al ciudadano" starts a new attention for them.
 */
final class CaseDetailView extends ScrollPane {
    private final Button back = new Button();

    CaseDetailView(CaseDetailViewModel vm, FollowUpViewModel list, I18n i18n, Supplier<Catalog> catalog, ZoneId zone,
                   Consumer<Document> callCitizen, Runnable onBack) {
        getStyleClass().add("plain-scroll");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setId("case-detail");
        var c = vm.followUpProperty();

        back.setId("case-back");
        back.textProperty().bind(i18n.text("case.back.to.list"));
        back.setOnAction(e -> onBack.run());
        Label title = new Label();
        title.setId("case-title");
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.computed(() -> c.get() == null ? "" : i18n.get("case.detail.title",
                c.get().code()), c));
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        Button call = new Button();
        HBox head = new HBox(12, back, title, spacer, call);
        head.setAlignment(Pos.CENTER_LEFT);

        // The attention.
        Label citizen = label("case-citizen", "citizen-names");
        Button reveal = new Button();
        reveal.setId("case-reveal");
        Runnable citizenText = () -> {
            FollowUpCase now = c.get();
            boolean shown = now != null && list.isRevealed(now.attentionId());
            citizen.setText(now == null ? "" : CaseTexts.citizen(now, shown));
            reveal.setText(i18n.get(shown ? "case.row.hide" : "case.row.show"));
            reveal.setVisible(now != null && !list.showDataProperty().get());
            reveal.setManaged(reveal.isVisible());
        };
        c.addListener(o -> citizenText.run());
        i18n.languageProperty().addListener(o -> citizenText.run());
        list.showDataProperty().addListener(o -> citizenText.run());
        list.revealed().addListener((SetChangeListener<Object>) ch -> citizenText.run());
        reveal.setOnAction(e -> {
            if (c.get() != null) {
                list.toggleReveal(c.get().attentionId());
            }
        });
        HBox who = new HBox(10, citizen, reveal);
        who.setAlignment(Pos.CENTER_LEFT);

        Label served = label("case-served", null);
        served.textProperty().bind(i18n.computed(() -> {
            FollowUpCase now = c.get();
            if (now == null) {
                return "";
            }
            Attention a = vm.attentionProperty().get();
            String procedure = CaseTexts.procedure(i18n, catalog, now.procedureId());
            return a == null ? procedure : i18n.get("case.detail.served", i18n.date(a.endedAt(), zone),
                    procedure);
        }, c, vm.attentionProperty()));
        Label outcome = label("case-outcome", null);
        outcome.textProperty().bind(i18n.computed(() -> {
            Attention a = vm.attentionProperty().get();
            if (a == null) {
                return "";
            }
            String type = i18n.get(a.outcome().type().messageKey());
            return i18n.get("case.detail.outcome", a.outcome().detail().isBlank() ? type
                    : type + " — " + a.outcome().detail());
        }, vm.attentionProperty()));
        Fields.collapseWhenEmpty(outcome);
        Label awaiting = label("case-awaiting", "hint");
        awaiting.textProperty().bind(i18n.computed(() -> c.get() == null ? ""
                : CaseTexts.awaiting(i18n, catalog, c.get()), c));
        Label due = label("case-due", "badge");
        due.textProperty().bind(i18n.computed(() -> c.get() == null ? ""
                : CaseTexts.due(i18n, c.get(), vm.daysLeftProperty().get(), zone), c, vm.daysLeftProperty()));
        VBox attention = card(i18n, "case.detail.attention", who, served, outcome, awaiting, due);

        // The entity's result.
        Label result = label("case-result", "badge");
        result.textProperty().bind(i18n.computed(() -> {
            FollowUpCase now = c.get();
            if (now == null || now.result() == null) {
                return i18n.get("case.detail.result.none");
            }
            return i18n.get("case.detail.result.at", i18n.get(now.result().status().messageKey()),
                    i18n.date(now.result().at(), zone));
        }, c));
        c.addListener((o, was, now) -> {
            result.getStyleClass().removeAll("badge-new", "badge-ok");
            if (now != null && now.result() != null) {
                result.getStyleClass().add(now.result().unread() ? "badge-new" : "badge-ok");
            }
        });
        Label note = label("case-result-note", null);
        note.textProperty().bind(i18n.computed(() -> c.get() == null || c.get().result() == null
                || c.get().result().note().isBlank() ? "" : i18n.get("case.detail.note", c.get().result().note()), c));
        Fields.collapseWhenEmpty(note);
        VBox entity = card(i18n, "case.detail.result.title", result, note);
        if (vm.hasPracticeEntity()) {
            // Training only: the trainee plays the entity, so a result can be seen arriving.
            Button practice = new Button();
            practice.setId("case-practice-result");
            practice.setWrapText(true);
            practice.textProperty().bind(i18n.text("case.practice.button"));
            practice.disableProperty().bind(vm.busyProperty());
            practice.visibleProperty().bind(Bindings.createBooleanBinding(() -> c.get() != null && c.get().isOpen()
                    && c.get().result() == null, c));
            practice.managedProperty().bind(practice.visibleProperty());
            practice.setOnAction(e -> vm.practiceResult());
            entity.getChildren().add(practice);
        }

        // The final answer: a form while open, what was answered once closed.
        ToggleGroup group = new ToggleGroup();
        FlowPane choices = new FlowPane(10, 10);
        for (CaseAnswer a : CaseAnswer.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("case-answer-" + a.code());
            b.getStyleClass().add("answer-toggle");
            b.textProperty().bind(i18n.text(a.messageKey()));
            b.setUserData(a);
            b.setToggleGroup(group);
            choices.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, was, now) ->
                vm.answerProperty().set(now == null ? null : (CaseAnswer) now.getUserData()));
        vm.answerProperty().addListener((o, was, now) ->
                group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));
        Label reasonLabel = new Label();
        reasonLabel.setWrapText(true);
        reasonLabel.textProperty().bind(i18n.computed(() -> i18n.get(vm.answerProperty().get() != null
                && vm.answerProperty().get().needsReason() ? "case.detail.reason.required" : "case.detail.reason"),
                vm.answerProperty()));
        TextArea reason = new TextArea();
        reason.setId("case-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(2);
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Fields.limit(reason, pe.macexpress.desk.contract.ClosureContent.MAX_REASON);
        reasonLabel.setLabelFor(reason);
        Label error = label("case-error", "error-text");
        error.textProperty().bind(i18n.text(vm.errorKeyProperty()));
        Fields.collapseWhenEmpty(error);
        Button save = new Button();
        save.setId("case-save");
        save.textProperty().bind(i18n.text("case.detail.save"));
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.close());
        VBox form = card(i18n, "case.detail.answer.title", choices, reasonLabel, reason, error, save);
        BooleanBinding open = Bindings.createBooleanBinding(() -> c.get() != null && c.get().isOpen(), c);
        form.visibleProperty().bind(open);
        form.managedProperty().bind(open);
        // The form goes once the case is closed: the keyboard stays on the screen (Esc still goes back).
        open.addListener((o, was, now) -> {
            if (!now && isVisible()) {
                back.requestFocus();
            }
        });

        Label done = label("case-done", "saved-banner");
        done.textProperty().bind(i18n.text(vm.doneKeyProperty()));
        Fields.collapseWhenEmpty(done);
        Label closed = label("case-closed", null);
        closed.textProperty().bind(i18n.computed(() -> {
            FollowUpCase now = c.get();
            if (now == null || now.isOpen()) {
                return "";
            }
            String text = CaseTexts.due(i18n, now, 0, zone);
            String why = now.closing().reason() == null || now.closing().reason().isBlank() ? ""
                    : " — " + now.closing().reason();
            return FollowUpCase.Closing.BY_CENTRAL.equals(now.closing().closedBy())
                    ? text + why + "\n" + i18n.get("case.detail.closed.central") : text + why;
        }, c));
        Fields.collapseWhenEmpty(closed);

        call.setId("case-call");
        call.textProperty().bind(i18n.text("case.detail.call"));
        call.disableProperty().bind(c.isNull());
        call.setOnAction(e -> {
            if (c.get() != null) {
                callCitizen.accept(c.get().document());
            }
        });
        call.setTooltip(new javafx.scene.control.Tooltip());
        call.getTooltip().textProperty().bind(i18n.text("case.detail.call.hint"));
        call.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        back.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        // Two columns: what happened on the left, the answer on the right, so the form shows at 1024×600.
        VBox left = new VBox(12, attention, entity);
        VBox right = new VBox(12, done, closed, form);
        for (VBox column : new VBox[] {left, right}) {
            column.setMinWidth(0);
            column.setPrefWidth(300);
            HBox.setHgrow(column, javafx.scene.layout.Priority.ALWAYS);
        }
        HBox columns = new HBox(12, left, right);
        VBox content = new VBox(12, head, columns);
        content.setPadding(new Insets(4, 12, 12, 4));
        setContent(content);
    }

    void focusFirst() {
        back.requestFocus();
    }

    private static VBox card(I18n i18n, String titleKey, javafx.scene.Node... children) {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(i18n.text(titleKey));
        VBox card = new VBox(8, title);
        card.getChildren().addAll(children);
        card.getStyleClass().add("card");
        return card;
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        if (style != null) {
            l.getStyleClass().add(style);
        }
        l.setWrapText(true);
        return l;
    }
}
