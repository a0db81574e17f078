package pe.macexpress.desk.pictogram;

import java.util.List;
import java.util.Objects;

/**
 * A pictogram as data: marks drawn in order in a 100 × 100 box (y downwards), so the screen (JavaFX)
 * and the paper (PDFBox) draw the very same paths. Path data is a subset of SVG's that both can read:
 * absolute {@code M L H V C Q Z} only (see {@link PathData}).
 *
 * @param name what it shows, for tests and for messages to developers (never shown to the citizen)
 */
public record Drawing(String name, List<Mark> marks) {

    /** The side of the box every drawing is drawn in. */
    public static final double BOX = 100;

    public Drawing {
        Objects.requireNonNull(name);
        marks = List.copyOf(marks);
    }

    /**
     * One path: filled, outlined, or both.
     *
     * @param fill colour as {@code #rrggbb}, or null for none
     * @param stroke colour as {@code #rrggbb}, or null for none
     * @param width the outline's width in box units
     * @param round round caps and joins (lines drawn with a pen), else mitred
     */
    public record Mark(String path, String fill, String stroke, double width, boolean round) {
        public Mark {
            Objects.requireNonNull(path);
            PathData.parse(path); // fails early on a typo in the data
        }
    }
}
