package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.EnrollAnswer;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.security.EnrollmentCode;

/**
 * Issue 15, the central's finding "enrollment stores whatever workstation id the client sends (a
 * valid code yields a token for an existing workstation and reads its changes)": a code names its
 * workstation when an admin issues it; used with another id it is refused, and a preset (training)
 * code never yields a token for a workstation that already exists. Codes carry at least 128 bits,
 * expire, and serve once.
 */
class EnrollmentIdSpoofingTest {
    private SandboxServer sandbox;
    private CentralCalls calls;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0);
        calls = new CentralCalls(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String bearer() {
        return "Bearer " + sandbox.adminToken();
    }

    private String issue(String workstation) throws Exception {
        CentralCalls.Answer a = calls.admin("POST", "/enrollment-codes",
                new String(Wire.json(Admin.Code.forWorkstation(workstation))), bearer());
        assertEquals(200, a.status(), a.body());
        Admin.Code code = Wire.read(a.body().getBytes(), Admin.Code.class);
        assertEquals(workstation, code.workstationId());
        assertTrue(code.expiresAt() > System.currentTimeMillis(), "an issued code expires");
        return code.code();
    }

    @Test
    void aCodeIssuedForOneWorkstationGivesNoTokenToAnotherId() throws Exception {
        String victim = "PIAS-NAPO-01";
        String victimToken = sandbox.central().enroll(sandbox.central().issueCode(victim), victim).orElseThrow();
        sandbox.central().addChange(victim, "message", "", "solo para PIAS-NAPO-01");

        // The attack: a code issued for a new workstation, presented with the victim's id.
        String code = issue("TAMBO-NUEVO-02");
        CentralCalls.Answer spoofed = calls.enroll(code, victim);
        assertEquals(403, spoofed.status(), spoofed.body());
        assertFalse(spoofed.body().contains("token"), "no token in the refusal");
        assertEquals(1, sandbox.central().tokens(victim), "the victim has still only its own token");
        assertEquals(victim, sandbox.central().workstation(victimToken).orElseThrow());

        assertEquals(422, calls.enroll(code, "TAMBO-NUEVO-02\nX").status(), "an id no desk can have");
        assertEquals(422, calls.enroll(code, "TAMBO\u202E-20").status(), "a bidi override in the id");
        // The same code still serves its own workstation, once.
        CentralCalls.Answer own = calls.enroll(code, "TAMBO-NUEVO-02");
        assertEquals(200, own.status(), own.body());
        assertEquals("TAMBO-NUEVO-02", Wire.read(own.body().getBytes(), EnrollAnswer.class).workstationId());
        assertEquals(403, calls.enroll(code, "TAMBO-NUEVO-02").status(), "single-use");
    }

    @Test
    void aPresetTrainingCodeIsBoundToTheFirstNewWorkstationAndNeverToAnExistingOne() throws Exception {
        String victim = "PIAS-NAPO-01";
        sandbox.central().enroll(sandbox.central().issueCode(victim), victim).orElseThrow();
        assertTrue(sandbox.central().addCode("7777-1111"));

        assertEquals(403, calls.enroll("7777-1111", victim).status(), "not for a workstation that exists");
        assertEquals(1, sandbox.central().tokens(victim));
        assertEquals(200, calls.enroll("7777 1111", "AULA-03").status(), "typed with a space: the same code");
        assertEquals(403, calls.enroll("7777-1111", "AULA-04").status(), "single-use");
    }

    @Test
    void issuedCodesHaveAtLeast128BitsAndExpire() throws Exception {
        String code = issue("TAMBO-NUEVO-02");
        String canonical = EnrollmentCode.canonical(code).orElseThrow();
        assertTrue(canonical.length() * 5 >= 128, "bits: " + canonical.length() * 5);
        assertTrue(code.matches("([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}"), "grouped for reading: " + code);
        assertTrue(EnrollmentCode.isWellFormed(code.toLowerCase().replace("-", " ")), "typed forgivingly");

        long now = System.currentTimeMillis();
        String expiring = sandbox.central().issueCode("TAMBO-03", java.time.Duration.ofHours(1), now);
        assertEquals(pe.macexpress.desk.central.store.CentralStore.EnrollOutcome.BAD_CODE,
                sandbox.central().enroll(expiring, "TAMBO-03", now + java.time.Duration.ofHours(1).toMillis() + 1)
                        .outcome(), "expired");
        assertEquals(pe.macexpress.desk.central.store.CentralStore.EnrollOutcome.ENROLLED,
                sandbox.central().enroll(expiring, "TAMBO-03", now + 1000).outcome(), "within its hour");

        CentralCalls.Answer noWorkstation = calls.admin("POST", "/enrollment-codes", "{}", bearer());
        assertEquals(400, noWorkstation.status(), "an admin must name the workstation");
    }
}
