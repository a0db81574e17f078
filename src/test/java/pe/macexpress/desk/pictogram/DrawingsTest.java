package pe.macexpress.desk.pictogram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.procedure.NextStep;

/** The pictograms' data: readable by both renderers, distinct, and with WCAG non-text contrast. */
class DrawingsTest {

    static double contrast(String a, String b) {
        return pe.macexpress.desk.testing.Contrast.ratio(a, b);
    }

    @Test
    void everyOutlineAndEveryDarkShapeStandsOutAtLeastThreeToOneFromWhatItIsDrawnOn() {
        for (Drawing d : Drawings.all()) {
            List<Drawing.Mark> marks = d.marks();
            assertEquals(Drawings.WHITE, marks.get(0).fill(), d.name() + " starts with its white plate");
            for (Drawing.Mark m : marks.subList(1, marks.size())) {
                if (m.stroke() != null) {
                    assertTrue(contrast(m.stroke(), Drawings.WHITE) >= 3, d.name() + " outline on the plate");
                    if (m.fill() != null && !m.fill().equals(m.stroke())) { // else a solid dark shape
                        assertTrue(contrast(m.stroke(), m.fill()) >= 3, d.name() + " outline on its own fill " + m.fill());
                    }
                } else {
                    assertTrue(contrast(m.fill(), Drawings.WHITE) >= 3, d.name() + ": a shape with no outline is dark");
                }
            }
        }
    }

    @Test
    void everyPictogramIsItsOwnAndEveryKindHasOne() {
        List<Drawing> all = Drawings.all();
        assertEquals(Drawings.FAMILIES.size() + 1 + OutcomeType.values().length + NextStep.Kind.values().length, all.size());
        Set<String> names = new HashSet<>();
        Set<List<Drawing.Mark>> shapes = new HashSet<>();
        for (Drawing d : all) {
            assertTrue(names.add(d.name()), "twice: " + d.name());
            assertTrue(shapes.add(d.marks()), "same drawing as another: " + d.name());
        }
        assertEquals(Drawings.family("no-such-id"), Drawings.family(null));
        assertEquals("family-unknown", Drawings.family("no-such-id").name());
        assertEquals("picto.family.unknown", Drawings.familyKey("no-such-id"));
        assertEquals("picto.family.programas.sociales", Drawings.familyKey("programas-sociales"));
    }

    @Test
    void everyMarkStaysInsideItsBox() {
        for (Drawing d : Drawings.all()) {
            for (Drawing.Mark m : d.marks()) {
                for (PathData.Segment s : PathData.parse(m.path())) {
                    double[] xy = s instanceof PathData.Move v ? new double[] {v.x(), v.y()}
                            : s instanceof PathData.Line v ? new double[] {v.x(), v.y()}
                            : s instanceof PathData.Curve v ? new double[] {v.x(), v.y()}
                            : new double[] {50, 50};
                    assertTrue(xy[0] >= 0 && xy[0] <= 100 && xy[1] >= 0 && xy[1] <= 100, d.name() + " " + m.path());
                }
            }
        }
    }

    @Test
    void pathDataReadsTheCommandsBothRenderersShareAndRefusesTheRest() {
        List<PathData.Segment> s = PathData.parse("M 0 0 H 10 V 20 L 5,5 Q 10 0 20 0 C 1 2 3 4 5 6 Z");
        assertEquals(new PathData.Move(0, 0), s.get(0));
        assertEquals(new PathData.Line(10, 0), s.get(1));
        assertEquals(new PathData.Line(10, 20), s.get(2));
        assertEquals(new PathData.Line(5, 5), s.get(3));
        // Q (from 5,5 via 10,0 to 20,0) becomes the cubic with control points two thirds of the way to Q's.
        PathData.Curve q = (PathData.Curve) s.get(4);
        assertEquals(5 + 2.0 / 3 * 5, q.x1(), 1e-9);
        assertEquals(5 - 2.0 / 3 * 5, q.y1(), 1e-9);
        assertEquals(20 + 2.0 / 3 * -10, q.x2(), 1e-9);
        assertEquals(0, q.y2(), 1e-9);
        assertEquals(new PathData.Curve(1, 2, 3, 4, 5, 6), s.get(5));
        assertEquals(new PathData.Close(), s.get(6));
        assertEquals(List.of(new PathData.Move(1, 2), new PathData.Line(3, -4)), PathData.parse("M 1 2 3-4"));
        assertThrows(IllegalArgumentException.class, () -> PathData.parse("m 1 2"));
        assertThrows(IllegalArgumentException.class, () -> PathData.parse("M 1 2 A 5 5 0 0 1 3 4"));
        assertThrows(IllegalArgumentException.class, () -> PathData.parse("L 1 2"));
        assertThrows(IllegalArgumentException.class, () -> PathData.parse("M 1"));
    }
}
