package pe.macexpress.desk.ui.startup;

import java.nio.file.Path;
import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.config.ConfigException;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.store.Backup;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.I18n;

/** What shows while the data folder opens, and why it could not, when it could not. */
public final class StartupView extends VBox {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(StartupView.class.getName());
    private final I18n i18n;
    private final Label message = new Label();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final HBox actions = new HBox(10);

    public StartupView(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().addAll("screen", "startup");
        setAlignment(Pos.CENTER);
        setSpacing(18);
        setPadding(new Insets(40));

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("app.title"));
        message.setId("startup-message");
        message.setWrapText(true);
        message.setMaxWidth(640);
        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(i18n.languages());
        language.valueProperty().bindBidirectional(i18n.languageProperty());
        pe.macexpress.desk.ui.common.CitizenLanguageBox.describe(i18n, language);
        actions.setAlignment(Pos.CENTER);
        getChildren().addAll(title, progress, message, actions, language);
        showOpening();
    }

    public void showOpening() {
        progress.setVisible(true);
        progress.setManaged(true);
        message.getStyleClass().remove("error-text");
        message.textProperty().bind(i18n.text("startup.opening"));
        actions.getChildren().clear();
    }

    /**
     * @param backup the newest good backup to offer, or null
     * @param onRestore what restoring it does, or null
     */
    public void showFailure(Throwable error, Path home, Runnable onClose, Backup backup, Runnable onRestore) {
        // The screen says what happened and what to do in the user's language; the exception's own
        // (English, technical) text is for support, in the log. Exceptions here carry paths, never personal data.
        LOG.log(java.util.logging.Level.WARNING, "start-up failed", error);
        progress.setVisible(false);
        progress.setManaged(false);
        if (!message.getStyleClass().contains("error-text")) {
            message.getStyleClass().add("error-text");
        }
        ConfigException config = configProblem(error);
        if (config != null) {
            // Which key of which file, and what to do: a generic "could not start" would leave support guessing.
            message.textProperty().bind(i18n.computed(() -> i18n.get("startup.failed.config",
                    config.describe(i18n.localization(), i18n.tag()))));
        } else if (backup == null) {
            message.textProperty().bind(i18n.text("startup.failed", i18n.text(Errors.messageKey(error)),
                    home.toString()));
        } else {
            message.textProperty().bind(i18n.computed(() -> i18n.get("startup.failed.backup",
                    i18n.get(Errors.messageKey(error)), home.toString(),
                    i18n.dateTime(backup.takenAt(), ZoneId.systemDefault()))));
        }
        actions.getChildren().clear();
        if (backup != null && onRestore != null) {
            Button restore = new Button();
            restore.setId("startup-restore");
            restore.setDefaultButton(true);
            restore.textProperty().bind(i18n.text("startup.restore"));
            restore.setOnAction(e -> onRestore.run());
            actions.getChildren().add(restore);
        }
        Button close = new Button();
        close.setId("startup-close");
        close.textProperty().bind(i18n.text("startup.close"));
        close.setOnAction(e -> onClose.run());
        actions.getChildren().add(close);
    }

    private static ConfigException configProblem(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConfigException ce) {
                return ce;
            }
        }
        return null;
    }
}
