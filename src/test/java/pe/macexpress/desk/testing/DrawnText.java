package pe.macexpress.desk.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a label, button or cell really draws. A Labeled whose skin's text differs from its own text
 * is clipped: JavaFX replaced the end with an ellipsis. Call on the FX thread after a layout pass.
 */
public final class DrawnText {
    private DrawnText() {
    }

    /** The Text a Labeled's skin draws (LabeledText); null before it has a skin. */
    public static Text of(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getClass().getSimpleName().equals("LabeledText")) {
                return t;
            }
        }
        return null;
    }

    /** Whether {@code l} shows less than its text (mnemonic underscores aside). */
    public static boolean clipped(Labeled l) {
        if (l.getText() == null || l.getText().isEmpty() || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
            return false;
        }
        Text drawn = of(l);
        String expected = l.isMnemonicParsing() ? l.getText().replaceFirst("_(?=.)", "") : l.getText();
        return drawn != null && !expected.equals(drawn.getText());
    }

    /** Every visible clipped Labeled under {@code root}, as "id-or-class: drawn text". */
    public static List<String> elided(Node root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node n, List<String> found) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && clipped(l)) {
            found.add((l.getId() == null ? l.getClass().getSimpleName() : l.getId()) + ": " + of(l).getText());
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, found);
            }
        }
    }
}
