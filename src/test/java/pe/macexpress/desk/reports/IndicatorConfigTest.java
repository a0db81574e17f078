package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.Store;

/** Issue 14 (indicators): baselines and targets are the resource's until the point saves its own, kept in its database. */
class IndicatorConfigTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsHoldUntilEditedAndAnEditSurvivesReopeningTheDatabase() {
        IndicatorTargets mine = IndicatorTargets.parse(IndicatorDefinition.Unit.MINUTES, "2026", "22",
                List.of("20", "18", "16", "14")).targets();
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            IndicatorConfig config = new IndicatorConfig(store);
            IndicatorDefinition waiting = Indicators.find("waiting_time").orElseThrow();
            assertEquals(waiting.defaults(), config.targets("waiting_time"));
            assertEquals(OptionalDouble.of(30), config.targets("waiting_time").targetFor(2026), "PCM's example: 30 minutes");
            assertFalse(config.edited("waiting_time"));
            config.save("waiting_time", mine);
        }
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            IndicatorConfig config = new IndicatorConfig(store);
            assertTrue(config.edited("waiting_time"));
            assertEquals(mine, config.targets("waiting_time"));
            assertEquals(Indicators.find("handling_time").orElseThrow().defaults(), config.targets("handling_time"),
                    "the others keep their defaults");
            assertEquals(Indicators.all().size(), config.current().size());
        }
    }

    @Test
    void incompleteOrUnknownTargetsAreNeverStoredAndAnUnreadableSettingFallsBackToDefaults() {
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            IndicatorConfig config = new IndicatorConfig(store);
            IndicatorTargets defaults = Indicators.find("attentions_per_month").orElseThrow().defaults();
            assertThrows(IllegalArgumentException.class, () -> config.save("attentions_per_month", defaults));
            assertThrows(IllegalArgumentException.class, () -> config.save("no_such", defaults));
            assertFalse(config.edited("attentions_per_month"));
            store.settings().put(Setting.INDICATOR_TARGETS, "{not json");
            assertEquals(defaults, config.targets("attentions_per_month"));
            store.settings().put(Setting.INDICATOR_TARGETS, "{\"waiting_time\": {\"baselineYear\": \"x\"}}");
            assertEquals(Indicators.find("waiting_time").orElseThrow().defaults(), config.targets("waiting_time"));
        }
    }

    @Test
    void theAuditDetailNamesTheIndicatorAndItsNumbersOnly() {
        IndicatorTargets t = IndicatorTargets.parse(IndicatorDefinition.Unit.PERCENT, "2025", "71.5",
                List.of("75", "80", "85", "90")).targets();
        assertEquals("indicator=satisfaction baseline=2025:71.5 targets=75,80,85,90",
                IndicatorConfig.auditDetail("satisfaction", t));
    }
}
