package pe.macexpress.desk.ui.shell;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl + / Ctrl − / Ctrl 0 make the whole desk's text larger, smaller, or as it was: the shell's font
 * size changes and every size in desk.css (in em) follows it. The sizes are steps around the base 15 px.
 */
public final class FontScale {
    /** Font sizes in px, smallest to largest; {@link #BASE} is the stylesheet's own. */
    public static final List<Integer> SIZES = List.of(13, 14, 15, 16, 18, 20, 22, 24);
    public static final int BASE = 15;

    private final IntegerProperty size = new SimpleIntegerProperty(BASE);

    private FontScale(Parent root) {
        size.addListener((o, was, now) -> root.setStyle(now.intValue() == BASE ? ""
                : "-fx-font-size: " + now.intValue() + "px;"));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            KeyCode c = e.getCode();
            if (c == KeyCode.PLUS || c == KeyCode.ADD || c == KeyCode.EQUALS) {
                step(1);
                e.consume();
            } else if (c == KeyCode.MINUS || c == KeyCode.SUBTRACT) {
                step(-1);
                e.consume();
            } else if (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0) {
                size.set(BASE);
                e.consume();
            }
        });
    }

    /** Installs the keys on {@code root} (the shell), which gets the font size as its inline style. */
    public static FontScale install(Parent root) {
        return new FontScale(root);
    }

    public void step(int steps) {
        int i = SIZES.indexOf(size.get()) + steps;
        size.set(SIZES.get(Math.max(0, Math.min(SIZES.size() - 1, i))));
    }

    /** The font size in px now (to remember it for the workstation). */
    public IntegerProperty sizeProperty() {
        return size;
    }
}
