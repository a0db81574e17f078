package pe.macexpress.desk.identity;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.StoreException;

/**
 * Answers from {@link IdentityCache} when a fresh entry exists (no query, no quota spent, works
 * offline); otherwise asks the service and keeps a confirmed answer. A NOT_FOUND answer evicts the
 * entry. A failing local store never blocks the query: the service is asked as if there were no cache.
 */
public final class CachingVerifier implements IdentityVerifier {
    private static final Logger LOG = Logger.getLogger(CachingVerifier.class.getName());

    private final IdentityVerifier delegate;
    private final IdentityCache cache;

    public CachingVerifier(IdentityVerifier delegate, IdentityCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public IdentityResult verify(Document document, QueryContext context) {
        try {
            Optional<IdentityResult> hit = cache.lookup(document);
            if (hit.isPresent()) {
                return hit.get();
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "identity cache unreadable ({0}); asking the service", e.kind());
        }
        IdentityResult result = delegate.verify(document, context);
        try {
            if (result.outcome() == IdentityOutcome.NOT_FOUND) {
                cache.evict(document);
            } else {
                cache.put(document, result);
            }
        } catch (StoreException e) {
            LOG.log(Level.WARNING, "identity cache not updated ({0})", e.kind());
        }
        return result;
    }
}
