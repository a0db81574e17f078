package pe.macexpress.desk.testing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;

/** Pressing a button on a small window: a click where it can be seen, else fired (it is below the fold). */
public final class Press {
    private Press() {
    }

    public static void button(FxRobot robot, Scene scene, String query) {
        Node n = robot.lookup(query).query();
        Bounds b = n.localToScene(n.getBoundsInLocal());
        boolean inside = b.getMinY() >= 0 && b.getMaxY() <= scene.getHeight() && b.getMinX() >= 0
                && b.getMaxX() <= scene.getWidth() && clipsNothing(n);
        if (inside) {
            robot.clickOn(n);
        } else {
            robot.interact(() -> ((ButtonBase) n).fire());
        }
    }

    /** Whether no scroll pane between the node and the scene hides it. */
    private static boolean clipsNothing(Node n) {
        Bounds inScene = n.localToScene(n.getBoundsInLocal());
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                Bounds view = sp.localToScene(sp.getLayoutBounds());
                if (inScene.getMinY() < view.getMinY() || inScene.getMaxY() > view.getMaxY()) {
                    return false;
                }
            }
        }
        return true;
    }
}
