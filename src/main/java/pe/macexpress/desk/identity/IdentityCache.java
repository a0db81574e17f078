package pe.macexpress.desk.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.CachedIdentity;
import pe.macexpress.desk.store.IdentityCacheStore;

/**
 * Identities confirmed by RENIEC or MIGRACIONES, kept on the workstation to spare the daily quota
 * and to serve a repeat visit while PIDE is unreachable. Names and verification time are kept; the
 * photo only when {@code keepPhotos} (configuration {@code identity.cache.photo=true}). Entries older
 * than the lifetime ({@code identity.cache.days}, default 30) are never served and are purged.
 */
public final class IdentityCache {
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

    private final IdentityCacheStore store;
    private final Clock clock;
    private final Duration lifetime;
    private final boolean keepPhotos;

    public IdentityCache(IdentityCacheStore store, Clock clock, Duration lifetime, boolean keepPhotos) {
        this.store = store;
        this.clock = clock;
        this.lifetime = lifetime;
        this.keepPhotos = keepPhotos;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A fresh entry as a result with {@code cached()=true} and {@code answeredAt} = original verification. */
    public Optional<IdentityResult> lookup(Document document) {
        return store.lookup(document, clock.instant().minus(lifetime)).flatMap(e -> {
            IdentityOutcome outcome;
            try {
                outcome = IdentityOutcome.valueOf(e.outcome());
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
            Citizen citizen = new Citizen(e.givenNames(), e.firstSurname(), e.secondSurname(), "", "", "",
                    e.restriction(), e.photo());
            return Optional.of(new IdentityResult(outcome, e.code(), citizen, true, e.verifiedAt(), "local cache"));
        });
    }

    /** Keeps a VERIFIED or MINOR answer; other outcomes are ignored. */
    public void put(Document document, IdentityResult result) {
        if ((result.outcome() != IdentityOutcome.VERIFIED && result.outcome() != IdentityOutcome.MINOR)
                || result.citizen() == null || result.cached()) {
            return;
        }
        Citizen p = result.citizen();
        store.put(new CachedIdentity(document, result.outcome().name(), result.code(), p.givenNames(),
                p.firstSurname(), p.secondSurname(), p.restriction(), keepPhotos && p.hasPhoto() ? p.photoJpeg() : null,
                result.answeredAt() == null ? clock.instant() : result.answeredAt()));
    }

    /** Forgets a document, e.g. when RENIEC now answers that it has no data for it. */
    public void evict(Document document) {
        store.evict(document.type(), document.number());
    }

    /** Deletes entries past their lifetime; returns how many. */
    public int purgeExpired() {
        return store.purgeVerifiedUntil(clock.instant().minus(lifetime));
    }

    public int size() {
        return store.size();
    }
}
