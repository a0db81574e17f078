package pe.macexpress.desk.reports;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The days a report covers, both ends included, in Peru's time zone (the whole country is one
 * zone; cases count their days in it too). {@code kind} only says how the period was chosen, so a
 * screen can step to the previous or next one.
 */
public record ReportPeriod(Kind kind, LocalDate first, LocalDate last) {
    public static final ZoneId ZONE = ZoneId.of("America/Lima");
    /** The longest range a report takes: ten years (a typo like 2205 for 2025 is refused, not scanned). */
    public static final long MAX_DAYS = 3660;

    public enum Kind { DAY, WEEK, MONTH, YEAR, RANGE }

    public ReportPeriod {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new IllegalArgumentException("a period of more than " + MAX_DAYS + " days");
        }
    }

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(Kind.DAY, day, day);
    }

    /** The week (Monday to Sunday) that holds {@code day}. */
    public static ReportPeriod week(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportPeriod(Kind.WEEK, monday, monday.plusDays(6));
    }

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod year(int year) {
        return new ReportPeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static ReportPeriod range(LocalDate first, LocalDate last) {
        return new ReportPeriod(Kind.RANGE, first, last);
    }

    /** The same kind of period around {@code day} (a range keeps its length and starts there). */
    public static ReportPeriod of(Kind kind, LocalDate day) {
        return switch (kind) {
            case DAY -> day(day);
            case WEEK -> week(day);
            case MONTH -> month(YearMonth.from(day));
            case YEAR -> year(day.getYear());
            case RANGE -> range(day, day);
        };
    }

    /** The period before this one, of the same kind and length. */
    public ReportPeriod previous() {
        return switch (kind) {
            case DAY, WEEK, YEAR -> of(kind, first.minusDays(1));
            case MONTH -> month(YearMonth.from(first).minusMonths(1));
            case RANGE -> range(first.minusDays(days()), first.minusDays(1));
        };
    }

    /** The period after this one, of the same kind and length. */
    public ReportPeriod next() {
        return switch (kind) {
            case DAY, WEEK, YEAR -> of(kind, last.plusDays(1));
            case MONTH -> month(YearMonth.from(first).plusMonths(1));
            case RANGE -> range(last.plusDays(1), last.plusDays(days()));
        };
    }

    /** How many days the period has. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The first moment of the period. */
    public Instant start() {
        return first.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The day after the last one (the exclusive end, for tables that keep only a day). */
    public LocalDate dayAfter() {
        return last.plusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
