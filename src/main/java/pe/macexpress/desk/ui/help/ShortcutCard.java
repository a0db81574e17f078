package pe.macexpress.desk.ui.help;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.ui.common.I18n;

/**
 * F1: every shortcut of the desk on one card, in the UI language, over the screen (which stays as it
 * was underneath). Closed with Esc, F1 or its button. Key legends are the keyboard's own (Ctrl+K,
 * Esc…), written by JavaFX, not translated.
 */
public final class ShortcutCard extends StackPane {
    /** Shows and hides the card. */
    public static final KeyCombination HELP_KEY = new KeyCodeCombination(KeyCode.F1);
    /** Issue 14 (reports screen): Ctrl+I ("Informes") opens "Reportes" from anywhere after sign-in. */
    public static final KeyCombination REPORTS_KEY = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    /** One line of the card: the keys, and what they do (a message key and its arguments). */
    public record Shortcut(String keys, String messageKey) {
    }

    private final Button close = new Button();

    /**
     * @param lookupKey the code look-up's accelerator (Ctrl+K)
     * @param casesKey the follow-up screen's accelerator (Ctrl+G)
     */
    public ShortcutCard(I18n i18n, KeyCombination lookupKey, KeyCombination casesKey, Runnable onClose) {
        setId("help-overlay");
        getStyleClass().add("overlay");

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("help.title"));

        GridPane rows = new GridPane();
        rows.setId("help-rows");
        rows.setHgap(16);
        rows.setVgap(8);
        ColumnConstraints keysColumn = new ColumnConstraints();
        keysColumn.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints textColumn = new ColumnConstraints();
        textColumn.setHgrow(Priority.ALWAYS);
        rows.getColumnConstraints().addAll(keysColumn, textColumn);
        int r = 0;
        for (Shortcut s : shortcuts(lookupKey, casesKey)) {
            Label keys = new Label(s.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(USE_PREF_SIZE);
            Label what = new Label();
            what.setId("help-" + s.messageKey().replace('.', '-'));
            what.setWrapText(true);
            if (s.messageKey().equals("help.outcomes")) {
                what.textProperty().bind(i18n.computed(() -> i18n.get("help.outcomes", outcomes(i18n))));
            } else {
                what.textProperty().bind(i18n.text(s.messageKey()));
            }
            rows.addRow(r++, keys, what);
        }

        close.setId("help-close");
        close.textProperty().bind(i18n.text("help.close"));
        close.setOnAction(e -> onClose.run());
        close.setDefaultButton(true);
        HBox actions = new HBox(close);
        actions.setAlignment(Pos.CENTER_RIGHT);

        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plain-scroll");
        scroll.setPrefViewportHeight(420);
        VBox dialog = new VBox(12, title, scroll, actions);
        dialog.getStyleClass().addAll("card", "lookup-dialog");
        dialog.setMaxSize(640, USE_PREF_SIZE);
        getChildren().add(dialog);
        StackPane.setAlignment(dialog, Pos.TOP_CENTER);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || HELP_KEY.match(e)) {
                e.consume();
                onClose.run();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(close::requestFocus);
            }
        });
    }

    /** The desk's shortcuts, in the order of a visit. */
    public static List<Shortcut> shortcuts(KeyCombination lookupKey, KeyCombination casesKey) {
        return List.of(
                new Shortcut(HELP_KEY.getDisplayText(), "help.f1"),
                new Shortcut(key(KeyCode.ENTER), "help.enter"),
                new Shortcut(key(KeyCode.ESCAPE), "help.escape"),
                new Shortcut(key(KeyCode.TAB) + "  /  " + new KeyCodeCombination(KeyCode.TAB,
                        KeyCombination.SHIFT_DOWN).getDisplayText(), "help.tab"),
                new Shortcut("\u2193  \u2191", "help.arrows"),
                new Shortcut(key(KeyCode.ENTER), "help.enter.list"),
                new Shortcut(Stream.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4)
                        .map(ShortcutCard::key).collect(Collectors.joining(" ")), "help.outcomes"),
                // Issue 13 (timeline): the arrival queue beside the identification screen.
                new Shortcut(key(KeyCode.F2), "queue.key.arrive"),
                new Shortcut(key(KeyCode.F3), "queue.key.call"),
                new Shortcut(lookupKey.getDisplayText(), "help.lookup"),
                new Shortcut(casesKey.getDisplayText(), "help.cases"),
                // Issue 14 (reports screen).
                new Shortcut(REPORTS_KEY.getDisplayText(), "reports.help.key"));
    }

    /** The key's name as printed on keyboards ("Enter", "Esc", "Tab", "1"). */
    private static String key(KeyCode code) {
        return code.getName();
    }

    /** "1 Atendido · 2 Pendiente · …" in the current language. */
    private static String outcomes(I18n i18n) {
        StringBuilder sb = new StringBuilder();
        OutcomeType[] all = OutcomeType.values();
        for (int i = 0; i < all.length; i++) {
            if (i > 0) {
                sb.append(" · ");
            }
            sb.append(i + 1).append(' ').append(i18n.get(all[i].messageKey()));
        }
        return sb.toString();
    }
}
