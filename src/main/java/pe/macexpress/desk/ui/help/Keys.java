package pe.macexpress.desk.ui.help;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import pe.macexpress.desk.core.OutcomeType;

/**
 * The keyboard conventions of every counter screen, installed on the screen's root: Esc goes back,
 * Enter on a focused button presses it, Tab leaves a multi-line field, 1..4 choose the outcome.
 * Filters (not handlers), so a field that consumes the key (a TextFormatter's Esc, a TextArea's
 * Tab) never swallows the convention.
 */
public final class Keys {
    private Keys() {
    }

    /**
     * Puts the focus on {@code node}: now when it is in the scene, else as soon as it is (content of
     * a scroll pane joins the scene with its skin), and again after the next layout pulse, when the
     * scene gives the focus to its first control if the focused one was removed.
     */
    public static void focusSoon(Node node) {
        Runnable focus = () -> {
            if (node.getScene() != null && !node.isDisabled() && node.isVisible() && !node.isFocused()) {
                node.requestFocus();
            }
        };
        if (node.getScene() != null) {
            focus.run();
            afterPulse(node.getScene(), node, focus);
            return;
        }
        javafx.beans.value.ChangeListener<javafx.scene.Scene> joined = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    focus.run();
                    afterPulse(now, node, focus);
                }
            }
        };
        node.sceneProperty().addListener(joined);
    }

    private static void afterPulse(javafx.scene.Scene scene, Node node, Runnable focus) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Node owner = scene.getFocusOwner();
            if (owner == null || owner.getScene() == null || !owner.isVisible() || isHeader(owner, node)) {
                focus.run();
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.runLater(focus);
    }

    /** Whether {@code owner} is outside the screen that holds {@code target} (header, footer). */
    private static boolean isHeader(Node owner, Node target) {
        Node screen = target;
        while (screen.getParent() != null && !screen.getParent().getStyleClass().contains("screen")) {
            screen = screen.getParent();
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == screen || n == screen.getParent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Esc runs {@code back} (null: Esc does nothing here), Enter presses the focused button, Tab
     * and Shift+Tab leave a text area (Ctrl+Tab too, inserting nothing).
     */
    public static void screen(Node screen, Runnable back) {
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && back != null && noModifier(e)) {
                e.consume();
                back.run();
            } else if (e.getCode() == KeyCode.ENTER && noModifier(e) && e.getTarget() instanceof Button b
                    && !b.isDisabled()) {
                e.consume();
                b.fire();
            } else if (e.getCode() == KeyCode.ENTER && noModifier(e)
                    && e.getTarget() instanceof javafx.scene.control.RadioButton) {
                // On a radio choice (the outcome) Enter is the screen's default action.
                screen.lookupAll(".button").stream()
                        .filter(n -> n instanceof Button b && b.isDefaultButton() && !b.isDisabled() && b.isVisible()
                                && b.getScene() != null)
                        .findFirst().ifPresent(n -> {
                            e.consume();
                            ((Button) n).fire();
                        });
            } else if (e.getCode() == KeyCode.TAB && e.getTarget() instanceof TextArea area && noModifier(e)
                    && !e.isShiftDown()) {
                leave(area, e);
            }
        });
    }

    /**
     * Tab out of a text area as its own Ctrl+Tab does (Shift+Tab and Ctrl+Tab already move focus
     * there), never typing a tab character.
     */
    private static void leave(TextArea area, KeyEvent e) {
        e.consume();
        Event.fireEvent(area, new KeyEvent(area, area, KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB,
                false, true, false, false));
    }

    /**
     * Number keys 1..4 (and the keypad's) choose the outcome in its order, unless the focus is in a
     * text field (there they are typed). {@code chosen} is told the outcome (e.g. to focus its detail).
     */
    public static void outcomes(Node screen, ObjectProperty<OutcomeType> outcome, Consumer<OutcomeType> chosen) {
        // The digit that chose is not typed into the detail field the focus moves to.
        boolean[] swallow = new boolean[1];
        screen.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallow[0]) {
                swallow[0] = false;
                e.consume();
            }
        });
        screen.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallow[0] = false);
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl || !noModifier(e)) {
                return;
            }
            int n = number(e.getCode());
            if (n >= 1 && n <= OutcomeType.values().length) {
                e.consume();
                swallow[0] = true;
                OutcomeType t = OutcomeType.values()[n - 1];
                outcome.set(t);
                chosen.accept(t);
            }
        });
    }

    static int number(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            default -> 0;
        };
    }

    private static boolean noModifier(KeyEvent e) {
        return !e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && !e.isShortcutDown();
    }
}
