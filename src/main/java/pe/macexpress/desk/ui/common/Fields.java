package pe.macexpress.desk.ui.common;

import java.util.function.Function;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import pe.macexpress.desk.security.TextGuard;

/** Small helpers the views share. */
public final class Fields {
    private Fields() {
    }

    /**
     * Refuses typing beyond {@code max} characters; pasting a longer text is cut at the room left,
     * not lost silently. Control and bidi-override characters are dropped as they come in (issue 15:
     * a pasted RLO would make a text display differently from what is stored; see {@link TextGuard}).
     */
    public static void limit(TextInputControl field, int max) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.isContentChange() && !change.getText().isEmpty()) {
                String added = TextGuard.clean(change.getText(), Integer.MAX_VALUE);
                if (field instanceof javafx.scene.control.TextField) {
                    // A pasted line: breaks at its ends go (a copied "12345678\n" stays a DNI), inner ones become a space.
                    added = added.replaceAll("^[\n\t]+|[\n\t]+$", "").replaceAll("[\n\t]+", " ");
                }
                int others = change.getControlText().length() - (change.getRangeEnd() - change.getRangeStart());
                int room = Math.max(0, max - others);
                if (added.length() > room) {
                    int cut = room;
                    if (cut > 0 && Character.isHighSurrogate(added.charAt(cut - 1))) {
                        cut--;
                    }
                    added = added.substring(0, cut);
                }
                if (!added.equals(change.getText())) {
                    change.setText(added);
                    int caret = change.getRangeStart() + added.length();
                    change.selectRange(caret, caret);
                }
            }
            return change.getControlNewText().length() <= max ? change : null;
        }));
    }

    /** {@link #limit} at the free-text limit every counter text shares ({@value TextGuard#MAX_FREE_TEXT}). */
    public static void limitFreeText(TextInputControl field) {
        limit(field, TextGuard.MAX_FREE_TEXT);
    }

    /**
     * The line under a form that says what went wrong and what to do, in the advisor's language
     * ({@code key} names the message; null or empty: nothing, and no room taken).
     */
    public static Label errorLine(I18n i18n, String id, javafx.beans.value.ObservableValue<String> key) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(i18n.text(key));
        collapseWhenEmpty(error);
        return error;
    }

    /** A label that takes no room while it has nothing to say (errors, optional details). */
    public static void collapseWhenEmpty(Labeled label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /**
     * Cells whose text is a binding of the item, so a ComboBox re-labels its items and its button
     * when the language changes.
     */
    public static <T> void localizedCells(ComboBox<T> combo, Function<T, StringBinding> text) {
        combo.setCellFactory(lv -> new LocalizedCell<>(text));
        combo.setButtonCell(new LocalizedCell<>(text));
    }

    private static final class LocalizedCell<T> extends ListCell<T> {
        private final Function<T, StringBinding> text;

        LocalizedCell(Function<T, StringBinding> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            textProperty().unbind();
            if (empty || item == null) {
                setText("");
            } else {
                textProperty().bind(text.apply(item));
            }
        }
    }

    /** {@code control} after its label (the label names it for screen readers), the label never shortened. */
    public static javafx.scene.layout.HBox labelled(I18n i18n, String key, javafx.scene.Node control) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.setLabelFor(control);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, label, control);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }
}
