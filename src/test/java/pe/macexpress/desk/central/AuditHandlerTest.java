package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.central.store.CentralStore;
import pe.macexpress.desk.contract.AuditContent;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.security.AuditChainHash;

/**
 * What the reference central takes as an audit row (issue 15), and why it refuses the rest: a row
 * whose hash does not recompute (edited on the way or on the desk), control or bidi characters, a
 * row that does not link to what the central holds for that workstation, a second branch.
 */
class AuditHandlerTest {
    private final CentralStore store = CentralStore.open(null);
    private final AuditHandler handler = new AuditHandler(store);

    @AfterEach
    void close() {
        store.close();
    }

    private static ObjectNode row(long seq, String prev, String action, String detail) {
        long at = 1_764_600_000_000L + seq;
        String hash = AuditChainHash.of(prev, seq, at, "ADV-01", action, "atencion:visita", "", detail);
        return Wire.mapper().valueToTree(new AuditContent(seq, at, "ADV-01", action, "atencion:visita", "", detail, prev,
                hash));
    }

    private void hold(String ws, ObjectNode row) throws Exception {
        String hash = AuditContent.SCHEMA.hash(row, 1);
        store.store(ws, List.of(new CentralStore.Incoming(AuditContent.KIND, java.util.UUID.randomUUID().toString(), hash,
                0, 1, Wire.mapper().writeValueAsString(row))), 1L);
    }

    @Test
    void aWellFormedRowIsTakenAndAnEditedOneIsNot() {
        ObjectNode first = row(1, AuditChainHash.GENESIS, "identity.query", "service=RENIEC");
        assertEquals(Optional.empty(), handler.validate(first, 1));
        ObjectNode edited = first.deepCopy();
        edited.put("ac", "ADV-02"); // someone changed who did it; the hash no longer recomputes
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(edited, 1));
        ObjectNode bidi = row(1, AuditChainHash.GENESIS, "identity.query", "a\u202Eb");
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(bidi, 1));
        ObjectNode clear = first.deepCopy();
        clear.put("sb", "DNI:40123456"); // a subject in clear is not a blind index
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(clear, 1));
    }

    @Test
    void rowsMustLinkPerWorkstationAndMayBranchOnlyAtARestore() throws Exception {
        ObjectNode r1 = row(1, AuditChainHash.GENESIS, "identity.query", "n=1");
        ObjectNode r2 = row(2, r1.get("h").asText(), "data.export", "n=2");
        assertEquals(Optional.empty(), handler.admit("WS-A", r1, List.of()));
        assertEquals(Optional.empty(), handler.admit("WS-A", r2, List.of(r1)), "links to the row before it in the upload");
        hold("WS-A", r1);
        hold("WS-A", r2);
        ObjectNode r3 = row(3, r2.get("h").asText(), "backup.write", "n=3");
        assertEquals(Optional.empty(), handler.admit("WS-A", r3, List.of()), "links to the row the central holds");
        assertEquals(Optional.of(RejectReason.CONFLICT), handler.admit("WS-B", r3, List.of(r1)),
                "another workstation's chain does not count");
        ObjectNode gap = row(5, r2.get("h").asText(), "backup.write", "n=5");
        assertEquals(Optional.of(RejectReason.CONFLICT), handler.admit("WS-A", gap, List.of()), "seq must follow");
        ObjectNode other2 = row(2, r1.get("h").asText(), "data.export", "rewritten");
        assertEquals(Optional.of(RejectReason.CONFLICT), handler.admit("WS-A", other2, List.of()),
                "a second successor of row 1: a rewritten chain");
        ObjectNode restore2 = row(2, r1.get("h").asText(), pe.macexpress.desk.security.AuditActions.RESTORE, "from=x.db");
        assertEquals(Optional.empty(), handler.admit("WS-A", restore2, List.of()), "a restore says why it branches");
    }
}
