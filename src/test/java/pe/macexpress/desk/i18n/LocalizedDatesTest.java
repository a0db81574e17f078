package pe.macexpress.desk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** One date format per language, from java.time, with month names from the bundle (the JDK's Quechua has Spanish ones). */
class LocalizedDatesTest {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private final Localization l = Localization.bundledOnly();

    @Test
    void theSameInstantReadsWithEachLanguagesOwnMonthNames() {
        Instant at = Instant.parse("2026-03-02T19:05:00Z"); // 14:05 in Lima
        assertEquals("2 mar 2026, 14:05", l.dateTime("es", at, LIMA));
        assertEquals("2 Pau 2026, 14:05", l.dateTime("qu", at, LIMA), "short (tables, status bar): CLDR's abbreviation");
        assertEquals("2 dic 2026", l.date("es", LocalDate.of(2026, 12, 2)));
        assertEquals("2 Kapaq Raymi 2026", l.date("qu", LocalDate.of(2026, 12, 2)));
        assertEquals("30 Ayamarq'a 2026", l.date("qu", LocalDate.of(2026, 11, 30)), "apostrophe kept");
    }

    @Test
    void noQuechuaDateUsesASpanishMonthName() {
        for (int m = 1; m <= 12; m++) {
            String qu = l.date("qu", LocalDate.of(2026, m, 15));
            String es = l.date("es", LocalDate.of(2026, m, 15));
            assertFalse(qu.equalsIgnoreCase(es), qu);
            String jdk = java.time.format.DateTimeFormatter.ofPattern("MMMM", java.util.Locale.forLanguageTag("qu"))
                    .format(LocalDate.of(2026, m, 15));
            assertFalse(qu.toLowerCase().contains(jdk.toLowerCase()), qu + " uses the JDK's (Spanish) " + jdk);
        }
    }

    @Test
    void aLanguageWithoutDateKeysFallsBackToSpanishFormat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("messages_gn.properties"), "language.name=Avañeʼẽ\n");
        Localization withGuarani = Localization.load(dir);
        assertEquals("2 dic 2026", withGuarani.date("gn", LocalDate.of(2026, 12, 2)));
        assertEquals("2 dic 2026", withGuarani.date("xx", LocalDate.of(2026, 12, 2)), "unknown tag: Spanish");
    }
}
