package pe.macexpress.desk.pictogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.pictogram.Drawing.Mark;
import pe.macexpress.desk.procedure.NextStep;

/**
 * Every pictogram of the desk's citizen-facing parts, self-drawn (no icon set): one per procedure
 * family (the catalogue's life events, with a fallback), per outcome and per next step. Each is a
 * dark outline ({@link #INK}) on light fills over a white plate, so it reads on any background and
 * its shape, never its colour alone, carries the meaning (a tick, an hourglass, an arrow, a cross).
 * Drawn with thick strokes so that each still reads at 32 px.
 */
public final class Drawings {
    public static final String INK = "#1d2733";
    public static final String WHITE = "#ffffff";
    static final String BLUE = "#d6e6f5";
    static final String GREEN = "#d8f0dc";
    static final String YELLOW = "#ffe8b0";
    static final String PINK = "#f8d4d4";
    static final String TAN = "#ecd9b8";
    static final String GREY = "#e3e8ee";
    static final String GOLD = "#f5d65b";
    /** Light enough that the dark outline stands out from it (3:1), red enough to read as a heart. */
    static final String RED = "#e8796f";
    static final String OK_INK = "#145a21";
    static final String BAD_INK = "#7a0d0d";
    static final String WARN_INK = "#6b4500";

    /** The catalogue's life events that have their own pictogram; any other id gets {@link #UNKNOWN_FAMILY}. */
    public static final List<String> FAMILIES = List.of("identidad", "familia", "salud", "programas-sociales",
            "trabajo", "educacion", "negocio", "viaje", "otros");
    public static final String UNKNOWN_FAMILY = "unknown";

    private Drawings() {
    }

    /** The message key of a family's pictogram's name: "picto.family.programas.sociales", or the fallback's. */
    public static String familyKey(String lifeEventId) {
        String id = lifeEventId != null && FAMILIES.contains(lifeEventId) ? lifeEventId : UNKNOWN_FAMILY;
        return "picto.family." + id.replace('-', '.');
    }

    /** The message key of an outcome's pictogram's name: the outcome's own name. */
    public static String outcomeKey(OutcomeType type) {
        return type.messageKey();
    }

    /** Every message key a pictogram's name may use (for the bundles' consistency check). */
    public static List<String> messageKeys() {
        List<String> keys = new ArrayList<>();
        FAMILIES.forEach(f -> keys.add(familyKey(f)));
        keys.add(familyKey(UNKNOWN_FAMILY));
        for (NextStep.Kind k : NextStep.Kind.values()) {
            keys.add(k.messageKey());
            keys.addAll(k.sentenceKeys());
        }
        return keys;
    }

    /** The pictogram of a procedure family (a life event's id); an unknown id gets a folder. */
    public static Drawing family(String lifeEventId) {
        String id = lifeEventId == null ? UNKNOWN_FAMILY : lifeEventId;
        return switch (id) {
            // An identity card: photo and lines.
            case "identidad" -> drawing("family-identidad",
                    outlined(roundRect(8, 22, 84, 58, 8), BLUE, 5),
                    filled(circle(30, 43, 8), INK),
                    filled("M 17 71 Q 17 55 30 55 Q 43 55 43 71 Z", INK),
                    pen("M 54 40 H 82 M 54 52 H 82 M 54 64 H 72", INK, 5));
            // Two adults and a child in front.
            case "familia" -> drawing("family-familia",
                    filled(circle(28, 22, 10), INK),
                    outlined("M 12 90 L 12 50 Q 12 37 28 37 Q 44 37 44 50 L 44 90 Z", BLUE, 5),
                    filled(circle(72, 22, 10), INK),
                    outlined("M 56 90 L 56 50 Q 56 37 72 37 Q 88 37 88 50 L 88 90 Z", PINK, 5),
                    filled(circle(50, 55, 8), INK),
                    outlined("M 37 94 L 37 77 Q 37 67 50 67 Q 63 67 63 77 L 63 94 Z", YELLOW, 5));
            // The health cross.
            case "salud" -> drawing("family-salud",
                    outlined("M 37 8 H 63 V 37 H 92 V 63 H 63 V 92 H 37 V 63 H 8 V 37 H 37 Z", PINK, 6));
            // A hand holding out a heart: help from the State.
            case "programas-sociales" -> drawing("family-programas-sociales",
                    heart(50, 4, 1.0),
                    hand(0));
            // A briefcase.
            case "trabajo" -> drawing("family-trabajo",
                    pen("M 36 32 V 22 Q 36 15 43 15 H 57 Q 64 15 64 22 V 32", INK, 7),
                    outlined(roundRect(8, 32, 84, 56, 8), TAN, 5),
                    pen("M 8 54 H 92", INK, 5),
                    filled(rect(43, 47, 14, 14), INK));
            // A graduation cap.
            case "educacion" -> drawing("family-educacion",
                    outlined("M 24 44 V 68 Q 50 84 76 68 V 44 Z", BLUE, 5),
                    outlined("M 50 14 L 95 36 L 50 58 L 5 36 Z", INK, 5),
                    pen("M 84 42 V 68", INK, 5),
                    outlined(circle(84, 73, 6), GOLD, 4));
            // A shop with its awning.
            case "negocio" -> drawing("family-negocio",
                    outlined(rect(14, 36, 72, 54), YELLOW, 5),
                    outlined("M 6 36 L 16 10 H 84 L 94 36 Z", PINK, 5),
                    pen("M 35 10 L 31 36 M 50 10 V 36 M 65 10 L 69 36", INK, 4),
                    filled(rect(42, 58, 16, 32), INK),
                    outlined(rect(20, 48, 16, 16), BLUE, 4),
                    outlined(rect(64, 48, 16, 16), BLUE, 4));
            // An aeroplane seen from above.
            case "viaje" -> drawing("family-viaje",
                    outlined("M 50 4 Q 57 4 57 15 L 57 38 L 94 60 L 94 70 L 57 59 L 57 80 L 70 89 L 70 96"
                            + " L 50 91 L 30 96 L 30 89 L 43 80 L 43 59 L 6 70 L 6 60 L 43 38 L 43 15 Q 43 4 50 4 Z",
                            BLUE, 5));
            // "More": three dots in a ring.
            case "otros" -> drawing("family-otros",
                    outlined(circle(50, 50, 43), GREY, 5),
                    filled(circle(28, 50, 8), INK),
                    filled(circle(50, 50, 8), INK),
                    filled(circle(72, 50, 8), INK));
            // Anything else: a folder.
            default -> drawing("family-unknown",
                    outlined("M 8 22 H 38 L 46 31 H 92 V 84 H 8 Z", YELLOW, 5),
                    pen("M 8 40 H 92", INK, 4));
        };
    }

    /** The pictogram of an outcome: a tick, an hourglass, an arrow onwards, a cross. */
    public static Drawing outcome(OutcomeType type) {
        return switch (type) {
            case ATENDIDO -> drawing("outcome-atendido",
                    outlined(circle(50, 50, 44), GREEN, 5),
                    pen("M 27 52 L 43 68 L 74 33", OK_INK, 12));
            case PENDIENTE -> drawing("outcome-pendiente",
                    outlined("M 30 12 Q 30 40 46 50 Q 30 60 30 88 H 70 Q 70 60 54 50 Q 70 40 70 12 Z", YELLOW, 5),
                    filled("M 37 86 Q 50 66 63 86 Z", WARN_INK),
                    filled("M 38 28 H 62 Q 57 40 50 44 Q 43 40 38 28 Z", WARN_INK),
                    pen("M 22 10 H 78 M 22 90 H 78", INK, 8));
            case DERIVADO -> drawing("outcome-derivado",
                    outlined(circle(50, 50, 44), BLUE, 5),
                    pen("M 22 50 H 72 M 54 31 L 74 50 L 54 69", INK, 11));
            case NO_ATENDIDO -> drawing("outcome-no-atendido",
                    outlined(circle(50, 50, 44), PINK, 5),
                    pen("M 32 32 L 68 68 M 68 32 L 32 68", BAD_INK, 12));
        };
    }

    /** The pictogram of a next step. */
    public static Drawing step(NextStep.Kind kind) {
        return switch (kind) {
            // A calendar and an arrow coming back.
            case COME_BACK -> drawing("step-come-back",
                    outlined(rect(6, 16, 60, 62), WHITE, 5),
                    filled(rect(6, 16, 60, 15), INK),
                    pen("M 20 8 V 22 M 52 8 V 22", INK, 6),
                    filled(rect(14, 39, 10, 9), INK), filled(rect(31, 39, 10, 9), INK), filled(rect(48, 39, 10, 9), INK),
                    filled(rect(14, 56, 10, 9), INK), filled(rect(31, 56, 10, 9), INK),
                    pen("M 82 28 Q 98 88 50 90", INK, 8),
                    pen("M 61 80 L 49 90 L 61 98", INK, 8));
            // The bank (columns under a roof) and a coin.
            case PAY_AT_BANK -> drawing("step-pay-at-bank",
                    outlined("M 6 30 L 50 7 L 94 30 Z", GREY, 5),
                    outlined(rect(13, 34, 10, 38), WHITE, 4), outlined(rect(33, 34, 10, 38), WHITE, 4),
                    outlined(rect(53, 34, 10, 38), WHITE, 4),
                    outlined(rect(6, 74, 70, 12), GREY, 5),
                    outlined(circle(76, 74, 20), GOLD, 5),
                    pen("M 83 66 Q 70 61 69 70 Q 69 76 77 76 Q 86 77 84 84 Q 79 89 69 84", INK, 5));
            // A card held out in a hand.
            case BRING_DOCUMENT -> drawing("step-bring-document",
                    outlined(roundRect(18, 6, 64, 44, 6), BLUE, 5),
                    filled(circle(34, 22, 6), INK),
                    filled("M 24 42 Q 24 31 34 31 Q 44 31 44 42 Z", INK),
                    pen("M 54 20 H 72 M 54 33 H 72", INK, 5),
                    hand(0));
            // A mobile phone ringing.
            case WAIT_FOR_CALL -> drawing("step-wait-for-call",
                    outlined(roundRect(22, 6, 44, 88, 8), GREY, 5),
                    outlined(rect(29, 17, 30, 56), WHITE, 3),
                    filled(circle(44, 84, 4), INK),
                    pen("M 74 34 Q 82 44 74 54 M 83 24 Q 97 44 83 64", INK, 5));
            // A building and an arrow going to it.
            case GO_TO_OFFICE -> drawing("step-go-to-office",
                    outlined(rect(44, 12, 48, 80), BLUE, 5),
                    filled(rect(52, 22, 10, 10), INK), filled(rect(74, 22, 10, 10), INK),
                    filled(rect(52, 40, 10, 10), INK), filled(rect(74, 40, 10, 10), INK),
                    filled(rect(52, 58, 10, 10), INK), filled(rect(74, 58, 10, 10), INK),
                    filled(rect(61, 76, 14, 16), INK),
                    pen("M 6 56 H 32 M 20 42 L 34 56 L 20 70", INK, 8));
            // A ticked box: nothing more to do.
            case DONE -> drawing("step-done",
                    outlined(roundRect(10, 10, 80, 80, 12), GREEN, 5),
                    pen("M 26 52 L 44 70 L 76 31", OK_INK, 12));
            // The receipt: a sheet with lines and its QR code.
            case KEEP_RECEIPT -> drawing("step-keep-receipt",
                    outlined("M 20 5 H 66 L 80 19 V 95 H 20 Z", WHITE, 5),
                    pen("M 66 5 V 19 H 80", INK, 4),
                    pen("M 30 28 H 56 M 30 40 H 70 M 30 52 H 70", INK, 5),
                    outlined(rect(30, 62, 26, 26), WHITE, 3),
                    filled(rect(33, 65, 9, 9), INK), filled(rect(44, 76, 9, 9), INK), filled(rect(33, 78, 7, 7), INK),
                    filled(rect(46, 65, 6, 6), INK));
        };
    }

    /** Every pictogram, families first (with the fallback), then outcomes, then next steps. */
    public static List<Drawing> all() {
        List<Drawing> all = new ArrayList<>();
        FAMILIES.forEach(f -> all.add(family(f)));
        all.add(family(UNKNOWN_FAMILY));
        for (OutcomeType t : OutcomeType.values()) {
            all.add(outcome(t));
        }
        for (NextStep.Kind k : NextStep.Kind.values()) {
            all.add(step(k));
        }
        return all;
    }

    // ----- building blocks

    private static Drawing drawing(String name, Object... parts) {
        List<Mark> marks = new ArrayList<>();
        // The plate: a white ground, so the dark outlines keep their contrast on a coloured tile.
        marks.add(new Mark(roundRect(0, 0, 100, 100, 18), WHITE, null, 0, false));
        for (Object p : parts) {
            if (p instanceof Mark m) {
                marks.add(m);
            } else if (p instanceof Mark[] ms) {
                marks.addAll(List.of(ms));
            }
        }
        return new Drawing(name, marks);
    }

    private static Mark outlined(String path, String fill, double width) {
        return new Mark(path, fill, INK, width, true);
    }

    private static Mark filled(String path, String fill) {
        return new Mark(path, fill, null, 0, false);
    }

    private static Mark pen(String path, String colour, double width) {
        return new Mark(path, null, colour, width, true);
    }

    /** A heart scaled by {@code s} whose top centre is at ({@code cx}, {@code top}). */
    private static Mark heart(double cx, double top, double s) {
        String d = String.format(Locale.ROOT,
                "M %1$.1f %2$.1f C %3$.1f %4$.1f %5$.1f %6$.1f %7$.1f %8$.1f C %9$.1f %10$.1f %1$.1f %11$.1f %1$.1f %12$.1f"
                        + " C %1$.1f %11$.1f %13$.1f %10$.1f %14$.1f %8$.1f C %15$.1f %6$.1f %16$.1f %4$.1f %1$.1f %2$.1f Z",
                cx, top + 50 * s, cx - 25 * s, top + 32 * s, cx - 30 * s, top + 14 * s, cx - 17 * s, top + 5 * s,
                cx - 8 * s, top - 1 * s, top + 4 * s, top + 12 * s, cx + 8 * s, cx + 17 * s, cx + 30 * s,
                cx + 25 * s);
        return new Mark(d, RED, INK, 5, true);
    }

    /** An open hand, palm up, across the bottom of the box (its fingers to the right). */
    private static Mark[] hand(double dy) {
        String palm = String.format(Locale.ROOT,
                "M 4 %1$.1f L 20 %1$.1f Q 34 %2$.1f 50 %3$.1f L 66 %4$.1f Q 74 %5$.1f 68 %6$.1f L 52 %6$.1f"
                        + " L 78 %7$.1f Q 92 %8$.1f 95 %9$.1f Q 97 %10$.1f 90 %11$.1f L 60 95 L 4 95 Z",
                62 + dy, 56 + dy, 60 + dy, 64 + dy, 69 + dy, 76 + dy, 70 + dy, 64 + dy, 70 + dy, 76 + dy, 80 + dy);
        return new Mark[] {outlined(palm, TAN, 5), pen(String.format(Locale.ROOT, "M 20 %1$.1f V 95", 62 + dy), INK, 5)};
    }

    static String rect(double x, double y, double w, double h) {
        return String.format(Locale.ROOT, "M %.1f %.1f H %.1f V %.1f H %.1f Z", x, y, x + w, y + h, x);
    }

    static String roundRect(double x, double y, double w, double h, double r) {
        return String.format(Locale.ROOT,
                "M %1$.1f %2$.1f H %3$.1f Q %4$.1f %2$.1f %4$.1f %5$.1f V %6$.1f Q %4$.1f %7$.1f %3$.1f %7$.1f"
                        + " H %1$.1f Q %8$.1f %7$.1f %8$.1f %6$.1f V %5$.1f Q %8$.1f %2$.1f %1$.1f %2$.1f Z",
                x + r, y, x + w - r, x + w, y + r, y + h - r, y + h, x);
    }

    /** A circle as four cubic curves (what PDF can draw). */
    static String circle(double cx, double cy, double r) {
        double k = 0.5523 * r;
        return String.format(Locale.ROOT,
                "M %1$.2f %2$.2f C %1$.2f %3$.2f %4$.2f %5$.2f %6$.2f %5$.2f C %7$.2f %5$.2f %8$.2f %3$.2f %8$.2f %2$.2f"
                        + " C %8$.2f %9$.2f %7$.2f %10$.2f %6$.2f %10$.2f C %4$.2f %10$.2f %1$.2f %9$.2f %1$.2f %2$.2f Z",
                cx - r, cy, cy - k, cx - k, cy - r, cx, cx + k, cx + r, cy + k, cy + r);
    }
}
