package pe.macexpress.desk.ui.common;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/** Buttons a finger can hit (44 px) whose text is never cut: wider text, wider button. */
public final class TouchButtons {
    /** The smallest touch target, in pixels (WCAG 2.5.5). */
    public static final double TARGET = 44;

    private TouchButtons() {
    }

    /** A button reading {@code key} in the advisor's language, following it live. */
    public static Button of(I18n i18n, String id, String key) {
        Button b = new Button();
        b.setId(id);
        b.setMinHeight(TARGET);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.textProperty().bind(i18n.text(key));
        return b;
    }
}
