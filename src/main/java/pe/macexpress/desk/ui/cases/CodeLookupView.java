package pe.macexpress.desk.ui.cases;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The code look-up as a small dialog over the screen under way (which stays as it was): a code
 * typed as read out, and where that attention stands. Esc or "Cerrar" closes it.
 */
public final class CodeLookupView extends StackPane {
    private final TextField code = pe.macexpress.desk.ui.common.SearchFields.clearable();

    /** @param openCase opens the follow-up screen on a case found here */
    public CodeLookupView(CodeLookupViewModel vm, I18n i18n, Supplier<Catalog> catalog, ZoneId zone,
                          Consumer<String> openCase, Runnable onClose) {
        setId("lookup-overlay");
        getStyleClass().add("overlay");

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(i18n.text("lookup.title"));

        code.setId("lookup-code");
        Fields.limit(code, 20);
        code.promptTextProperty().bind(i18n.text("lookup.prompt"));
        code.textProperty().bindBidirectional(vm.typedProperty());
        code.setOnAction(e -> vm.lookUp());
        HBox.setHgrow(code, Priority.ALWAYS);
        Button search = new Button();
        search.setId("lookup-search");
        search.textProperty().bind(i18n.text("lookup.search"));
        search.disableProperty().bind(vm.busyProperty());
        search.setOnAction(e -> vm.lookUp());
        HBox ask = new HBox(10, code, search);
        ask.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("lookup-message");
        message.setWrapText(true);
        message.textProperty().bind(i18n.text(vm.messageKeyProperty()));
        Fields.collapseWhenEmpty(message);

        Label status = new Label();
        status.setId("lookup-status");
        status.setWrapText(true);
        status.textProperty().bind(i18n.computed(() -> describe(vm.foundProperty().get(), i18n, catalog, zone),
                vm.foundProperty()));
        Fields.collapseWhenEmpty(status);

        Button open = new Button();
        open.setId("lookup-open-case");
        open.textProperty().bind(i18n.text("lookup.open.case"));
        var canOpen = javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.foundProperty().get() != null
                && vm.foundProperty().get().here() && vm.foundProperty().get().hasCase(), vm.foundProperty());
        open.visibleProperty().bind(canOpen);
        open.managedProperty().bind(canOpen);
        open.setOnAction(e -> openCase.accept(vm.foundProperty().get().code()));
        Button close = new Button();
        close.setId("lookup-close");
        close.textProperty().bind(i18n.text("lookup.close"));
        close.setOnAction(e -> onClose.run());
        HBox actions = new HBox(10, open, close);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox dialog = new VBox(12, title, ask, message, status, actions);
        dialog.getStyleClass().addAll("card", "lookup-dialog");
        dialog.setMaxSize(560, USE_PREF_SIZE);
        dialog.setFillWidth(true);
        getChildren().add(dialog);
        StackPane.setAlignment(dialog, Pos.TOP_CENTER);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onClose.run();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(code::requestFocus);
            }
        });
    }

    static String describe(CodeStatus s, I18n i18n, Supplier<Catalog> catalog, ZoneId zone) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(i18n.get(s.here() ? "lookup.found.here" : "lookup.found.elsewhere",
                s.code()));
        sb.append('\n').append(CaseTexts.procedure(i18n, catalog, s.procedureId()));
        if (s.servedAt() != null && s.outcome() != null) {
            sb.append('\n').append(i18n.get("lookup.served", i18n.date(s.servedAt(), zone),
                    i18n.get(s.outcome().messageKey())));
        }
        if (s.closedWith() != null) {
            sb.append('\n').append(i18n.get("case.closed.on", i18n.date(s.closedAt(), zone),
                    i18n.get(s.closedWith().messageKey())));
            if (!s.closingReason().isBlank()) {
                sb.append(" — ").append(s.closingReason());
            }
        } else if (s.dueDate() != null) {
            sb.append('\n').append(i18n.get("lookup.due", i18n.date(s.dueDate())));
        } else {
            sb.append('\n').append(i18n.get("lookup.no.case"));
        }
        if (s.result() != null) {
            sb.append('\n').append(i18n.get("case.result", i18n.get(s.result().messageKey())));
            if (s.resultAt() != null) {
                sb.append(" (").append(i18n.date(s.resultAt(), zone)).append(')');
            }
            if (!s.resultNote().isBlank()) {
                sb.append('\n').append(i18n.get("case.detail.note", s.resultNote()));
            }
        }
        return sb.toString();
    }
}
