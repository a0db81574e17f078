package pe.macexpress.desk.ui.supervisor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.identity.IdentityFlags;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/** PIDE password change and the list of identities to review. */
public final class SupervisorView extends VBox {

    public SupervisorView(SupervisorViewModel vm, I18n i18n, ZoneId zone, Supplier<String> supervisorId,
                          Runnable onBack) {
        getStyleClass().add("screen");
        setSpacing(12);

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("supervisor.title"));

        getChildren().addAll(title, passwordCard(vm, i18n), flagsCard(vm, i18n, zone, supervisorId));
        Button back = new Button();
        back.setId("supervisor-back");
        back.textProperty().bind(i18n.text("supervisor.back"));
        back.setOnAction(e -> onBack.run());
        getChildren().add(back);
        setPadding(new Insets(4));
        vm.refreshFlags();
    }

    private static VBox passwordCard(SupervisorViewModel vm, I18n i18n) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(i18n.text("identity.password.title"));
        Label notice = new Label();
        notice.setWrapText(true);
        notice.getStyleClass().add("hint");
        notice.textProperty().bind(i18n.text("identity.password.expired.notice"));

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.addRow(0, label(i18n, "identity.password.current"), password("supervisor-current", vm.currentPasswordProperty()));
        form.addRow(1, label(i18n, "identity.password.new"), password("supervisor-new", vm.newPasswordProperty()));
        form.addRow(2, label(i18n, "identity.password.confirm"), password("supervisor-confirm", vm.confirmationProperty()));

        Button submit = new Button();
        submit.setId("supervisor-password-submit");
        submit.textProperty().bind(i18n.text("identity.password.submit"));
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> vm.changePassword());

        Label result = new Label();
        result.setId("supervisor-password-result");
        result.setWrapText(true);
        result.textProperty().bind(i18n.text(vm.passwordResultKeyProperty()));
        vm.passwordChangedProperty().addListener((o, was, ok) -> {
            result.getStyleClass().removeAll("error-text", "ok-text");
            result.getStyleClass().add(ok ? "ok-text" : "error-text");
        });
        Fields.collapseWhenEmpty(result);

        VBox card = new VBox(8, heading, notice, form, submit, result);
        card.getStyleClass().add("card");
        return card;
    }

    private static VBox flagsCard(SupervisorViewModel vm, I18n i18n, ZoneId zone, Supplier<String> supervisorId) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(i18n.text("identity.flags.title.count", vm.openFlagsProperty()));

        ListView<IdentityFlags.Flagged> list = new ListView<>(vm.flags());
        list.setId("supervisor-flags");
        list.setPrefHeight(220);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("identity.flags.empty"));
        list.setPlaceholder(empty);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(IdentityFlags.Flagged f, boolean isEmpty) {
                super.updateItem(f, isEmpty);
                textProperty().unbind();
                if (isEmpty || f == null) {
                    setText("");
                    return;
                }
                textProperty().bind(i18n.computed(() -> i18n.get("identity.flags.row", f.attentionCode(),
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                                .withLocale(i18n.languageProperty().get().locale()).withZone(zone).format(f.startedAt()),
                        i18n.get(f.reason().messageKey()),
                        f.recordedNames().isEmpty() ? "—" : f.recordedNames(),
                        f.pideNames() == null || f.pideNames().isEmpty() ? "—" : f.pideNames())));
            }
        });

        Button resolve = new Button();
        resolve.setId("supervisor-resolve");
        resolve.textProperty().bind(i18n.text("identity.flags.resolve"));
        resolve.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        resolve.setOnAction(e -> vm.resolve(list.getSelectionModel().getSelectedItem(), supervisorId.get()));

        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(i18n.text(vm.flagsErrorKeyProperty()));
        Fields.collapseWhenEmpty(error);

        HBox actions = new HBox(10, resolve);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, heading, list, error, actions);
        card.getStyleClass().add("card");
        VBox.setVgrow(card, Priority.ALWAYS);
        return card;
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        return l;
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty value) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(20);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
