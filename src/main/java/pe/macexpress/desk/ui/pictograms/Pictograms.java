package pe.macexpress.desk.ui.pictograms;

import javafx.scene.AccessibleRole;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.pictogram.Drawing;
import pe.macexpress.desk.pictogram.Drawings;
import pe.macexpress.desk.procedure.NextStep;

/**
 * The pictograms of {@link Drawings} as JavaFX nodes: the same path data the receipt's PDF draws,
 * scaled from its 100 × 100 box to {@code size} pixels. Each node carries its name as accessible text
 * in the language asked for (the citizen's, where the citizen looks), and is mouse-transparent: the
 * control it sits in takes the touch.
 */
public final class Pictograms {
    /** The style class of every pictogram node. */
    public static final String STYLE_CLASS = "pictogram";

    private Pictograms() {
    }

    /** A procedure family (a catalogue life event's id; an unknown id gets the fallback folder). */
    public static Pane family(Localization text, String tag, String lifeEventId, double size) {
        return named(Drawings.family(lifeEventId), text.text(tag, Drawings.familyKey(lifeEventId)), size);
    }

    public static Pane outcome(Localization text, String tag, OutcomeType type, double size) {
        return named(Drawings.outcome(type), text.text(tag, Drawings.outcomeKey(type)), size);
    }

    public static Pane step(Localization text, String tag, NextStep.Kind kind, double size) {
        return named(Drawings.step(kind), text.text(tag, kind.messageKey()), size);
    }

    /** Any drawing, with its accessible name. */
    public static Pane named(Drawing drawing, String accessibleText, double size) {
        Pane p = draw(drawing, size);
        p.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        p.setAccessibleText(accessibleText);
        return p;
    }

    /** The drawing alone, {@code size} × {@code size} pixels, no accessible name. */
    public static Pane draw(Drawing drawing, double size) {
        Group g = new Group();
        for (Drawing.Mark m : drawing.marks()) {
            SVGPath path = new SVGPath();
            path.setContent(m.path());
            path.setFill(m.fill() == null ? null : Color.web(m.fill()));
            if (m.stroke() != null) {
                path.setStroke(Color.web(m.stroke()));
                path.setStrokeWidth(m.width());
                path.setStrokeLineCap(m.round() ? StrokeLineCap.ROUND : StrokeLineCap.SQUARE);
                path.setStrokeLineJoin(m.round() ? StrokeLineJoin.ROUND : StrokeLineJoin.MITER);
            }
            g.getChildren().add(path);
        }
        g.getTransforms().add(new Scale(size / Drawing.BOX, size / Drawing.BOX, 0, 0));
        // Strokes reach a little outside the box: clip to it, the layout sees exactly size × size.
        g.setManaged(false);
        Pane p = new Pane(g);
        p.getStyleClass().add(STYLE_CLASS);
        p.setId(null);
        p.setMinSize(size, size);
        p.setPrefSize(size, size);
        p.setMaxSize(size, size);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle(size, size);
        p.setClip(clip);
        p.setMouseTransparent(true);
        p.setFocusTraversable(false);
        return p;
    }
}
