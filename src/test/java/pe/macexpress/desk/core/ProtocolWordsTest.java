package pe.macexpress.desk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The time of day is decided once for greeting and farewell; the apology comes with no atendido or derivado. */
class ProtocolWordsTest {

    @Test
    void thePartOfTheDayChangesAtFiveNoonAndSeven() {
        assertEquals(PartOfDay.EVENING, PartOfDay.of(LocalTime.of(4, 59)));
        assertEquals(PartOfDay.MORNING, PartOfDay.of(LocalTime.of(5, 0)));
        assertEquals(PartOfDay.MORNING, PartOfDay.of(LocalTime.of(11, 59)));
        assertEquals(PartOfDay.AFTERNOON, PartOfDay.of(LocalTime.of(12, 0)));
        assertEquals(PartOfDay.AFTERNOON, PartOfDay.of(LocalTime.of(18, 59)));
        assertEquals(PartOfDay.EVENING, PartOfDay.of(LocalTime.of(19, 0)));
        for (PartOfDay p : PartOfDay.values()) {
            assertEquals("greeting." + p.code(), p.greetingKey());
            assertEquals("protocol.wish." + p.code(), p.wishKey());
        }
    }

    @Test
    void anApologyOnlyWhenSomethingWasNotServedOrWasReferred() {
        assertFalse(Farewell.of(List.of(OutcomeType.ATENDIDO), PartOfDay.MORNING, true).apologizes());
        assertFalse(Farewell.of(List.of(OutcomeType.ATENDIDO, OutcomeType.PENDIENTE), PartOfDay.MORNING, true)
                .apologizes(), "pendiente continues here: no apology");
        assertEquals("protocol.apology.referred",
                Farewell.of(List.of(OutcomeType.ATENDIDO, OutcomeType.DERIVADO), PartOfDay.EVENING, true).apologyKey());
        assertEquals("protocol.apology.notserved",
                Farewell.of(List.of(OutcomeType.DERIVADO, OutcomeType.NO_ATENDIDO), PartOfDay.EVENING, true).apologyKey(),
                "not served weighs more than referred");
        Farewell anonymous = Farewell.of(List.of(OutcomeType.ATENDIDO), PartOfDay.AFTERNOON, false);
        assertEquals("protocol.thanks.anonymous", anonymous.thanksKey());
        assertEquals("protocol.wish.afternoon", anonymous.wishKey());
        assertTrue(Farewell.of(List.of(OutcomeType.NO_ATENDIDO), PartOfDay.MORNING, true).thanksKey()
                .equals("protocol.thanks"));
    }
}
