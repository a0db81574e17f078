package pe.macexpress.desk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeruHolidaysTest {

    @Test
    void easterAndHolyWeekFollowTheComputus() {
        assertEquals(LocalDate.of(2024, 3, 31), PeruHolidays.easterSunday(2024));
        assertEquals(LocalDate.of(2025, 4, 20), PeruHolidays.easterSunday(2025));
        assertEquals(LocalDate.of(2026, 4, 5), PeruHolidays.easterSunday(2026));
        assertEquals(LocalDate.of(2027, 3, 28), PeruHolidays.easterSunday(2027));
        assertTrue(PeruHolidays.isHoliday(LocalDate.of(2026, 4, 2)), "Jueves Santo");
        assertTrue(PeruHolidays.isHoliday(LocalDate.of(2026, 4, 3)), "Viernes Santo");
        assertFalse(PeruHolidays.isHoliday(LocalDate.of(2026, 4, 6)), "Easter Monday is a working day in Peru");
    }

    @Test
    void fixedHolidaysApplyFromTheYearTheLawCreatedThem() {
        assertEquals(16, PeruHolidays.of(2026).size(), "14 fixed + Holy Thursday and Good Friday");
        assertTrue(PeruHolidays.isHoliday(LocalDate.of(2026, 12, 9)), "Batalla de Ayacucho");
        assertFalse(PeruHolidays.isHoliday(LocalDate.of(2021, 12, 9)), "not yet a holiday in 2021");
        assertTrue(PeruHolidays.isHoliday(LocalDate.of(2026, 7, 23)), "Día de la Fuerza Aérea");
        assertFalse(PeruHolidays.isHoliday(LocalDate.of(2022, 7, 23)));
    }

    @Test
    void aPlazoSkipsWeekendsAndHolidaysAndStartsCountingTheNextDay() {
        // Friday 24 July 2026 + 3 business days: Mon 27 (1), Tue 28 and Wed 29 are Fiestas Patrias,
        // Thu 30 (2), Fri 31 (3).
        assertEquals(LocalDate.of(2026, 7, 31), PeruHolidays.addBusinessDays(LocalDate.of(2026, 7, 24), 3));
        // One business day from a Friday is the Monday.
        assertEquals(LocalDate.of(2026, 11, 30), PeruHolidays.addBusinessDays(LocalDate.of(2026, 11, 27), 1));
        // Over 8 and 9 December (two holidays on a Tuesday and Wednesday).
        assertEquals(LocalDate.of(2026, 12, 11), PeruHolidays.addBusinessDays(LocalDate.of(2026, 12, 4), 3));
        assertEquals(LocalDate.of(2026, 12, 4), PeruHolidays.addBusinessDays(LocalDate.of(2026, 12, 4), 0));
        assertThrows(IllegalArgumentException.class, () -> PeruHolidays.addBusinessDays(LocalDate.of(2026, 12, 4), -1));
    }

    @Test
    void businessDaysBetweenIsTheInverseOfAddingThem() {
        LocalDate start = LocalDate.of(2026, 7, 24);
        for (int n = 0; n < 40; n++) {
            LocalDate due = PeruHolidays.addBusinessDays(start, n);
            assertEquals(n, PeruHolidays.businessDaysBetween(start, due), "n=" + n);
            assertEquals(-n, PeruHolidays.businessDaysBetween(due, start), "n=" + n);
        }
    }
}
