package pe.macexpress.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The 48 hours of D.S. 016-2024-JUS, counted from when the breach happened, with fixed clocks. */
class BreachClockTest {
    private static final Instant HAPPENED = Instant.parse("2026-03-02T15:20:00Z");

    private static BreachClock at(String now) {
        Clock fixed = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return BreachClock.of(HAPPENED, fixed.instant());
    }

    @Test
    void theDeadlineIs48HoursAfterItHappened() {
        assertEquals(Instant.parse("2026-03-04T15:20:00Z"), BreachClock.deadline(HAPPENED));
        BreachClock start = at("2026-03-02T15:20:00Z");
        assertEquals(Duration.ofHours(48), start.left());
        assertEquals(48, start.hours());
        assertEquals(0, start.minutes());
        assertFalse(start.overdue());
    }

    @Test
    void timeLeftCountsDownInHoursAndMinutes() {
        BreachClock c = at("2026-03-03T17:45:30Z");
        assertEquals(21, c.hours());
        assertEquals(34, c.minutes(), "21 h 34 min 30 s left: shown as 21 h 34 min");
        assertFalse(c.overdue());
        BreachClock lastMinute = at("2026-03-04T15:19:01Z");
        assertEquals(0, lastMinute.hours());
        assertEquals(0, lastMinute.minutes());
        assertFalse(lastMinute.overdue(), "59 s left is not yet late");
    }

    @Test
    void atAndPastTheDeadlineItIsOverdueAndSaysByHowMuch() {
        assertTrue(at("2026-03-04T15:20:00Z").overdue());
        BreachClock late = at("2026-03-05T18:05:00Z");
        assertTrue(late.overdue());
        assertEquals(26, late.hours());
        assertEquals(45, late.minutes());
    }

    @Test
    void seriousMeansGraveOrAnAggressionATheftOrABreach() {
        assertTrue(Incident.serious(IncidentType.POWER_CUT, IncidentSeverity.GRAVE));
        assertFalse(Incident.serious(IncidentType.POWER_CUT, IncidentSeverity.MODERADA));
        assertFalse(Incident.serious(IncidentType.OTHER, IncidentSeverity.LEVE));
        for (IncidentType t : new IncidentType[] {IncidentType.AGGRESSION, IncidentType.THEFT, IncidentType.DATA_BREACH}) {
            assertTrue(Incident.serious(t, IncidentSeverity.LEVE), t + " is always serious");
        }
    }
}
