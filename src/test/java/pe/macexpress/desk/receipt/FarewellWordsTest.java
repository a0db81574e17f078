package pe.macexpress.desk.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.PartOfDay;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.testing.SampleAttentions;

/**
 * The receipt's farewell (screen and PDF share it) in both languages: the wish of the same part of
 * the day as the greeting, an apology when something was not served or was referred.
 */
class FarewellWordsTest {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final Localization TEXT = Localization.bundledOnly();
    private static final ReceiptService RECEIPTS = new ReceiptService(TEXT, LIMA, new SystemPrinter());
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private static Attention at(long seed, LocalTime end, OutcomeType type, UUID visit) {
        Attention a = SampleAttentions.of(seed);
        Instant ended = DAY.atTime(end).atZone(LIMA).toInstant();
        return new Attention(a.id(), a.code(), visit, a.advisorId(), a.pointId(), a.document(), a.citizenNames(),
                a.verification(), a.verificationCode(), a.procedureId(),
                new Outcome(type, type.needsDetail() ? "Detalle" : ""), a.language(), ended.minusSeconds(600), ended);
    }

    private static String farewell(String tag, LocalTime end, OutcomeType... types) {
        UUID visit = UUID.randomUUID();
        List<Attention> all = new java.util.ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            all.add(at(i + 1, end.minusMinutes(types.length - 1 - i), types[i], visit));
        }
        return RECEIPTS.build(all, Catalog.bundled(), null, tag).farewell();
    }

    @Test
    void theWishIsThePartOfTheDayTheGreetingSaid() {
        LocalTime[] times = {LocalTime.of(9, 30), LocalTime.of(15, 0), LocalTime.of(19, 45)};
        for (String tag : List.of("es", "qu")) {
            for (LocalTime t : times) {
                PartOfDay part = PartOfDay.of(t);
                String words = farewell(tag, t, OutcomeType.ATENDIDO);
                String greeting = TEXT.text(tag, part.greetingKey()).toLowerCase(Locale.ROOT);
                assertTrue(words.toLowerCase(Locale.ROOT).contains(greeting),
                        tag + " at " + t + ": '" + words + "' should wish '" + greeting + "'");
                assertTrue(words.endsWith(TEXT.text(tag, part.wishKey())), words);
                for (PartOfDay other : PartOfDay.values()) {
                    if (other != part) {
                        assertFalse(words.contains(TEXT.text(tag, other.wishKey())), words);
                    }
                }
            }
        }
        assertEquals(-1, farewell("es", LocalTime.of(20, 0), OutcomeType.ATENDIDO).indexOf("buen día"),
                "no 'buen día' at night");
        assertTrue(farewell("es", LocalTime.of(20, 0), OutcomeType.ATENDIDO).endsWith("Que tenga buenas noches."));
        assertTrue(farewell("qu", LocalTime.of(8, 0), OutcomeType.ATENDIDO).endsWith("Allin p'unchawniyuq kay."));
    }

    @Test
    void notServedOrReferredBringsTheApologyFirst() {
        for (String tag : List.of("es", "qu")) {
            String served = farewell(tag, LocalTime.of(10, 0), OutcomeType.ATENDIDO, OutcomeType.PENDIENTE);
            String notServed = farewell(tag, LocalTime.of(10, 0), OutcomeType.ATENDIDO, OutcomeType.NO_ATENDIDO);
            String referred = farewell(tag, LocalTime.of(16, 0), OutcomeType.DERIVADO);
            String apology = TEXT.text(tag, "protocol.apology.notserved");
            String referral = TEXT.text(tag, "protocol.apology.referred");
            assertFalse(served.contains(apology) || served.contains(referral), served);
            assertTrue(notServed.startsWith(apology), notServed);
            assertTrue(referred.startsWith(referral), referred);
            assertTrue(referred.endsWith(TEXT.text(tag, "protocol.wish.afternoon")), referred);
            // Thanks with the citizen's names between the apology and the wish.
            String names = SampleAttentions.of(1).citizenNames();
            assertTrue(notServed.contains(names) || notServed.contains(SampleAttentions.of(2).citizenNames()), notServed);
        }
        assertTrue(farewell("es", LocalTime.of(10, 0), OutcomeType.NO_ATENDIDO).startsWith("Le pedimos disculpas"));
        assertTrue(farewell("qu", LocalTime.of(10, 0), OutcomeType.DERIVADO).startsWith("Pampachaykuwayku"));
    }
}
