package pe.macexpress.desk.ui.history;

import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.ui.common.I18n;

/** History of attentions with each record's sync state (pendiente / enviando / recibido / rechazado). */
public final class HistoryView extends VBox {

    public HistoryView(HistoryViewModel vm, I18n i18n, Catalog catalog, ZoneId zone, Runnable onBack) {
        getStyleClass().add("screen");
        setSpacing(12);
        setPadding(new Insets(4));

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("history.title", HistoryViewModel.SHOWN));

        TableView<HistoryViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("history.empty"));
        table.setPlaceholder(empty);

        table.getColumns().add(column(i18n, "history.column.when", 150, r -> i18n.computed(() ->
                i18n.dateTime(r.attention().startedAt(), zone))));
        table.getColumns().add(column(i18n, "history.column.code", 100, r -> constant(r.attention().code())));
        table.getColumns().add(column(i18n, "history.column.procedure", 280, r -> i18n.computed(() ->
                catalog.find(r.attention().procedureId()).map(p -> p.name(i18n.tag()))
                        .orElse(r.attention().procedureId()))));
        table.getColumns().add(column(i18n, "history.column.channel", 180, r -> i18n.computed(() ->
                pe.macexpress.desk.ui.attention.ServedViaText.of(r.attention().servedVia(), i18n)
                        + (r.attention().servedVia().catalogVersion().isEmpty() ? ""
                        : " · " + i18n.get("procedure.catalog.version", r.attention().servedVia().catalogVersion())))));
        table.getColumns().add(column(i18n, "history.column.outcome", 120,
                r -> i18n.text(r.attention().outcome().type().messageKey())));
        table.getColumns().add(column(i18n, "history.column.identity", 130,
                r -> i18n.text(r.attention().verification().messageKey())));
        table.getColumns().add(column(i18n, "history.column.sync", 200, r -> i18n.computed(() -> {
            if (r.sync() == null) {
                return "";
            }
            String state = i18n.get(r.sync().state().messageKey());
            return r.sync().reason() == null ? state : state + ": " + i18n.get(r.sync().reason().messageKey());
        })));

        Button back = new Button();
        back.setId("history-back");
        back.textProperty().bind(i18n.text("supervisor.back"));
        back.setOnAction(e -> onBack.run());

        getChildren().addAll(title, table, back);
        vm.refresh();
    }

    private static TableColumn<HistoryViewModel.Row, String> column(I18n i18n, String key, double width,
            Function<HistoryViewModel.Row, StringBinding> text) {
        TableColumn<HistoryViewModel.Row, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> text.apply(cell.getValue()));
        // Issue 10: at 1024 px the columns get narrower than their texts; a cell wraps instead of
        // ending in "…", and no column gets narrower than a code or a date.
        c.setMinWidth(Math.min(width, 125));
        pe.macexpress.desk.ui.common.Tables.wrap(c, i18n.text(key));
        return c;
    }

    private static StringBinding constant(String value) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> value);
    }
}
