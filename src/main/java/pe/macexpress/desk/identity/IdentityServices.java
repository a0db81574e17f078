package pe.macexpress.desk.identity;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.Store;

/**
 * Builds the identity feature once, for the composition root: for each service the chain
 * audit → cache → retry/circuit breaker → HTTP client, plus the background re-verifier, the
 * supervisor's flags and the password change.
 *
 * <p>Configuration keys (all optional, declared in {@link ConfigKeys}): {@code pide.*} and
 * {@code identity.*}.
 */
public final class IdentityServices implements AutoCloseable {
    private final PideConfig config;
    private final CredentialSource credentials;
    private final ReniecClient reniec;
    private final ResilientVerifier reniecResilient;
    private final ResilientVerifier migracionesResilient;
    private final IdentityVerifier dni;
    private final IdentityVerifier ce;
    private final IdentityCache cache;
    private final IdentityAudit audit;
    private final IdentityFlags flags;
    private final BackgroundReverifier reverifier;
    private final CredentialChange credentialChange;
    private final Duration reverifyInterval;

    /**
     * @param config where PIDE is (from {@link PideConfig#fromSettings}, or the sandbox's in training)
     * @param propertiesFile where a changed password is saved; null in training mode
     */
    public IdentityServices(DeskSettings settings, PideConfig config, Path propertiesFile, Store store,
                            OkHttpClient http, Clock clock) {
        this.config = config;
        this.credentials = new CredentialSource(config.credentials());
        this.reniec = new ReniecClient(config, credentials, http, clock);
        MigracionesClient migraciones = new MigracionesClient(config, MigracionesClient.Access.fromSettings(settings),
                http, clock);
        int failures = settings.get(ConfigKeys.IDENTITY_BREAKER_FAILURES);
        Duration coolDown = settings.get(ConfigKeys.IDENTITY_BREAKER_COOL_DOWN);
        this.reniecResilient = new ResilientVerifier(reniec, new CircuitBreaker("RENIEC", failures, coolDown, clock), clock);
        this.migracionesResilient = new ResilientVerifier(migraciones,
                new CircuitBreaker("MIGRACIONES", failures, coolDown, clock), clock);
        this.cache = new IdentityCache(store.identityCache(), clock, settings.get(ConfigKeys.IDENTITY_CACHE_DAYS),
                settings.get(ConfigKeys.IDENTITY_CACHE_PHOTO));
        this.audit = new IdentityAudit(store.identityAudit(), store.audit(), clock);
        this.flags = new IdentityFlags(store.identityFlags(), clock);
        this.dni = new AuditingVerifier(new CachingVerifier(reniecResilient, cache), audit, "RENIEC");
        this.ce = new AuditingVerifier(new CachingVerifier(migracionesResilient, cache), audit, "MIGRACIONES");
        this.reverifier = new BackgroundReverifier(store.attentions(), flags, dni, ce, settings.workstationId());
        this.credentialChange = new CredentialChange(reniec, credentials, propertiesFile);
        this.reverifyInterval = settings.get(ConfigKeys.IDENTITY_REVERIFY_INTERVAL);
    }

    /** DNI through RENIEC: audited, cached, retried once, behind a circuit breaker. */
    public IdentityVerifier dniVerifier() {
        return dni;
    }

    /** CE through MIGRACIONES: same layers. */
    public IdentityVerifier ceVerifier() {
        return ce;
    }

    public PideConfig config() {
        return config;
    }

    public IdentityCache cache() {
        return cache;
    }

    public IdentityAudit audit() {
        return audit;
    }

    public IdentityFlags flags() {
        return flags;
    }

    public BackgroundReverifier reverifier() {
        return reverifier;
    }

    public CredentialChange credentialChange() {
        return credentialChange;
    }

    public CircuitBreaker reniecBreaker() {
        return reniecResilient.breaker();
    }

    /** Starts the periodic re-verification; call {@link BackgroundReverifier#wakeUp()} when PIDE is back. */
    public void startBackground() {
        reverifier.submit(cache::purgeExpired);
        reverifier.start(reverifyInterval);
    }

    /** PIDE reachable again (connectivity probe): close the breakers and verify what is pending. */
    public void onlineAgain() {
        reniecResilient.breaker().reset();
        migracionesResilient.breaker().reset();
        reverifier.wakeUp();
    }

    @Override
    public void close() {
        reverifier.close();
    }
}
