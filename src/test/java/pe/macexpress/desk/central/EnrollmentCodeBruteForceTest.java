package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.sandbox.SandboxServer;

/**
 * Issue 15, the central's finding "codes are 8 digits, never expire, 698 wrong tries a second without
 * a 429": wrong codes from one address get 429 with Retry-After after a few, and then even the right
 * code is refused until the lockout ends, which doubles with every further failure.
 */
class EnrollmentCodeBruteForceTest {

    @Test
    void wrongCodesInARowGet429WithRetryAfterAndThenEvenTheRightCodeIsLockedOut() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(0)) {
            CentralCalls calls = new CentralCalls(sandbox);
            String right = sandbox.central().issueCode("TAMBO-01");
            List<Integer> statuses = new ArrayList<>();
            String retryAfter = null;
            for (int guess = 0; guess < 20; guess++) {
                CentralCalls.Answer a = calls.enroll(String.format("%04d-%04d", guess, guess), "TAMBO-01");
                statuses.add(a.status());
                if (a.status() == 429) {
                    retryAfter = a.retryAfter();
                }
            }
            assertTrue(statuses.subList(0, 5).stream().allMatch(s -> s == 403), "a few honest mistakes: " + statuses);
            assertTrue(statuses.subList(5, 20).stream().allMatch(s -> s == 429), "then 429: " + statuses);
            assertTrue(retryAfter != null && Long.parseLong(retryAfter) > 0, "Retry-After: " + retryAfter);

            CentralCalls.Answer locked = calls.enroll(right, "TAMBO-01");
            assertEquals(429, locked.status(), "locked out, the right code included");
            assertEquals(0, sandbox.central().tokens("TAMBO-01"));
        }
    }

    @Test
    void theLockoutEndsAndDoublesWithEachFurtherFailure() {
        AtomicLong now = new AtomicLong(1_000_000);
        AttemptLimiter limiter = new AttemptLimiter(5, 60_000, 3_600_000, now::get);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.retryAfterSeconds("10.0.0.9"));
            limiter.failed("10.0.0.9");
        }
        assertEquals(60, limiter.retryAfterSeconds("10.0.0.9"), "the fifth failure locks out for a minute");
        assertEquals(0, limiter.retryAfterSeconds("10.0.0.10"), "another address is not punished");
        now.addAndGet(60_000);
        assertEquals(0, limiter.retryAfterSeconds("10.0.0.9"), "the minute is over");
        limiter.failed("10.0.0.9");
        assertEquals(120, limiter.retryAfterSeconds("10.0.0.9"), "doubled");
        for (int i = 0; i < 30; i++) {
            now.addAndGet(10_000_000);
            limiter.failed("10.0.0.9");
        }
        assertEquals(3600, limiter.retryAfterSeconds("10.0.0.9"), "never more than an hour");
        limiter.succeeded("10.0.0.9");
        assertEquals(0, limiter.retryAfterSeconds("10.0.0.9"));
    }
}
