package pe.macexpress.desk.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Peru's national non-working holidays (feriados nacionales) of a year: the fixed dates of Ley 27671
 * and later laws, each from the year it first applied, and Holy Thursday and Good Friday, which move
 * with Easter. Regional holidays and one-off "días no laborables" decreed for the public sector are
 * not here: a plazo counted across them ends a day early, never late.
 */
public final class PeruHolidays {
    /** Fixed-date holidays and the first year each was a national holiday. */
    private static final Map<MonthDay, Integer> FIXED = Map.ofEntries(
            Map.entry(MonthDay.of(1, 1), 0),     // Año Nuevo
            Map.entry(MonthDay.of(5, 1), 0),     // Día del Trabajo
            Map.entry(MonthDay.of(6, 7), 2022),  // Batalla de Arica y Día de la Bandera
            Map.entry(MonthDay.of(6, 29), 0),    // San Pedro y San Pablo
            Map.entry(MonthDay.of(7, 23), 2023), // Día de la Fuerza Aérea del Perú (Ley 31788)
            Map.entry(MonthDay.of(7, 28), 0),    // Fiestas Patrias
            Map.entry(MonthDay.of(7, 29), 0),    // Fiestas Patrias
            Map.entry(MonthDay.of(8, 6), 2022),  // Batalla de Junín
            Map.entry(MonthDay.of(8, 30), 0),    // Santa Rosa de Lima
            Map.entry(MonthDay.of(10, 8), 0),    // Combate de Angamos
            Map.entry(MonthDay.of(11, 1), 0),    // Todos los Santos
            Map.entry(MonthDay.of(12, 8), 0),    // Inmaculada Concepción
            Map.entry(MonthDay.of(12, 9), 2022), // Batalla de Ayacucho
            Map.entry(MonthDay.of(12, 25), 0));  // Navidad

    /** Each year's holidays, computed once: a plazo or a list of cases asks about every day it spans. */
    private static final java.util.concurrent.ConcurrentMap<Integer, Set<LocalDate>> BY_YEAR =
            new java.util.concurrent.ConcurrentHashMap<>();

    private PeruHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        return BY_YEAR.computeIfAbsent(year, PeruHolidays::compute);
    }

    private static Set<LocalDate> compute(int year) {
        Set<LocalDate> days = new HashSet<>();
        FIXED.forEach((day, since) -> {
            if (year >= since) {
                days.add(day.atYear(year));
            }
        });
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(3)); // Jueves Santo
        days.add(easter.minusDays(2)); // Viernes Santo
        return Set.copyOf(days);
    }

    public static boolean isHoliday(LocalDate day) {
        return of(day.getYear()).contains(day);
    }

    /** A working day of the public administration: Monday to Friday and not a national holiday. */
    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !isHoliday(day);
    }

    /**
     * The day a plazo of {@code businessDays} working days ends when it starts on {@code start}: the
     * start day itself does not count (as administrative plazos are counted), so 1 business day from
     * a Friday is the next Monday.
     */
    public static LocalDate addBusinessDays(LocalDate start, int businessDays) {
        if (businessDays < 0) {
            throw new IllegalArgumentException("a plazo cannot be negative");
        }
        LocalDate day = start;
        int left = businessDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); negative when {@code to} is earlier. */
    public static int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
