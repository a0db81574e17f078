package pe.macexpress.desk.ui.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.speech.Speech;
import pe.macexpress.desk.speech.Utterance;
import pe.macexpress.desk.ui.common.I18n;

/**
 * Issue 16 (citizen): what the procedure card shows and says, built from the catalogue in the
 * citizen's language while the advisor's I18n stays Spanish: the fee said as money (soles), the
 * entity's plazo as a count, the requirements in the citizen's words.
 */
class CitizenCardsTest {
    private static final Localization TEXT = Localization.bundledOnly();
    private final I18n advisor = new I18n(TEXT, "es");
    private final CitizenCards cards = new CitizenCards(advisor, () -> Speech.NONE,
            () -> new SimpleObjectProperty<>("qu"), null, Clock.systemUTC(), ZoneId.of("America/Lima"));
    private final Catalog catalog = Catalog.bundled();

    @Test
    void aPaidProcedureIsSaidInQuechuaWithItsFeeAsSolesAndItsPlazoAsACount() {
        Procedure paid = catalog.all().stream().filter(p -> !p.isFree() && p.plazoDays() != null && p.plazoDays() > 0)
                .findFirst().orElseThrow();
        Utterance said = cards.procedureUtterance(paid, "qu");
        assertEquals(List.of(new Utterance.Money(paid.feeAmount())), parts(said, Utterance.Money.class));
        assertEquals(List.of(new Utterance.Count(paid.plazoDays())), parts(said, Utterance.Count.class));
        String words = words(said);
        assertTrue(words.startsWith(TEXT.text("qu", "forcitizen.procedure", paid.name("qu"))), words);
        assertTrue(words.contains(TEXT.text("qu", "forcitizen.fee.said")), words);
        for (String r : paid.requirements("qu")) {
            assertTrue(words.contains(r), r);
        }
        assertFalse(words.contains(TEXT.text("es", "forcitizen.next")), "nothing of the advisor's Spanish");
        assertEquals("es", advisor.tag(), "the advisor's language is untouched");

        List<String> shown = cards.procedureParts(paid, "qu");
        assertTrue(shown.contains(TEXT.text("qu", "forcitizen.next.days.before") + " " + paid.plazoDays() + " "
                + TEXT.text("qu", "forcitizen.next.days.after")), shown.toString());
        assertTrue(shown.stream().anyMatch(l -> l.startsWith(TEXT.text("qu", "forcitizen.fee", "S/ "))), shown.toString());
    }

    @Test
    void aFreeProcedureAnsweredAtTheCounterSaysSoWithoutMoneyOrDays() {
        Procedure free = catalog.all().stream().filter(p -> p.isFree() && (p.plazoDays() == null || p.plazoDays() == 0))
                .findFirst().orElseThrow();
        Utterance said = cards.procedureUtterance(free, "qu");
        assertEquals(List.of(), parts(said, Utterance.Money.class));
        assertEquals(List.of(), parts(said, Utterance.Count.class));
        String words = words(said);
        assertTrue(words.contains(TEXT.text("qu", "forcitizen.fee", TEXT.text("qu", "procedure.fee.free"))), words);
        assertTrue(words.contains(TEXT.text("qu", "forcitizen.next.counter")), words);
    }

    private static String words(Utterance u) {
        return String.join(" ", u.parts().stream().filter(p -> p instanceof Utterance.Text)
                .map(p -> ((Utterance.Text) p).text()).toList());
    }

    private static <T extends Utterance.Part> List<T> parts(Utterance u, Class<T> kind) {
        return u.parts().stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
