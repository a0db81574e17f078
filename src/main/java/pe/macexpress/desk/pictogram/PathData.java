package pe.macexpress.desk.pictogram;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the path data of a {@link Drawing}: absolute SVG commands {@code M L H V C Q Z}, numbers
 * separated by spaces or commas. Quadratic curves become cubic ones (what PDF draws), so a reader
 * needs only move, line, cubic curve and close.
 */
public final class PathData {

    /** One drawing command with its end point (and control points for a curve), in box units. */
    public sealed interface Segment permits Move, Line, Curve, Close {
    }

    public record Move(double x, double y) implements Segment {
    }

    public record Line(double x, double y) implements Segment {
    }

    public record Curve(double x1, double y1, double x2, double y2, double x, double y) implements Segment {
    }

    public record Close() implements Segment {
    }

    private PathData() {
    }

    public static List<Segment> parse(String d) {
        List<String> tokens = tokens(d);
        List<Segment> out = new ArrayList<>();
        double cx = 0;
        double cy = 0;
        double sx = 0;
        double sy = 0;
        int i = 0;
        char command = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z') {
                    out.add(new Close());
                    cx = sx;
                    cy = sy;
                    continue;
                }
            } else if (command == 0 || command == 'Z') {
                throw new IllegalArgumentException("path data must start with a command: " + d);
            }
            switch (command) {
                case 'M' -> {
                    cx = num(tokens, i++, d);
                    cy = num(tokens, i++, d);
                    sx = cx;
                    sy = cy;
                    out.add(new Move(cx, cy));
                    command = 'L'; // further pairs are lines, as in SVG
                }
                case 'L' -> {
                    cx = num(tokens, i++, d);
                    cy = num(tokens, i++, d);
                    out.add(new Line(cx, cy));
                }
                case 'H' -> {
                    cx = num(tokens, i++, d);
                    out.add(new Line(cx, cy));
                }
                case 'V' -> {
                    cy = num(tokens, i++, d);
                    out.add(new Line(cx, cy));
                }
                case 'C' -> {
                    double x1 = num(tokens, i++, d);
                    double y1 = num(tokens, i++, d);
                    double x2 = num(tokens, i++, d);
                    double y2 = num(tokens, i++, d);
                    cx = num(tokens, i++, d);
                    cy = num(tokens, i++, d);
                    out.add(new Curve(x1, y1, x2, y2, cx, cy));
                }
                case 'Q' -> {
                    double qx = num(tokens, i++, d);
                    double qy = num(tokens, i++, d);
                    double x = num(tokens, i++, d);
                    double y = num(tokens, i++, d);
                    out.add(new Curve(cx + 2.0 / 3 * (qx - cx), cy + 2.0 / 3 * (qy - cy),
                            x + 2.0 / 3 * (qx - x), y + 2.0 / 3 * (qy - y), x, y));
                    cx = x;
                    cy = y;
                }
                default -> throw new IllegalArgumentException("unsupported path command " + command + ": " + d);
            }
        }
        if (out.isEmpty() || !(out.get(0) instanceof Move)) {
            throw new IllegalArgumentException("path data must start with M: " + d);
        }
        return out;
    }

    private static double num(List<String> tokens, int i, String d) {
        if (i >= tokens.size() || Character.isLetter(tokens.get(i).charAt(0))) {
            throw new IllegalArgumentException("missing number in path data: " + d);
        }
        return Double.parseDouble(tokens.get(i));
    }

    private static List<String> tokens(String d) {
        List<String> tokens = new ArrayList<>();
        StringBuilder number = new StringBuilder();
        for (char c : d.toCharArray()) {
            if (Character.isLetter(c)) {
                flush(number, tokens);
                tokens.add(String.valueOf(c).toUpperCase(Locale.ROOT).equals(String.valueOf(c)) ? String.valueOf(c)
                        : fail(c, d));
            } else if (c == ' ' || c == ',' || c == '\n' || c == '\t') {
                flush(number, tokens);
            } else if (c == '-' && number.length() > 0) {
                flush(number, tokens);
                number.append(c);
            } else {
                number.append(c);
            }
        }
        flush(number, tokens);
        return tokens;
    }

    private static String fail(char c, String d) {
        throw new IllegalArgumentException("relative path command " + c + " is not supported: " + d);
    }

    private static void flush(StringBuilder number, List<String> tokens) {
        if (number.length() > 0) {
            tokens.add(number.toString());
            number.setLength(0);
        }
    }
}
