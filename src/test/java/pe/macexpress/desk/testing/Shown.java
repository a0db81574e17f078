package pe.macexpress.desk.testing;

import javafx.scene.Node;
import org.testfx.api.FxRobot;

/** Whether a node of the desk is on screen, as UI tests ask it. */
public final class Shown {
    private Shown() {
    }

    /** The node exists, is in a scene and is itself visible (its parents are not asked). */
    public static boolean node(FxRobot robot, String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }

    /** The node exists, is in a scene, and neither it nor any parent is hidden (a list behind a detail is not). */
    public static boolean really(FxRobot robot, String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        if (n == null || n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
