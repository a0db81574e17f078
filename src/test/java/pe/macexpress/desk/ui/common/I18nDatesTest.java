package pe.macexpress.desk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.i18n.Localization;

/** The screens' dates follow the current language, with that language's month names. */
class I18nDatesTest {
    @Test
    void switchingTheLanguageSwitchesTheMonthNames() {
        I18n i18n = new I18n(Localization.bundledOnly(), "es");
        Instant at = Instant.parse("2026-08-15T15:30:00Z");
        ZoneId lima = ZoneId.of("America/Lima");
        assertEquals("15 ago 2026, 10:30", i18n.dateTime(at, lima));
        assertEquals("15 ago 2026", i18n.date(at, lima));
        i18n.languageProperty().set(i18n.localization().language("qu"));
        assertEquals("15 Qha 2026, 10:30", i18n.dateTime(at, lima));
        assertEquals("15 Qhapaq Sitwa 2026", i18n.date(LocalDate.of(2026, 8, 15)));
    }
}
