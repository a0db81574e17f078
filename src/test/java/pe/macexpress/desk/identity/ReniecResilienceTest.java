package pe.macexpress.desk.identity;

import pe.macexpress.desk.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import pe.macexpress.desk.core.Document;

/** At most one retry, only for transport failures; the circuit breaker answers at once when open. */
class ReniecResilienceTest extends SandboxedTest {
    MutableClock clock;
    Document adult;

    @BeforeEach
    void clear() throws IOException {
        clock = new MutableClock(Instant.parse("2026-03-02T14:00:00Z"));
        adult = Sandboxed.dni(sandbox.population().firstAdult().dni());
    }

    private ResilientVerifier verifier(PideConfig config, int threshold) {
        return new ResilientVerifier(new ReniecClient(config, Sandboxed.HTTP, clock),
                new CircuitBreaker("RENIEC", threshold, Duration.ofSeconds(60), clock), clock);
    }

    @Test
    void oneTransportFailureIsRetriedOnce() throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"HTTP_500\",\"times\":1}");
        int before = sandbox.consultations();
        IdentityResult r = verifier(Sandboxed.config(sandbox), 3).verify(adult);
        assertEquals(IdentityOutcome.VERIFIED, r.outcome());
        assertEquals(2, sandbox.consultations() - before);
    }

    @Test
    void neverMoreThanOneRetry() throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"HTTP_500\"}");
        int before = sandbox.consultations();
        IdentityResult r = verifier(Sandboxed.config(sandbox), 3).verify(adult);
        assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome());
        assertEquals(2, sandbox.consultations() - before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "1002", "1003", "1000", "0999"})
    void noRetryOnAnAnswerWithACode(String code) throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"CODE\",\"code\":\"" + code + "\"}");
        int before = sandbox.consultations();
        IdentityResult r = verifier(Sandboxed.config(sandbox), 3).verify(adult);
        assertEquals(code, r.code());
        assertEquals(1, sandbox.consultations() - before, "asked once only");
    }

    @Test
    void noRetryAfterATimeout() throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"DELAY\",\"delayMs\":1500}");
        int before = sandbox.consultations();
        PideConfig config = Sandboxed.config(sandbox).withTimeouts(Sandboxed.CONNECT, Duration.ofMillis(200));
        IdentityResult r = verifier(config, 3).verify(adult);
        assertTrue(r.reason().startsWith(IdentityResult.TIMEOUT), r.reason());
        assertEquals(1, sandbox.consultations() - before);
    }

    @Test
    void breakerOpensAnswersAtOnceAndClosesAfterCoolDown() throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"HTTP_500\"}");
        ResilientVerifier v = verifier(Sandboxed.config(sandbox), 2);
        v.verify(adult);
        v.verify(adult);
        assertEquals(CircuitBreaker.State.OPEN, v.breaker().state());

        int before = sandbox.consultations();
        IdentityResult fast = v.verify(adult);
        assertEquals(IdentityOutcome.UNAVAILABLE, fast.outcome());
        assertTrue(fast.reason().startsWith("circuit open"), fast.reason());
        assertEquals(0, sandbox.consultations() - before, "nothing sent while open: answered at once");

        Sandboxed.clearFaults(sandbox);
        clock.advance(Duration.ofSeconds(30));
        assertTrue(v.verify(adult).reason().startsWith("circuit open"), "still cooling down");
        clock.advance(Duration.ofSeconds(31));
        assertEquals(CircuitBreaker.State.HALF_OPEN, v.breaker().state());
        assertEquals(IdentityOutcome.VERIFIED, v.verify(adult).outcome());
        assertEquals(CircuitBreaker.State.CLOSED, v.breaker().state());
    }

    @Test
    void failedTrialReopensTheBreaker() throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"HTTP_500\"}");
        ResilientVerifier v = verifier(Sandboxed.config(sandbox), 1);
        v.verify(adult);
        assertEquals(CircuitBreaker.State.OPEN, v.breaker().state());
        clock.advance(Duration.ofSeconds(61));
        int before = sandbox.consultations();
        assertEquals(IdentityOutcome.UNAVAILABLE, v.verify(adult).outcome());
        assertEquals(2, sandbox.consultations() - before, "the trial call went out (and its one retry: 500 is retryable)");
        assertEquals(CircuitBreaker.State.OPEN, v.breaker().state());
    }

    @Test
    void codesDoNotOpenTheBreaker() throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"CODE\",\"code\":\"1003\"}");
        ResilientVerifier v = verifier(Sandboxed.config(sandbox), 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(IdentityOutcome.QUOTA_EXCEEDED, v.verify(adult).outcome());
        }
        assertEquals(CircuitBreaker.State.CLOSED, v.breaker().state());
    }

    @Test
    void refusedConnectionsOpenTheBreaker() throws IOException {
        ResilientVerifier v = verifier(Sandboxed.config(Sandboxed.closedUrl(), pe.macexpress.desk.sandbox.TrainingData.CREDENTIALS), 2);
        v.verify(adult);
        v.verify(adult);
        assertEquals(CircuitBreaker.State.OPEN, v.breaker().state());
    }
}
