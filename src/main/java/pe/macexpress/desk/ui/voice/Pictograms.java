package pe.macexpress.desk.ui.voice;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.transform.Scale;

/**
 * Pictograms drawn with shapes, so they scale to any size and need no image files: the faces of the
 * survey (the mouth carries the answer; colour only helps) and one sign per driver of satisfaction.
 * Each is drawn in a 100 × 100 box and scaled to {@code size}.
 */
public final class Pictograms {
    private static final Color INK = Color.web("#1d2733");
    /** Red to green; never the only cue (the mouth is), and each face keeps a dark outline and features. */
    private static final Color[] FACE = {Color.web("#e8796f"), Color.web("#f2a65a"), Color.web("#f5d65b"),
            Color.web("#a9d86e"), Color.web("#5cc17a")};

    private Pictograms() {
    }

    /**
     * Face {@code value} of {@code scale} (1 = very unhappy … scale = very happy): a deep frown with
     * sad brows (raised inside), a slight frown, a straight mouth, a smile, a wide open smile.
     */
    public static Pane face(int value, int scale, double size) {
        int v = scale == 5 ? value : 1 + Math.round((value - 1) * 4f / Math.max(1, scale - 1));
        Circle head = new Circle(50, 50, 46, FACE[v - 1]);
        head.setStroke(INK);
        head.setStrokeWidth(4);
        Circle left = new Circle(34, 40, 6, INK);
        Circle right = new Circle(66, 40, 6, INK);
        Group g = new Group(head, left, right);
        switch (v) {
            case 1 -> {
                g.getChildren().add(line("M 22 33 L 40 26 M 78 33 L 60 26", 4));
                g.getChildren().add(line("M 28 78 Q 50 52 72 78", 6));
            }
            case 2 -> g.getChildren().add(line("M 30 74 Q 50 62 70 74", 6));
            case 3 -> g.getChildren().add(line("M 30 69 L 70 69", 6));
            case 4 -> g.getChildren().add(line("M 30 64 Q 50 80 70 64", 6));
            default -> {
                SVGPath mouth = new SVGPath();
                mouth.setContent("M 26 60 Q 50 92 74 60 Z");
                mouth.setFill(INK);
                mouth.setStroke(INK);
                mouth.setStrokeWidth(3);
                g.getChildren().add(mouth);
            }
        }
        return sized(g, size);
    }

    /** The sign of a driver ({@link pe.macexpress.desk.contract.SurveyContent#DRIVERS}). */
    public static Pane driver(String code, double size) {
        Group g = switch (code) {
            // Treatment: two people facing each other, a heart between them.
            case "tr" -> new Group(filled(new Circle(24, 30, 11)), filled(new Circle(76, 30, 11)),
                    filled(path("M 8 80 Q 8 46 24 46 Q 40 46 40 80 Z")), filled(path("M 60 80 Q 60 46 76 46 Q 92 46 92 80 Z")),
                    red(path("M 50 62 C 40 52 40 42 50 46 C 60 42 60 52 50 62 Z")));
            // Information: an "i" in a round sign.
            case "in" -> new Group(outlined(new Circle(50, 50, 42)), filled(new Circle(50, 28, 7)),
                    filled(path("M 43 40 L 57 40 L 57 78 L 43 78 Z")));
            // Time: a clock.
            case "ti" -> new Group(outlined(new Circle(50, 50, 42)), line("M 50 50 L 50 22 M 50 50 L 70 62", 7));
            // Outcome: a sheet with a tick.
            case "ou" -> new Group(outlined(path("M 22 8 L 66 8 L 80 22 L 80 92 L 22 92 Z")),
                    green(line("M 34 54 L 46 68 L 70 36", 9)));
            // Accessibility: a person on a wheelchair.
            case "ac" -> new Group(filled(new Circle(44, 16, 9)), line("M 44 28 L 44 58 L 70 58 L 78 82", 8),
                    line("M 44 40 L 64 40", 7), outlined(path("M 30 52 A 22 22 0 1 0 62 80")));
            // Trust: a shield with a tick.
            default -> new Group(outlined(path("M 50 6 L 88 20 Q 88 70 50 94 Q 12 70 12 20 Z")),
                    green(line("M 32 50 L 45 64 L 70 36", 9)));
        };
        return sized(g, size);
    }

    /** A heart: the compliment. */
    public static Pane heart(double size) {
        SVGPath p = path("M 50 88 C 10 60 4 36 18 20 C 32 6 48 14 50 28 C 52 14 68 6 82 20 C 96 36 90 60 50 88 Z");
        p.setFill(Color.web("#c8232c"));
        p.setStroke(INK);
        p.setStrokeWidth(4);
        return sized(new Group(p), size);
    }

    /** A light bulb: the suggestion. */
    public static Pane bulb(double size) {
        SVGPath glass = path("M 50 8 C 24 8 14 30 22 48 C 28 60 36 64 36 74 L 64 74 C 64 64 72 60 78 48 C 86 30 76 8 50 8 Z");
        glass.setFill(Color.web("#f5d65b"));
        glass.setStroke(INK);
        glass.setStrokeWidth(4);
        return sized(new Group(glass, line("M 38 82 L 62 82 M 42 92 L 58 92", 6)), size);
    }

    private static Pane sized(Group g, double size) {
        g.getTransforms().add(new Scale(size / 100, size / 100, 0, 0));
        Pane p = new Pane(g);
        p.setMinSize(size, size);
        p.setPrefSize(size, size);
        p.setMaxSize(size, size);
        p.setMouseTransparent(true);
        return p;
    }

    private static SVGPath path(String d) {
        SVGPath p = new SVGPath();
        p.setContent(d);
        return p;
    }

    private static Shape line(String d, double width) {
        SVGPath p = path(d);
        p.setFill(null);
        p.setStroke(INK);
        p.setStrokeWidth(width);
        p.setStrokeLineCap(StrokeLineCap.ROUND);
        return p;
    }

    private static Node filled(Shape s) {
        s.setFill(INK);
        return s;
    }

    private static Node outlined(Shape s) {
        s.setFill(Color.WHITE);
        s.setStroke(INK);
        s.setStrokeWidth(7);
        return s;
    }

    private static Node red(Shape s) {
        s.setFill(Color.web("#c8232c"));
        return s;
    }

    private static Node green(Shape s) {
        s.setStroke(Color.web("#1f7a3a"));
        return s;
    }
}
