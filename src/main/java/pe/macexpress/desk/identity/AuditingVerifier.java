package pe.macexpress.desk.identity;

import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.blocking.BlockingCall;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.StoreException;

/**
 * Records every query — answered by the service, by the cache, or refused by the circuit breaker —
 * in {@link IdentityAudit}. The outermost layer, so it sees what the advisor sees.
 */
public final class AuditingVerifier implements IdentityVerifier {
    private static final Logger LOG = Logger.getLogger(AuditingVerifier.class.getName());

    private final IdentityVerifier delegate;
    private final IdentityAudit audit;
    private final String service;

    /** @param service "RENIEC" or "MIGRACIONES" */
    public AuditingVerifier(IdentityVerifier delegate, IdentityAudit audit, String service) {
        this.delegate = delegate;
        this.audit = audit;
        this.service = service;
    }

    @Override
    public IdentityResult verify(Document document, QueryContext context) {
        BlockingCall.requireBackgroundThread("identity query");
        long start = System.nanoTime();
        IdentityResult result = delegate.verify(document, context);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        try {
            audit.record(context, document, service, result, elapsedMs);
        } catch (StoreException e) {
            // The answer still reaches the advisor; the failure is visible, the document is not.
            LOG.log(Level.WARNING, "identity audit row not written ({0})", e.kind());
        }
        return result;
    }
}
