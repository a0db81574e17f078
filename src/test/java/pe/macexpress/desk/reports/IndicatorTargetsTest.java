package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.i18n.Localization;

/** Issue 14 (indicators): what a supervisor types for a baseline and targets is checked, with messages in both languages. */
class IndicatorTargetsTest {
    private static final IndicatorDefinition.Unit MIN = IndicatorDefinition.Unit.MINUTES;

    @Test
    void aYearABaselineAndFourTargetsAreAcceptedWithPointOrComma() {
        IndicatorTargets.Parsed p = IndicatorTargets.parse(MIN, "2025", "18,5", List.of("30", "25.5", "20", "15"));
        assertTrue(p.ok(), p.errorKey());
        IndicatorTargets t = p.targets();
        assertEquals(2025, t.baselineYear());
        assertEquals(OptionalDouble.of(18.5), t.baseline());
        assertEquals(OptionalDouble.of(25.5), t.targetFor(2027));
        assertEquals(2029, t.targetYear(3));
        assertTrue(t.targetFor(2025).isEmpty(), "the baseline year has no target");
        assertTrue(t.targetFor(2030).isEmpty(), "only the four years after the baseline");
        assertTrue(t.complete());
    }

    @Test
    void eachMistakeHasItsOwnMessage() {
        assertEquals("indicator.error.year", IndicatorTargets.parse(MIN, "25", "1", List.of("1", "1", "1", "1")).errorKey());
        assertEquals("indicator.error.year", IndicatorTargets.parse(MIN, "2205", "1", List.of("1", "1", "1", "1")).errorKey());
        assertEquals("indicator.error.year", IndicatorTargets.parse(MIN, "dos mil", "1", List.of("1", "1", "1", "1")).errorKey());
        assertEquals("indicator.error.baseline", IndicatorTargets.parse(MIN, "2025", "", List.of("1", "1", "1", "1")).errorKey());
        assertEquals("indicator.error.baseline", IndicatorTargets.parse(MIN, "2025", "-3", List.of("1", "1", "1", "1")).errorKey());
        assertEquals("indicator.error.target.count", IndicatorTargets.parse(MIN, "2025", "1", List.of("1", "1", "1")).errorKey());
        IndicatorTargets.Parsed third = IndicatorTargets.parse(MIN, "2025", "1", List.of("1", "1", "x", "1"));
        assertEquals("indicator.error.target", third.errorKey());
        assertEquals("2028", third.errorArgs().get(0), "names the year of the wrong target");
        IndicatorTargets.Parsed share = IndicatorTargets.parse(IndicatorDefinition.Unit.PERCENT, "2025", "101",
                List.of("1", "1", "1", "1"));
        assertFalse(share.ok(), "a percentage above 100 is refused");
        assertEquals("100", share.errorArgs().get(0));
    }

    @Test
    void theMessagesReadInSpanishAndQuechuaWithTheirNumbers() {
        Localization l = Localization.bundledOnly();
        IndicatorTargets.Parsed p = IndicatorTargets.parse(MIN, "2025", "1", List.of("1", "1", "x", "1"));
        String es = l.text("es", p.errorKey(), p.errorArgs().toArray());
        String qu = l.text("qu", p.errorKey(), p.errorArgs().toArray());
        assertTrue(es.contains("2028"), es);
        assertTrue(qu.contains("2028"), qu);
        assertFalse(es.equals(qu));
        String year = l.text("es", "indicator.error.year",
                IndicatorTargets.parse(MIN, "1", "1", List.of("1", "1", "1", "1")).errorArgs().toArray());
        assertTrue(year.contains("2000") && year.contains("2096"), "years without thousands separators: " + year);
    }
}
