package pe.macexpress.desk.ui.cases;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The sign-in notice: "Llegaron 2 resultados · 1 caso vencido", with the way to the follow-up screen. */
public final class CaseNotice extends HBox {

    public CaseNotice(CaseNoticeViewModel vm, pe.macexpress.desk.ui.common.I18n i18n, Runnable openFollowUp) {
        setId("case-notice");
        getStyleClass().add("case-notice");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(8, 12, 8, 12));

        Label text = new Label();
        text.setId("case-notice-text");
        text.setWrapText(true);
        text.textProperty().bind(i18n.text("case.notice.text", vm.unreadResultsProperty(), vm.overdueProperty()));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);

        Button open = new Button();
        open.setId("case-notice-open");
        open.textProperty().bind(i18n.text("case.notice.open"));
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> {
            vm.dismiss();
            openFollowUp.run();
        });
        Button later = new Button();
        later.setId("case-notice-dismiss");
        later.textProperty().bind(i18n.text("case.notice.dismiss"));
        later.setMinWidth(Region.USE_PREF_SIZE);
        later.setOnAction(e -> vm.dismiss());

        getChildren().addAll(text, open, later);
        visibleProperty().bind(vm.showingProperty());
        managedProperty().bind(visibleProperty());
    }
}
