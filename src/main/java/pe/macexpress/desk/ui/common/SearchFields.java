package pe.macexpress.desk.ui.common;

import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.CustomTextField;
import org.controlsfx.control.textfield.TextFields;

/**
 * Search boxes with a clear button (ControlsFX): the "×" shows while there is text and empties the
 * field with one touch, keeping the focus there. Use it for every search on the desk (follow-up,
 * code look-up, history, the procedure choice) so they look and behave alike.
 */
public final class SearchFields {
    private SearchFields() {
    }

    /** A text field with a clear button at its right; style class {@code search-field}. */
    public static TextField clearable() {
        TextField field = TextFields.createClearableTextField();
        field.getStyleClass().add("search-field");
        return field;
    }

    /** The clear button's node ({@code .clear-button}) of a field made by {@link #clearable()}, for tests. */
    public static javafx.scene.Node clearButton(TextField field) {
        return field instanceof CustomTextField custom ? custom.getRight() : null;
    }
}
