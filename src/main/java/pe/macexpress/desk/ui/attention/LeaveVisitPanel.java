package pe.macexpress.desk.ui.attention;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.help.Keys;

/**
 * Asked over the screen when the advisor would leave a citizen's visit (sign out, or call another
 * citizen back from Seguimiento): with attentions saved it says their receipt comes first; with
 * nothing saved, that what was typed is dropped. Enter goes on, Esc (or "Seguir atendiendo")
 * returns to the screen as it was.
 */
public final class LeaveVisitPanel extends StackPane {
    /** Why the visit would be left: the texts' key prefix. */
    public enum Reason {
        SIGN_OUT("signout"), CALL_CITIZEN("callcitizen");

        /** The texts each reason has: "<prefix>.<part>". */
        public static final java.util.List<String> PARTS =
                java.util.List.of("question", "saved", "unsaved", "confirm", "confirm" + Reason.WITH_RECEIPT);
        /** "Ver constancia y …": the confirm text when the visit saved some attentions. */
        private static final String WITH_RECEIPT = ".receipt";

        private final String prefix;

        Reason(String prefix) {
            this.prefix = prefix;
        }

        public String key(String part) {
            return prefix + "." + part;
        }
    }

    private final Button stay = new Button();

    public LeaveVisitPanel(I18n i18n, Reason why, boolean savedSome, int saved, Runnable onConfirm, Runnable onStay) {
        setId("signout-overlay");
        getStyleClass().add("overlay");

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text(why.key("question")));

        Label detail = new Label();
        detail.setId("signout-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(savedSome ? i18n.text(why.key("saved"), saved) : i18n.text(why.key("unsaved")));

        Button confirm = new Button();
        confirm.setId("signout-confirm");
        confirm.setDefaultButton(true);
        confirm.textProperty().bind(i18n.text(why.key(savedSome ? "confirm" + Reason.WITH_RECEIPT : "confirm")));
        confirm.setOnAction(e -> onConfirm.run());
        stay.setId("signout-stay");
        stay.textProperty().bind(i18n.text("signout.stay"));
        stay.setOnAction(e -> onStay.run());
        HBox actions = new HBox(10, confirm, stay);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox dialog = new VBox(12, title, detail, actions);
        dialog.getStyleClass().addAll("card", "lookup-dialog");
        dialog.setMaxSize(560, USE_PREF_SIZE);
        getChildren().add(dialog);
        StackPane.setAlignment(dialog, Pos.TOP_CENTER);

        Keys.screen(this, onStay);
        // Keys pressed here never reach the screen underneath (no number key chooses an outcome there).
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB) {
                e.consume();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(confirm::requestFocus);
            }
        });
    }
}
