package pe.macexpress.desk.identity;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.blocking.BlockingCall;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.StoreException;

/**
 * Records every query — answered by the service, by the cache, or refused by the circuit breaker —
 * in {@link IdentityAudit}. The outermost layer, so it sees what the advisor sees.
 *
 * <p>Issue 15 (audit): the query is first written to the audit chain, with its purpose; when that
 * row cannot be written (or there is no purpose) the query is NOT made and the answer is
 * UNAVAILABLE with a reason starting {@value #NOT_AUDITED}. The answer is then recorded in
 * {@code identity_audit} (what screens show); a failure there is logged, the chain already holds the query.
 */
public final class AuditingVerifier implements IdentityVerifier {
    /** The reason's prefix of a query refused because it could not be audited. */
    public static final String NOT_AUDITED = "not audited: ";
    private static final Logger LOG = Logger.getLogger(AuditingVerifier.class.getName());

    private final IdentityVerifier delegate;
    private final IdentityAudit audit;
    private final String service;
    private final Clock clock;

    /** @param service "RENIEC" or "MIGRACIONES" */
    public AuditingVerifier(IdentityVerifier delegate, IdentityAudit audit, String service) {
        this.delegate = delegate;
        this.audit = audit;
        this.service = service;
        this.clock = audit.clock();
    }

    @Override
    public IdentityResult verify(Document document, QueryContext context) {
        BlockingCall.requireBackgroundThread("identity query");
        if (!context.hasPurpose()) {
            LOG.log(Level.WARNING, "identity query without a purpose refused ({0})", service);
            return IdentityResult.unavailable(NOT_AUDITED + "no purpose", clock.instant());
        }
        try {
            audit.beforeQuery(context, document, service);
        } catch (StoreException e) {
            // No evidence, no query: the document is not sent anywhere.
            LOG.log(Level.WARNING, "identity query refused: audit chain row not written ({0})", e.kind());
            return IdentityResult.unavailable(NOT_AUDITED + e.kind().name().toLowerCase(java.util.Locale.ROOT),
                    clock.instant());
        }
        long start = System.nanoTime();
        IdentityResult result = delegate.verify(document, context);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        try {
            audit.record(context, document, service, result, elapsedMs);
        } catch (StoreException e) {
            // The chain holds the query already; the screens' table lacks its answer. The document is not logged.
            LOG.log(Level.WARNING, "identity audit row not written ({0})", e.kind());
        }
        return result;
    }
}
