package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.contract.AttentionContent;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Arrival;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.store.OrientationEntry;
import pe.macexpress.desk.store.VisitEntry;
import pe.macexpress.desk.testing.SyncSamples;
import pe.macexpress.desk.voice.OrientationKind;
import pe.macexpress.desk.voice.VisitKind;

/** Issue 13 (timeline): what the reference central takes as attention v3, visit and orientation records. */
class TimelineHandlersTest {
    private static final Instant T = Instant.parse("2026-11-20T13:00:00Z");
    private final Attention plain = SyncSamples.of(11);
    private final AttentionHandler attentions = new AttentionHandler(Set.of(plain.procedureId())::contains);
    private final VisitHandler visits = new VisitHandler();
    private final OrientationHandler orientations = new OrientationHandler();

    private ObjectNode timed() {
        Attention a = plain;
        Attention t = new Attention(a.id(), a.code(), a.visitId(), a.advisorId(), a.pointId(), a.document(),
                a.citizenNames(), a.verification(), a.verificationCode(), a.procedureId(), a.outcome(), a.language(),
                a.startedAt(), a.endedAt(), a.servedVia(),
                new Arrival(a.startedAt().minusSeconds(1200), a.startedAt().minusSeconds(60), "qu"));
        return (ObjectNode) AttentionKind.content(t);
    }

    @Test
    void attentionVersionThreeIsCheckedAndVersionsOneAndTwoStillTaken() {
        assertEquals(Optional.empty(), attentions.validate(timed(), 3));
        assertEquals(Optional.empty(), attentions.validate(AttentionKind.content(plain), 3),
                "arrival unknown (null) with a language: taken");
        ObjectNode v2 = timed();
        v2.remove(java.util.List.of("ar", "ca", "cl"));
        assertEquals(Optional.empty(), attentions.validate(v2, 2), "a desk still on version 2");
        assertEquals(Optional.empty(), attentions.validate(v2, 1), "and on version 1");
        assertEquals(Optional.of(RejectReason.INVALID), attentions.validate(v2, 3), "version 3 without its fields");
        assertEquals(Optional.of(RejectReason.INVALID), attentions.validate(timed().put("cl", "quechua!"), 3));
        assertEquals(Optional.of(RejectReason.INVALID), attentions.validate(timed().putNull("cl"), 3));
        ObjectNode late = timed();
        late.put("ar", late.get("ca").asLong() + 1);
        assertEquals(Optional.of(RejectReason.INVALID), attentions.validate(late, 3), "called before arriving");
        assertEquals(Optional.of(RejectReason.INVALID), attentions.validate(timed().putNull("ca"), 3),
                "arrival without the call");
        assertEquals(Optional.of(RejectReason.INVALID), attentions.validate(timed().put("ca", "luego"), 3));
        assertEquals(Optional.of(RejectReason.INVALID), attentions.validate(timed().put("ar", 5), 3), "1970");
    }

    private static ObjectNode visit(boolean orientationOnly, int attentionsCount) {
        return (ObjectNode) Wire.mapper().valueToTree(VisitKind.record(new VisitEntry(UUID.randomUUID(), "P1", "A1", 4,
                T, T.plusSeconds(600), T.plusSeconds(1500), "qu", attentionsCount, 1, orientationOnly)));
    }

    @Test
    void aVisitNeedsOrderedTimesALanguageAndSaneCounts() {
        assertEquals(Optional.empty(), visits.validate(visit(false, 2), 1));
        assertEquals(Optional.empty(), visits.validate(visit(true, 0), 1));
        assertEquals(Optional.empty(), visits.validate(visit(false, 2).putNull("tn"), 1), "a walk-in has no turn");
        assertEquals(Optional.of(RejectReason.INVALID), visits.validate(visit(true, 2), 1),
                "orientation only, yet attentions");
        assertEquals(Optional.of(RejectReason.INVALID), visits.validate(visit(false, 2).put("tn", 0), 1));
        assertEquals(Optional.of(RejectReason.INVALID), visits.validate(visit(false, 2).put("na", -1), 1));
        assertEquals(Optional.of(RejectReason.INVALID),
                visits.validate(visit(false, 2).put("ca", T.minusSeconds(1).toEpochMilli()), 1), "called before arrival");
        assertEquals(Optional.of(RejectReason.INVALID),
                visits.validate(visit(false, 2).put("en", T.plusSeconds(1).toEpochMilli()), 1), "ended before the call");
        assertEquals(Optional.of(RejectReason.INVALID), visits.validate(visit(false, 2).put("cl", ""), 1));
        assertEquals(Optional.of(RejectReason.INVALID), visits.validate(visit(false, 2).put("oo", "no"), 1));
        assertEquals(Optional.of(RejectReason.INVALID), visits.validate(visit(false, 2).put("ar", 5), 1), "1970");
        ObjectNode missing = visit(false, 1);
        missing.remove("p");
        assertEquals(Optional.of(RejectReason.INVALID), visits.validate(missing, 1));
    }

    private static ObjectNode orientation(String type, String topic) {
        return (ObjectNode) Wire.mapper().valueToTree(OrientationKind.record(new OrientationEntry(UUID.randomUUID(),
                UUID.randomUUID(), "P1", "A1", type, topic, "", "es", T)));
    }

    @Test
    void anOrientationHasAKnownTypeAndAnUnmetRequestSaysWhat() {
        assertEquals(Optional.empty(), orientations.validate(orientation(OrientationContent.ORIENTATION, ""), 1));
        assertEquals(Optional.empty(), orientations.validate(orientation(OrientationContent.UNMET, "Pasaporte"), 1));
        assertEquals(Optional.of(RejectReason.INVALID), orientations.validate(orientation(OrientationContent.UNMET, " "), 1),
                "an unmet request with nothing asked");
        assertEquals(Optional.of(RejectReason.INVALID), orientations.validate(orientation("queja", "x"), 1));
        assertEquals(Optional.of(RejectReason.INVALID),
                orientations.validate(orientation(OrientationContent.ORIENTATION, "").put("vi", "visita-1"), 1));
        assertEquals(Optional.of(RejectReason.TOO_LARGE), orientations.validate(
                orientation(OrientationContent.UNMET, "x".repeat(OrientationContent.MAX_TOPIC + 1)), 1));
        assertEquals(Optional.of(RejectReason.INVALID),
                orientations.validate(orientation(OrientationContent.ORIENTATION, "").put("t", "hoy"), 1));
    }

    @Test
    void theContentsLeakNoFreeTextInLogs() {
        OrientationEntry o = new OrientationEntry(UUID.randomUUID(), UUID.randomUUID(), "P1", "A1",
                OrientationContent.UNMET, "Partida de Rosa Quispe", "", "es", T);
        assertEquals(false, OrientationKind.record(o).toString().contains("Quispe"));
        assertEquals(false, o.toString().contains("Quispe"));
        assertEquals(3, AttentionContent.SCHEMA.current());
    }
}
