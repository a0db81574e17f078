package pe.macexpress.desk.ui.history;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.ui.attention.ServedViaText;
import pe.macexpress.desk.ui.common.I18n;

/**
 * One attention of the history: what was done, for whom (masked until asked), how it was verified
 * and sent, the visit's other attentions, its case, and the receipt printed again. Its content
 * scrolls; its actions stay in view.
 */
final class HistoryDetailView extends VBox {
    private final HistoryViewModel vm;
    private final I18n i18n;
    private final Supplier<Catalog> catalog;
    private final ZoneId zone;
    private final Label title = new Label();
    private final Label citizen = new Label();
    private final Button reveal = new Button();
    private final GridPane facts = new GridPane();
    private final VBox visit = new VBox(6);
    private final Label visitTitle = new Label();
    private final Label caseText = new Label();
    private final Button openCase = new Button();
    private final HBox caseBox;
    private final Button reprint = new Button();
    private final Button back = new Button();
    private final Label failed = new Label();

    HistoryDetailView(HistoryViewModel vm, I18n i18n, Supplier<Catalog> catalog, ZoneId zone,
                      Consumer<List<Attention>> onReprint, Consumer<String> onOpenCase, Runnable onBackToList) {
        this.vm = vm;
        this.i18n = i18n;
        this.catalog = catalog;
        this.zone = zone;
        setId("history-detail");
        setSpacing(10);
        setPadding(new Insets(4));

        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        citizen.getStyleClass().add("procedure-name");
        citizen.setId("history-detail-citizen");
        citizen.setWrapText(true);
        citizen.setMinWidth(0);
        HBox.setHgrow(citizen, Priority.SOMETIMES);
        reveal.setId("history-detail-reveal");
        reveal.setMinWidth(Region.USE_PREF_SIZE);
        reveal.setOnAction(e -> {
            HistoryViewModel.Detail d = vm.detailProperty().get();
            if (d != null) {
                vm.toggleReveal(d.row().attention().id());
                fill();
            }
        });
        HBox who = new HBox(10, citizen, reveal);
        who.setAlignment(Pos.CENTER_LEFT);

        facts.setId("history-detail-facts");
        facts.setHgap(12);
        facts.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(0);
        facts.getColumnConstraints().addAll(names, values);

        visitTitle.getStyleClass().add("section-title");
        visitTitle.setWrapText(true);
        visit.setId("history-detail-visit");

        caseText.setId("history-detail-case");
        caseText.setWrapText(true);
        caseText.setMinWidth(0);
        HBox.setHgrow(caseText, Priority.SOMETIMES);
        openCase.setId("history-open-case");
        openCase.textProperty().bind(i18n.text("history.case.open"));
        openCase.setMinWidth(Region.USE_PREF_SIZE);
        openCase.setVisible(onOpenCase != null);
        openCase.setManaged(onOpenCase != null);
        openCase.setOnAction(e -> {
            HistoryViewModel.Detail d = vm.detailProperty().get();
            if (d != null && onOpenCase != null) {
                onOpenCase.accept(d.row().attention().code());
            }
        });
        caseBox = new HBox(10, caseText, openCase);
        caseBox.setAlignment(Pos.CENTER_LEFT);

        failed.setId("history-detail-failed");
        failed.getStyleClass().add("error-text");
        failed.setWrapText(true);
        failed.textProperty().bind(i18n.text("history.detail.failed"));
        failed.visibleProperty().bind(vm.detailFailedProperty());
        failed.managedProperty().bind(failed.visibleProperty());

        VBox content = new VBox(12, title, who, caseBox, facts, visitTitle, visit, failed);
        content.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("history-detail-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);

        reprint.setId("history-reprint");
        reprint.textProperty().bind(i18n.text("history.reprint"));
        reprint.setDefaultButton(false);
        reprint.setVisible(onReprint != null);
        reprint.setManaged(onReprint != null);
        reprint.setOnAction(e -> {
            HistoryViewModel.Detail d = vm.detailProperty().get();
            if (d != null && onReprint != null) {
                onReprint.accept(d.visitAttentions());
            }
        });
        back.setId("history-detail-back");
        back.textProperty().bind(i18n.text("history.back.to.list"));
        back.setOnAction(e -> onBackToList.run());
        FlowPane actions = new FlowPane(10, 8, reprint, back);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(scroll, actions);
        // Weak: the screen is built each time the history opens, the language lives as long as the desk.
        i18n.languageProperty().addListener(new WeakInvalidationListener(relabel));
    }

    private final InvalidationListener relabel = o -> fill();

    /** Shows the detail the ViewModel holds now (after it changed, the language changed or a citizen was revealed). */
    void fill() {
        HistoryViewModel.Detail d = vm.detailProperty().get();
        if (d == null) {
            return;
        }
        Attention a = d.row().attention();
        boolean shown = vm.isRevealed(a.id());
        Catalog cat = catalog.get();
        title.setText(i18n.get("history.detail.title", a.code()));
        citizen.setText(HistoryTexts.citizen(i18n, a, shown));
        reveal.setText(i18n.get(shown ? "history.hide.one" : "history.show.one"));
        boolean canReveal = !a.document().number().isEmpty() && !vm.showDataProperty().get();
        reveal.setVisible(canReveal);
        reveal.setManaged(canReveal);

        facts.getChildren().clear();
        int row = 0;
        row = fact(row, "history.column.code", a.code(), "history-detail-code");
        row = fact(row, "history.column.procedure", HistoryTexts.procedure(i18n, cat, a), "history-detail-procedure");
        row = fact(row, "history.detail.entity", HistoryTexts.entity(i18n, cat, a), "history-detail-entity");
        row = fact(row, "history.column.outcome", HistoryTexts.outcome(i18n, a), "history-detail-outcome");
        row = fact(row, "history.detail.detail", a.outcome().detail(), "history-detail-outcome-detail");
        String channel = ServedViaText.of(a.servedVia(), i18n)
                + (a.servedVia().catalogVersion().isEmpty() ? ""
                : " · " + i18n.get("procedure.catalog.version", a.servedVia().catalogVersion()));
        row = fact(row, "history.column.channel", channel, "history-detail-channel");
        row = fact(row, "history.column.when", HistoryTexts.times(i18n, a, zone), "history-detail-times");
        String identity = i18n.get(a.verification().messageKey())
                + (a.verificationCode().isEmpty() ? "" : " · " + i18n.get("history.verification.code", a.verificationCode()));
        row = fact(row, "history.column.identity", identity, "history-detail-identity");
        fact(row, "history.column.sync", HistoryTexts.sync(i18n, d.row().sync()), "history-detail-sync");

        List<HistoryViewModel.Row> others = d.visit().stream()
                .filter(r -> !r.attention().id().equals(a.id())).toList();
        visitTitle.setText(others.isEmpty() ? i18n.get("history.visit.alone")
                : i18n.get("history.visit.others", others.size()));
        visit.getChildren().clear();
        for (HistoryViewModel.Row r : others) {
            String state = HistoryTexts.sync(i18n, r.sync());
            Label line = new Label(r.attention().code() + " · " + HistoryTexts.procedure(i18n, cat, r.attention())
                    + " · " + HistoryTexts.outcome(i18n, r.attention())
                    + (state.isEmpty() ? "" : " · " + i18n.get("history.column.sync") + ": " + state));
            line.setId("history-visit-" + r.attention().code());
            line.setWrapText(true);
            line.setMinWidth(0);
            visit.getChildren().add(line);
        }

        if (d.followUp().isPresent()) {
            FollowUpCase c = d.followUp().get();
            caseText.setText(i18n.get(c.isOpen() ? "history.case.open.state" : "history.case.closed.state"));
            caseBox.setVisible(true);
            caseBox.setManaged(true);
        } else {
            caseBox.setVisible(false);
            caseBox.setManaged(false);
        }
    }

    /** One "name: value" line; a blank value leaves the line out. */
    private int fact(int row, String nameKey, String value, String id) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label name = new Label(i18n.get(nameKey));
        name.getStyleClass().add("hint");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setId(id);
        text.setWrapText(true);
        text.setMinWidth(0);
        facts.addRow(row, name, text);
        return row + 1;
    }

    /** The keyboard goes to the main action: reprint when there is one, else back to the list. */
    void focusFirst() {
        if (reprint.isVisible()) {
            reprint.requestFocus();
        } else {
            back.requestFocus();
        }
    }
}
