package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.contract.IncidentContent;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.Wire;

/** What the reference central takes as an incident, and why it refuses the rest. */
class IncidentHandlerTest {
    private static final long T = 1_764_600_000_000L;
    private final IncidentHandler handler = new IncidentHandler();

    private static ObjectNode incident(String type, String severity) {
        return Wire.mapper().valueToTree(new IncidentContent(type, severity, T, "Corte de luz", "Se siguió a batería",
                "ADV-01", "PT-01", T + 60_000, null, null, null, null));
    }

    private static ObjectNode notifiedBreach(long notifiedAt, String reference) {
        return Wire.mapper().valueToTree(new IncidentContent("data_breach", "grave", T, "USB perdida", "",
                "ADV-01", "PT-01", T + 60_000, notifiedAt, reference, "SUP-01", T + 3_600_000));
    }

    private Optional<RejectReason> check(ObjectNode c) {
        return handler.validate(c, 1);
    }

    @Test
    void aWholeIncidentIsTakenAndSoIsItsClosing() {
        assertEquals(Optional.empty(), check(incident("power_cut", "leve")));
        assertEquals(Optional.empty(), check(incident("aggression", "moderada")));
        assertEquals(Optional.empty(), check(notifiedBreach(T + 1_800_000, "ANPD-2026-0042")));
        ObjectNode closedTheft = incident("theft", "grave");
        closedTheft.put("cb", "SUP-01").put("ca", T + 120_000).put("nr", "");
        assertEquals(Optional.empty(), check(closedTheft), "a closing without a notification, for what is not a breach");
    }

    @Test
    void unknownTypesSeveritiesAndMissingFieldsAreRefused() {
        assertEquals(Optional.of(RejectReason.INVALID), check(incident("earthquake", "leve")));
        assertEquals(Optional.of(RejectReason.INVALID), check(incident("power_cut", "catastrófica")));
        for (String f : new String[] {"ty", "se", "t", "w", "d", "ad", "p", "rt"}) {
            ObjectNode c = incident("no_link", "leve");
            c.remove(f);
            assertEquals(Optional.of(RejectReason.INVALID), check(c), "without " + f);
        }
        ObjectNode numberAsText = incident("no_link", "leve");
        numberAsText.put("w", 42);
        assertEquals(Optional.of(RejectReason.INVALID), check(numberAsText));
        ObjectNode blank = incident("no_link", "leve");
        blank.put("w", "  ");
        assertEquals(Optional.of(RejectReason.INVALID), check(blank), "what happened is required");
    }

    @Test
    void textsAreBoundedAndClean() {
        ObjectNode big = incident("other", "leve");
        big.put("d", "x".repeat(2001));
        assertEquals(Optional.of(RejectReason.TOO_LARGE), check(big));
        ObjectNode nul = incident("other", "leve");
        nul.put("w", "a\u0000b");
        assertEquals(Optional.of(RejectReason.INVALID), check(nul));
        ObjectNode bidi = incident("other", "leve");
        bidi.put("w", "abc\u202edef");
        assertEquals(Optional.of(RejectReason.INVALID), check(bidi));
        ObjectNode longId = incident("other", "leve");
        longId.put("ad", "A".repeat(65));
        assertEquals(Optional.of(RejectReason.INVALID), check(longId));
        assertEquals(Optional.of(RejectReason.TOO_LARGE), check(notifiedBreach(T + 1_000, "R".repeat(121))));
    }

    @Test
    void timesMustBeSane() {
        ObjectNode afterRegistration = incident("pide_down", "leve");
        afterRegistration.put("t", T + 3_600_000);
        assertEquals(Optional.of(RejectReason.INVALID), check(afterRegistration), "happened after it was registered");
        ObjectNode negative = incident("pide_down", "leve");
        negative.put("t", -5);
        assertEquals(Optional.of(RejectReason.INVALID), check(negative));
        ObjectNode future = incident("pide_down", "leve");
        future.put("rt", System.currentTimeMillis() + 2 * 86_400_000L);
        assertEquals(Optional.of(RejectReason.INVALID), check(future), "two days ahead is a wrong time");
        ObjectNode clockAhead = incident("pide_down", "leve");
        clockAhead.put("t", System.currentTimeMillis() + 3_600_000L).put("rt", System.currentTimeMillis() + 3_660_000L);
        assertEquals(Optional.empty(), check(clockAhead), "a desk clock an hour ahead does not quarantine it");
        ObjectNode textTime = incident("pide_down", "leve");
        textTime.put("t", "yesterday");
        assertEquals(Optional.of(RejectReason.INVALID), check(textTime));
    }

    @Test
    void aBreachIsNotifiedAfterItHappenedAndBeforeItsClosingWithAReference() {
        assertEquals(Optional.of(RejectReason.INVALID), check(notifiedBreach(T - 1, "ANPD-1")),
                "notified before it happened");
        assertEquals(Optional.of(RejectReason.INVALID), check(notifiedBreach(T + 86_400_000, "ANPD-1")),
                "notified after the closing was recorded");
        assertEquals(Optional.of(RejectReason.INVALID), check(notifiedBreach(T + 1_000, " ")), "no reference");
        ObjectNode withoutTime = notifiedBreach(T + 1_000, "ANPD-1");
        withoutTime.remove("nt");
        assertEquals(Optional.of(RejectReason.INVALID), check(withoutTime), "a closed breach without its notification");
        ObjectNode withoutCloser = notifiedBreach(T + 1_000, "ANPD-1");
        withoutCloser.remove("cb");
        assertEquals(Optional.of(RejectReason.INVALID), check(withoutCloser));
        ObjectNode closedBeforeRegistered = notifiedBreach(T + 1_000, "ANPD-1");
        closedBeforeRegistered.put("ca", T - 3_600_000);
        assertEquals(Optional.of(RejectReason.INVALID), check(closedBeforeRegistered));
        ObjectNode notifiedPowerCut = incident("power_cut", "grave");
        notifiedPowerCut.put("cb", "SUP-01").put("ca", T + 120_000).put("nt", T + 100_000).put("nr", "X");
        assertEquals(Optional.of(RejectReason.INVALID), check(notifiedPowerCut), "only a breach is notified");
    }
}
