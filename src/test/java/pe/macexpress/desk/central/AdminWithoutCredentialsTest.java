package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.sandbox.SandboxServer;

/**
 * Issue 15, the central's finding "/api/v1/admin/* and /sandbox/faults need no credentials (anyone
 * can revoke any workstation)": every admin call, reads included, answers 401 without the admin
 * token or with a wrong one, and does nothing; fault injection over HTTP exists only in a sandbox
 * started for tests, and even there needs the token.
 */
class AdminWithoutCredentialsTest {
    private static final List<String[]> ADMIN_CALLS = List.of(
            new String[] {"GET", "/stats", null},
            new String[] {"GET", "/records", null},
            new String[] {"POST", "/enrollment-codes", "{\"w\":\"ROGUE-01\"}"},
            new String[] {"POST", "/revoke", "{\"w\":\"PIAS-NAPO-01\"}"},
            new String[] {"POST", "/changes", "{\"w\":\"PIAS-NAPO-01\",\"t\":\"message\",\"ref\":\"\",\"b\":\"x\"}"},
            new String[] {"POST", "/faults", "{\"status\":503,\"times\":100}"},
            new String[] {"DELETE", "/faults", null},
            new String[] {"POST", "/results", "{\"code\":\"K7Q3-9PXA\",\"status\":\"resuelto\"}"},
            new String[] {"PUT", "/catalog", "{}"});

    @Test
    void revokeWithoutOrWithAWrongAdminTokenIs401AndTheWorkstationKeepsWorking() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SandboxServer.Options.loopback(0).withFaultInjection())) {
            CentralCalls calls = new CentralCalls(sandbox);
            String token = sandbox.central().enroll(sandbox.central().issueCode("PIAS-NAPO-01"), "PIAS-NAPO-01")
                    .orElseThrow();
            for (String credential : new String[] {null, "Bearer wrong-token-of-24-chars!!", "Bearer ",
                    sandbox.adminToken(), "Basic " + sandbox.adminToken()}) {
                for (String[] call : ADMIN_CALLS) {
                    CentralCalls.Answer a = calls.admin(call[0], call[1], call[2], credential);
                    assertEquals(401, a.status(), call[0] + " " + call[1] + " with " + (credential == null ? "nothing"
                            : credential.split(" ")[0]));
                }
            }
            assertEquals(1, sandbox.central().tokens("PIAS-NAPO-01"), "not revoked");
            assertEquals(0, sandbox.central().changes("PIAS-NAPO-01", 0, 10).size(), "no change queued");
            assertEquals(200, calls.call(new Request.Builder().url(calls.api("/changes"))
                    .header("Authorization", "Bearer " + token).get()).status(), "no fault injected: the call works");

            // With the token it works (the operator's way).
            CentralCalls.Answer revoked = calls.admin("POST", "/revoke", "{\"w\":\"PIAS-NAPO-01\"}",
                    "Bearer " + sandbox.adminToken());
            assertEquals(200, revoked.status());
            assertEquals(0, sandbox.central().tokens("PIAS-NAPO-01"));
        }
    }

    @Test
    void faultInjectionNeedsTheAdminTokenAndExistsOnlyWhenStartedForTests() throws Exception {
        try (SandboxServer forTests = SandboxServer.start(SandboxServer.Options.loopback(0).withFaultInjection())) {
            CentralCalls calls = new CentralCalls(forTests);
            String fault = "{\"kind\":\"HTTP_500\",\"times\":0}";
            assertEquals(401, sandboxFaults(calls, forTests, fault, null).status());
            assertEquals(401, sandboxFaults(calls, forTests, fault, "Bearer not-the-admin-token-at-all").status());
            assertEquals(0, forTests.consultations(), "nothing consulted yet");
            assertEquals(200, sandboxFaults(calls, forTests, fault, "Bearer " + forTests.adminToken()).status());
        }
        // Training and `sandbox` without --fault-injection: the paths do not exist, token or not.
        try (SandboxServer training = SandboxServer.start(0)) {
            CentralCalls calls = new CentralCalls(training);
            assertEquals(404, sandboxFaults(calls, training, "{\"kind\":\"HTML\"}", "Bearer " + training.adminToken())
                    .status());
            assertEquals(404, calls.admin("POST", "/faults", "{\"status\":503}", "Bearer " + training.adminToken())
                    .status());
            assertEquals(401, calls.admin("POST", "/faults", "{\"status\":503}", null).status(),
                    "nothing is told to a caller without the token");
        }
    }

    private static CentralCalls.Answer sandboxFaults(CentralCalls calls, SandboxServer s, String json, String credential)
            throws Exception {
        Request.Builder b = new Request.Builder().url(s.baseUrl() + "/sandbox/faults")
                .post(RequestBody.create(json, CentralCalls.JSON));
        if (credential != null) {
            b.header("Authorization", credential);
        }
        return calls.call(b);
    }
}
