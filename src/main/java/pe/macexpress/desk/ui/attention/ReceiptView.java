package pe.macexpress.desk.ui.attention;

import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.ui.common.I18n;

/** Step 5: the receipt — each procedure with the code the citizen can quote — and the farewell. */
public final class ReceiptView extends VBox {

    ReceiptView(I18n i18n, Catalog catalog, Visit visit, ZoneId zone, Runnable onNext) {
        getStyleClass().add("screen");
        setSpacing(12);

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("receipt.title"));

        Label point = new Label();
        point.setWrapText(true);
        point.textProperty().bind(i18n.computed(() -> i18n.get("receipt.point", visit.point().name(),
                i18n.dateTime(visit.saved().get(visit.saved().size() - 1).endedAt(), zone))));

        GridPane rows = new GridPane();
        rows.setId("receipt-rows");
        rows.setHgap(16);
        rows.setVgap(8);
        int r = 0;
        for (Attention a : visit.saved()) {
            Label code = new Label(a.code());
            code.getStyleClass().add("attention-code");
            code.setId("receipt-code-" + r);
            Label what = new Label();
            what.setWrapText(true);
            what.textProperty().bind(i18n.computed(() -> i18n.get(
                    a.outcome().detail().isEmpty() ? "receipt.row" : "receipt.row.detail",
                    catalog.find(a.procedureId()).map(p -> p.name(i18n.tag())).orElse(a.procedureId()),
                    i18n.get(a.outcome().type().messageKey()), a.outcome().detail())
                    + "\n" + ServedViaText.of(a.servedVia(), i18n)));
            rows.addRow(r++, code, what);
        }
        VBox card = new VBox(8, point, rows);
        card.getStyleClass().add("card");

        Label codesHint = new Label();
        codesHint.setWrapText(true);
        codesHint.getStyleClass().add("hint");
        codesHint.textProperty().bind(i18n.text("receipt.codes.hint"));

        Label farewell = new Label();
        farewell.setId("receipt-farewell");
        farewell.getStyleClass().add("script");
        farewell.setWrapText(true);
        farewell.textProperty().bind(i18n.computed(() -> visit.citizenNames().isEmpty()
                ? i18n.get("receipt.farewell.anonymous")
                : i18n.get("receipt.farewell", visit.citizenNames())));

        Button next = new Button();
        next.setId("receipt-next");
        next.setDefaultButton(true);
        next.textProperty().bind(i18n.text("receipt.next"));
        next.setOnAction(e -> onNext.run());

        getChildren().addAll(title, card, codesHint, farewell, next);
        setPadding(new Insets(4));
    }
}
