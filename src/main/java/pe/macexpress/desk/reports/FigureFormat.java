package pe.macexpress.desk.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import pe.macexpress.desk.i18n.Localization;

/**
 * Figures as a reader sees them, in one language: counts with thousands separators, minutes and
 * shares with one decimal, and "sin dato" (in that language) for a figure with no source. Peru
 * writes 1,234.5 in Spanish and in Quechua alike (CLDR es-PE), so the digits are the same and only
 * the words change. Machine-readable cells (CSV/XLSX) use {@link #plain} instead.
 */
public final class FigureFormat {
    private static final DecimalFormatSymbols PERU = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("es-PE"));

    private final Localization text;
    private final String language;

    public FigureFormat(Localization text, String language) {
        this.text = text;
        this.language = language;
    }

    public String language() {
        return language;
    }

    /** The text of {@code key} in this language. */
    public String text(String key, Object... args) {
        return text.text(language, key, args);
    }

    /** "sin dato": the figure has no source yet (never shown as zero). */
    public String missing() {
        return text("report.missing");
    }

    /** Issue 14 (monthly report): a day in this language ("2 noviembre 2026"). */
    public String date(java.time.LocalDate day) {
        return text.date(language, day);
    }

    /** Issue 14 (monthly report): a moment in this language, in Peru's time zone. */
    public String dateTime(java.time.Instant at) {
        return text.dateTime(language, at, ReportPeriod.ZONE);
    }

    public String count(long n) {
        return new DecimalFormat("#,##0", PERU).format(n);
    }

    public String decimal(OptionalDouble v) {
        return v.isPresent() ? new DecimalFormat("#,##0.0", PERU).format(v.getAsDouble()) : missing();
    }

    /** "12.5 min", or "sin dato". */
    public String minutes(OptionalDouble v) {
        return v.isPresent() ? text("report.unit.minutes", new DecimalFormat("#,##0.0", PERU).format(v.getAsDouble()))
                : missing();
    }

    /** "85.3 %" of a share, or "sin dato" when there was nothing to count. */
    public String percent(Share share) {
        return percent(share.ratio());
    }

    /** "85.3 %" of a ratio between 0 and 1, or "sin dato". */
    public String percent(OptionalDouble ratio) {
        return ratio.isPresent() ? new DecimalFormat("#,##0.0", PERU).format(ratio.getAsDouble() * 100) + " %"
                : missing();
    }

    public String days(OptionalInt v) {
        if (v.isEmpty()) {
            return missing();
        }
        return v.getAsInt() == 1 ? text("report.unit.day.one") : text("report.unit.days", count(v.getAsInt()));
    }

    /** A value for CSV/XLSX: digits with a point, no separators, at most 4 decimals; "" when missing. */
    public static String plain(OptionalDouble v) {
        if (v.isEmpty()) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v.getAsDouble());
    }

    /** A count for CSV/XLSX. */
    public static String plain(long n) {
        return Long.toString(n);
    }
}
