package pe.macexpress.desk.ui.procedure;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.OutcomeSection;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.procedure.PortalViewModel.PageState;

/**
 * The portal channel: the entity's page on the left (with its back, reload and cancel), and beside
 * it the panel the advisor works from: the citizen's data to copy, the requirements to tick, the
 * chain, the entity's reference number and the outcome. When the page cannot be shown, its place
 * says why and offers the fallback (the capture form, or a task for when the link returns).
 */
public final class PortalView extends HBox {
    /** The panel's share of the width, within bounds that keep its text unclipped and the page usable. */
    private static final double PANEL_MIN = 320;
    private static final double PANEL_MAX = 440;

    /**
     * Built once per flow, with the flow's ViewModel and browser (one WebView for the whole session);
     * each portal procedure is shown by {@link PortalViewModel#open}.
     */
    public PortalView(PortalViewModel vm, PortalBrowser browser, I18n i18n, Runnable onBack,
                      Consumer<Attention> onSaved, Consumer<Procedure> onFallbackToCapture) {
        getStyleClass().addAll("screen", "portal-screen");
        setSpacing(10);

        VBox page = pagePane(vm, browser, i18n, onSaved, onFallbackToCapture);
        HBox.setHgrow(page, Priority.ALWAYS);

        VBox content = panel(vm, i18n, onBack, onSaved);
        // Enter saves only from the panel: an Enter typed in the entity's form belongs to the portal.
        ((Button) content.lookup("#portal-save")).defaultButtonProperty().bind(content.focusWithinProperty());
        ScrollPane panel = new ScrollPane(content);
        panel.setId("portal-panel");
        panel.setFitToWidth(true);
        panel.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        panel.getStyleClass().add("plain-scroll");
        panel.prefWidthProperty().bind(Bindings.max(PANEL_MIN, Bindings.min(PANEL_MAX, widthProperty().multiply(0.36))));
        panel.setMinWidth(PANEL_MIN);
        getChildren().addAll(page, panel);
    }

    private VBox pagePane(PortalViewModel vm, PortalBrowser browser, I18n i18n, Consumer<Attention> onSaved, Consumer<Procedure> onFallbackToCapture) {
        var state = vm.pageProperty();
        BooleanBinding busy = state.isEqualTo(PageState.CHECKING).or(state.isEqualTo(PageState.LOADING));
        BooleanBinding failed = state.isEqualTo(PageState.FAILED);

        Button back = new Button();
        back.setId("portal-page-back");
        back.textProperty().bind(i18n.text("portal.page.back"));
        back.disableProperty().bind(Bindings.not(browser.canGoBack()).or(failed));
        back.setOnAction(e -> browser.back());
        Button reload = new Button();
        reload.setId("portal-page-reload");
        reload.textProperty().bind(i18n.text("portal.page.reload"));
        reload.disableProperty().bind(state.isNotEqualTo(PageState.READY));
        reload.setOnAction(e -> browser.reload());
        Button cancel = new Button();
        cancel.setId("portal-page-cancel");
        cancel.textProperty().bind(i18n.text("portal.page.cancel"));
        cancel.visibleProperty().bind(busy);
        cancel.managedProperty().bind(busy);
        cancel.setOnAction(e -> vm.cancelLoad());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.visibleProperty().bind(busy);
        spinner.managedProperty().bind(busy);
        Label status = new Label();
        status.setId("portal-page-status");
        status.setWrapText(true);
        status.textProperty().bind(i18n.computed(() -> switch (state.get()) {
            case CHECKING -> i18n.get("portal.page.checking");
            case LOADING -> i18n.get("portal.page.loading");
            default -> vm.training() ? i18n.get("portal.page.training") : vm.addressProperty().get();
        }, state, vm.addressProperty()));
        status.getStyleClass().add("hint");
        HBox.setHgrow(status, Priority.ALWAYS);
        for (Button b : List.of(back, reload, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        status.setMinWidth(0);
        HBox bar = new HBox(8, back, reload, cancel, spinner, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("portal-bar");

        Node web = browser.node();
        web.visibleProperty().bind(failed.not());
        StackPane holder = new StackPane(web, failurePane(vm, i18n, onSaved, onFallbackToCapture));
        holder.getStyleClass().add("portal-page");
        holder.setMinSize(0, 0);
        VBox.setVgrow(holder, Priority.ALWAYS);
        VBox pane = new VBox(6, bar, holder);
        pane.setMinWidth(0);
        return pane;
    }

    /** In the page's place when it failed: why, and what to do instead. */
    private VBox failurePane(PortalViewModel vm, I18n i18n, Consumer<Attention> onSaved,
                            Consumer<Procedure> onFallbackToCapture) {
        Label why = new Label();
        why.setId("portal-failure");
        why.getStyleClass().add("error-text");
        why.setWrapText(true);
        why.textProperty().bind(i18n.computed(() -> vm.failureProperty().get() == null ? ""
                : i18n.get(vm.failureProperty().get().messageKey()), vm.failureProperty()));

        Button capture = new Button();
        capture.setId("portal-fallback-capture");
        capture.setWrapText(true);
        capture.textProperty().bind(i18n.text("portal.fallback.capture"));
        capture.setOnAction(e -> onFallbackToCapture.accept(vm.procedureProperty().get()));
        Label captureHint = hint(i18n, "portal.fallback.capture.hint");
        Button task = new Button();
        task.setId("portal-fallback-task");
        task.setWrapText(true);
        task.textProperty().bind(i18n.text("portal.fallback.task"));
        task.disableProperty().bind(vm.savingProperty());
        task.setOnAction(e -> vm.saveAsTask(i18n.get("portal.task.detail"), onSaved));
        Label taskHint = hint(i18n, "portal.fallback.task.hint");
        BooleanBinding toCapture = Bindings.createBooleanBinding(
                () -> vm.fallback() == PortalViewModel.Fallback.CAPTURE_FORM, vm.procedureProperty());
        for (Node n : List.of(capture, captureHint)) {
            n.visibleProperty().bind(toCapture);
            n.managedProperty().bind(toCapture);
        }
        for (Node n : List.of(task, taskHint)) {
            n.visibleProperty().bind(toCapture.not());
            n.managedProperty().bind(toCapture.not());
        }
        Button retry = new Button();
        retry.setId("portal-retry");
        retry.textProperty().bind(i18n.text("portal.retry"));
        retry.disableProperty().bind(vm.savingProperty());
        retry.setOnAction(e -> vm.loadPage());

        VBox box = new VBox(12, why, capture, captureHint, task, taskHint, retry);
        box.setId("portal-failure-pane");
        box.getStyleClass().add("card");
        box.setMaxWidth(560);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setPadding(new Insets(16));
        BooleanBinding failed = vm.pageProperty().isEqualTo(PageState.FAILED);
        box.visibleProperty().bind(failed);
        box.managedProperty().bind(failed);
        return box;
    }

    private VBox panel(PortalViewModel vm, I18n i18n, Runnable onBack, Consumer<Attention> onSaved) {
        Label name = new Label();
        name.setId("portal-procedure-name");
        name.getStyleClass().add("screen-title");
        name.setWrapText(true);
        name.textProperty().bind(i18n.computed(() -> vm.procedureProperty().get() == null ? ""
                : vm.procedureProperty().get().name(i18n.tag()), vm.procedureProperty()));
        Label entity = new Label();
        entity.setWrapText(true);
        entity.textProperty().bind(i18n.computed(() -> vm.entityProperty().get() == null ? ""
                : i18n.get("procedure.entity", vm.entityProperty().get().name(i18n.tag())), vm.entityProperty()));
        Label chain = new Label();
        chain.setId("portal-chain");
        chain.setWrapText(true);
        chain.getStyleClass().add("warning-text");
        chain.textProperty().bind(i18n.computed(() -> vm.chainProperty().get().isEmpty() ? ""
                : i18n.get("portal.chain", vm.chainProperty().get().stream().map(p -> p.name(i18n.tag()))
                        .collect(Collectors.joining(" → "))), vm.chainProperty()));
        Fields.collapseWhenEmpty(chain);

        VBox box = new VBox(10, name, entity, chain, citizen(vm, i18n), requirements(vm, i18n),
                reference(vm, i18n), outcome(vm, i18n, onBack, onSaved));
        box.setPadding(new Insets(4, 12, 4, 4));
        return box;
    }

    /** The citizen's data, one line per value with its Copy button; rebuilt for each visit. */
    private VBox citizen(PortalViewModel vm, I18n i18n) {
        Label title = section(i18n, "portal.citizen.title");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        Label copied = hint(i18n, "portal.copied");
        copied.setId("portal-copied");
        Runnable fill = () -> {
            grid.getChildren().clear();
            copied.setVisible(false);
            copied.setManaged(false);
            Visit visit = vm.visitProperty().get();
            if (visit == null) {
                return;
            }
            int row = 0;
            for (PortalViewModel.CitizenLine line : PortalViewModel.citizenLines(visit)) {
                Label label = new Label();
                label.textProperty().bind(i18n.text(line.labelKey()));
                label.getStyleClass().add("hint");
                Label value = new Label(line.value());
                value.setId("portal-citizen-" + row);
                value.setWrapText(true);
                value.getStyleClass().add("section-title");
                Button copy = new Button();
                copy.setId("portal-copy-" + row);
                copy.textProperty().bind(i18n.text("portal.copy"));
                copy.setMinWidth(Region.USE_PREF_SIZE);
                copy.setOnAction(e -> {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(line.value());
                    boolean done = Clipboard.getSystemClipboard().setContent(content);
                    copied.setVisible(done);
                    copied.setManaged(done);
                });
                VBox text = new VBox(0, label, value);
                GridPane.setHgrow(text, Priority.ALWAYS);
                grid.addRow(row++, text, copy);
            }
        };
        fill.run();
        vm.visitProperty().addListener((o, was, now) -> fill.run());
        VBox box = new VBox(6, title, grid, copied);
        box.getStyleClass().add("card");
        return box;
    }

    private VBox requirements(PortalViewModel vm, I18n i18n) {
        VBox list = new VBox(6);
        list.setId("portal-requirements");
        Runnable fill = () -> {
            list.getChildren().clear();
            Procedure p = vm.procedureProperty().get();
            if (p == null) {
                return;
            }
            List<String> texts = p.requirements(i18n.tag());
            List<BooleanProperty> checks = vm.checks();
            for (int i = 0; i < Math.min(texts.size(), checks.size()); i++) {
                CheckBox box = new CheckBox(texts.get(i));
                box.setId("portal-requirement-" + i);
                box.setWrapText(true);
                box.selectedProperty().bindBidirectional(checks.get(i));
                list.getChildren().add(box);
            }
        };
        fill.run();
        vm.openingsProperty().addListener((o, was, now) -> fill.run());
        i18n.languageProperty().addListener((o, was, now) -> fill.run());
        VBox box = new VBox(6, section(i18n, "procedure.requirements"), list);
        box.getStyleClass().add("card");
        return box;
    }

    private VBox reference(PortalViewModel vm, I18n i18n) {
        Label label = section(i18n, "portal.reference");
        TextField field = new TextField();
        field.setId("portal-reference");
        field.textProperty().bindBidirectional(vm.referenceProperty());
        Fields.limit(field, ServedVia.MAX_REFERENCE);
        Label error = Fields.errorLine(i18n, "portal-reference-error", vm.referenceErrorKey());
        VBox box = new VBox(4, label, field, error, hint(i18n, "portal.reference.hint"));
        label.setLabelFor(field);
        return box;
    }

    private VBox outcome(PortalViewModel vm, I18n i18n, Runnable onBack, Consumer<Attention> onSaved) {
        VBox outcome = OutcomeSection.build(vm.outcomeProperty(), vm.detailProperty(), i18n, "portal-outcome-",
                "portal-detail", 2);
        // With the focus in the outcome, 1..4 choose it; one that needs a detail puts the cursor there.
        pe.macexpress.desk.ui.help.Keys.outcomes(outcome, vm.outcomeProperty(), t -> {
            if (t.needsDetail()) {
                pe.macexpress.desk.ui.help.Keys.focusSoon(outcome.lookup("#portal-detail"));
            }
        });

        Label error = Fields.errorLine(i18n, "portal-error", vm.errorKeyProperty());

        Button save = new Button();
        save.setId("portal-save");
        save.textProperty().bind(i18n.text("procedure.save"));
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.save(onSaved));
        Button back = new Button();
        back.setId("portal-back");
        back.textProperty().bind(i18n.text("procedure.back"));
        back.disableProperty().bind(vm.savingProperty());
        back.setOnAction(e -> {
            vm.keepDraft();
            onBack.run();
        });
        FlowPane actions = new FlowPane(10, 8, save, back);
        return new VBox(8, outcome, error, actions);
    }

    private static Label section(I18n i18n, String key) {
        Label l = new Label();
        l.getStyleClass().add("section-title");
        l.setWrapText(true);
        l.textProperty().bind(i18n.text(key));
        return l;
    }

    private static Label hint(I18n i18n, String key) {
        Label l = new Label();
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.textProperty().bind(i18n.text(key));
        return l;
    }
}
