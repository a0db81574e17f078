package pe.macexpress.desk.core;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Libro de Reclamaciones' number of a complaint: {@code <point id>-<year>-<000001>}. The
 * sequence is the point's own, correlative since the point's first complaint and never restarted
 * (not even in January): the year only tells when it was filed, so a number is unique by its point
 * and sequence alone and a restore or a new year can never issue one twice.
 *
 * @param pointId the service point's id (letters, digits, '-' and '_')
 * @param year the year the complaint was filed
 * @param sequence 1, 2, 3, … per point
 */
public record ComplaintNumber(String pointId, int year, long sequence) {
    /** The whole number as printed and sent; six or more digits of sequence. */
    public static final Pattern FORMAT = Pattern.compile("([A-Za-z0-9_][A-Za-z0-9_-]{0,39})-(\\d{4})-(\\d{6,9})");
    private static final Pattern POINT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,39}");

    public ComplaintNumber {
        if (pointId == null || !POINT.matcher(pointId).matches()) {
            throw new IllegalArgumentException("a complaint number needs a point id of letters, digits, '-' or '_'");
        }
        if (year < 2000 || year > 9999 || sequence < 1 || sequence > 999_999_999L) {
            throw new IllegalArgumentException("complaint number out of range");
        }
    }

    public String text() {
        return pointId + "-" + year + "-" + String.format(java.util.Locale.ROOT, "%06d", sequence);
    }

    public static Optional<ComplaintNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ComplaintNumber(m.group(1), Integer.parseInt(m.group(2)), Long.parseLong(m.group(3))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text();
    }
}
