package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.testing.SyncSamples;

/** What the reference central takes as an attention, and why it refuses the rest. */
class AttentionHandlerTest {
    private final Attention sample = SyncSamples.of(11);
    private final AttentionHandler handler = new AttentionHandler(Set.of(sample.procedureId())::contains);

    private ObjectNode content() {
        return (ObjectNode) AttentionKind.content(sample);
    }

    @Test
    void aWholeAttentionIsTaken() {
        assertEquals(Optional.empty(), handler.validate(content(), 1));
    }

    @Test
    void eachBrokenRuleHasItsReason() {
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(content().put("c", "no es un código"), 1));
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(content().put("e", sample.startedAt()
                .toEpochMilli() - 1), 1), "ends before it starts");
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(content().put("s", "ayer"), 1));
        ObjectNode missing = content();
        missing.remove("vi");
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(missing, 1));
        assertEquals(Optional.of(RejectReason.UNKNOWN_PROCEDURE),
                handler.validate(content().put("pr", "TRAMITE-INEXISTENTE"), 1));
    }
}
