package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.contract.AttentionContent;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.UploadRecord;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.testing.SyncSamples;

/**
 * Issue 15, the central's finding "the central accepts negative times, NUL and bidi override
 * characters" (and a 22 KB outcome detail with no clear reason): such records are refused, each
 * with its reason code ({@code [index, "r", reason]}, the batch's other records still taken), and
 * never stored. A whole batch is not refused for one record: that would block a workstation's
 * queue, which quarantines the one record instead.
 */
class MaliciousRecordContentTest {
    private SandboxServer sandbox;
    private CentralCalls calls;
    private String token;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0);
        calls = new CentralCalls(sandbox);
        token = sandbox.central().enroll(sandbox.central().issueCode("TAMBO-01"), "TAMBO-01").orElseThrow();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** The reason the central gave for the only record of an upload; "" when it was taken. */
    private String refusal(UploadRecord r) throws Exception {
        CentralCalls.Answer a = calls.upload(token, r);
        assertEquals(200, a.status(), a.body());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[0,\"r\",\"([a-z]+)\"]").matcher(a.body());
        return m.find() ? m.group(1) : "";
    }

    private UploadRecord attention(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode content = (ObjectNode) AttentionKind.content(SyncSamples.of(Math.abs(UUID.randomUUID()
                .getMostSignificantBits() % 1000)));
        change.accept(content);
        int sv = AttentionContent.SCHEMA.current();
        return new UploadRecord(AttentionContent.KIND, UUID.randomUUID().toString(),
                AttentionContent.SCHEMA.hash(content, sv), 0, sv, content);
    }

    private void assertRefused(RejectReason reason, UploadRecord r, String what) throws Exception {
        assertEquals(reason.code(), refusal(r), what);
        assertTrue(sandbox.central().owner(r.id()).isEmpty(), what + ": never stored");
    }

    @Test
    void negativeAndFarFutureTimesAreRefusedWithTheTimeReason() throws Exception {
        assertEquals("", refusal(attention(c -> { })), "the sample itself is taken");
        assertRefused(RejectReason.TIME, attention(c -> c.put("s", -86_400_000L)), "negative start");
        assertRefused(RejectReason.TIME, attention(c -> c.put("e", System.currentTimeMillis()
                + java.time.Duration.ofDays(400).toMillis())), "ends next year");
        assertRefused(RejectReason.TIME, CentralCalls.record(UUID.randomUUID().toString(), 0,
                CentralCalls.closure("Falta la firma", -1)), "a closure at -1");
    }

    @Test
    void nulAndBidiOverrideCharactersAreRefusedWithTheTextReason() throws Exception {
        assertRefused(RejectReason.TEXT, attention(c -> c.put("n", "ROSA\u0000QUISPE")), "NUL in the names");
        // "Trojan Source": the detail shows one thing and stores another.
        assertRefused(RejectReason.TEXT, attention(c -> c.put("od", "Entregado \u202Eodazahcer\u202C")), "RLO");
        assertRefused(RejectReason.TEXT, attention(c -> c.put("od", "a\u2066b\u2069")), "isolates");
        assertRefused(RejectReason.TEXT, CentralCalls.record(UUID.randomUUID().toString(), 0,
                CentralCalls.closure("Falta\u0007 la firma", 1_764_600_000_000L)), "BEL in a closure's reason");
        assertEquals("", refusal(attention(c -> c.put("od", "Línea uno\nlínea dos, ñ y á"))), "line breaks and letters pass");
    }

    @Test
    void a22KilobyteOutcomeDetailIsRefusedAsTooLarge() throws Exception {
        assertRefused(RejectReason.TOO_LARGE, attention(c -> c.put("od", "x".repeat(22 * 1024))), "22 KB");
        assertRefused(RejectReason.TOO_LARGE, attention(c -> c.put("od", "x".repeat(2_001))), "over 2,000 characters");
    }

    @Test
    void oneRefusedRecordDoesNotBlockTheOthersOfItsBatch() throws Exception {
        UploadRecord good = attention(c -> { });
        UploadRecord bad = attention(c -> c.put("n", "A\u202EB"));
        CentralCalls.Answer a = calls.upload(token, good, bad);
        assertEquals(200, a.status());
        assertTrue(a.body().contains("[1,\"r\",\"text\"]"), a.body());
        assertTrue(sandbox.central().owner(good.id()).isPresent());
        assertTrue(sandbox.central().owner(bad.id()).isEmpty());
    }
}
