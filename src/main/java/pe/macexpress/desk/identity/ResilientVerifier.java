package pe.macexpress.desk.identity;

import java.time.Clock;
import pe.macexpress.desk.blocking.BlockingCall;
import pe.macexpress.desk.core.Document;

/**
 * Retry and circuit breaker around one service client. At most one retry, only for a transport
 * failure that did not already cost a full timeout (refused, reset, HTTP 5xx, captive portal,
 * garbage); never for an answer with a code (1001, 1002, 1003, …), which would only burn quota or
 * lock the account. Timeouts themselves are bounded by the client's connect/read timeouts.
 */
public final class ResilientVerifier implements IdentityVerifier {
    private final IdentityVerifier delegate;
    private final CircuitBreaker breaker;
    private final Clock clock;

    public ResilientVerifier(IdentityVerifier delegate, CircuitBreaker breaker, Clock clock) {
        this.delegate = delegate;
        this.breaker = breaker;
        this.clock = clock;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    @Override
    public IdentityResult verify(Document document, QueryContext context) {
        BlockingCall.requireBackgroundThread("identity query");
        if (!breaker.allowRequest()) {
            return IdentityResult.unavailable("circuit open: service failed repeatedly, waiting before asking again",
                    clock.instant());
        }
        IdentityResult result = delegate.verify(document, context);
        if (result.isRetryable()) {
            result = delegate.verify(document, context);
        }
        if (result.isTransportFailure()) {
            breaker.recordFailure();
        } else {
            breaker.recordSuccess();
        }
        return result;
    }
}
