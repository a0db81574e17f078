package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.contract.ClosureContent;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.Wire;

/** What the reference central takes as a case closure, and why it refuses the rest. */
class ClosureHandlerTest {
    private final ClosureHandler handler = new ClosureHandler();

    private static ObjectNode closure(String answer, String reason) {
        return Wire.mapper().valueToTree(new ClosureContent(UUID.randomUUID().toString(), "K7Q3-9PXA", answer, reason,
                "ADV-01", 1_764_600_000_000L));
    }

    private Optional<RejectReason> check(ObjectNode c) {
        return handler.validate(c, 1);
    }

    @Test
    void aWholeClosureIsTaken() {
        assertEquals(Optional.empty(), check(closure("entregado", "")));
        assertEquals(Optional.empty(), check(closure("rechazado", "Falta la firma")));
    }

    @Test
    void whatCannotBeAFinalAnswerIsRefused() {
        assertEquals(Optional.of(RejectReason.INVALID), check(closure("perdido", "")));
        assertEquals(Optional.of(RejectReason.INVALID), check(closure("rechazado", " ")), "a refusal needs its reason");
        assertEquals(Optional.of(RejectReason.TOO_LARGE), check(closure("resuelto", "x".repeat(1001))));
        ObjectNode badCode = closure("entregado", "");
        badCode.put("c", "not a code");
        assertEquals(Optional.of(RejectReason.INVALID), check(badCode));
        ObjectNode noTime = closure("entregado", "");
        noTime.putNull("t");
        assertEquals(Optional.of(RejectReason.INVALID), check(noTime));
        ObjectNode badId = closure("entregado", "");
        badId.put("at", "123");
        assertEquals(Optional.of(RejectReason.INVALID), check(badId));
    }
}
