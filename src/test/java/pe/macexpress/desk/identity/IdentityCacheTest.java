package pe.macexpress.desk.identity;

import java.time.Clock;
import pe.macexpress.desk.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.sandbox.Population;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.Store;

/** Verified identities are served from SQLite: quota spared, repeat visits answered offline. */
class IdentityCacheTest extends SandboxedTest {
    @TempDir
    Path dir;
    Store db;
    MutableClock clock;
    Document adult;

    @BeforeEach
    void open() throws IOException {
        db = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
        clock = new MutableClock(Instant.parse("2026-03-02T14:00:00Z"));
        adult = Sandboxed.dni(sandbox.population().firstAdult().dni());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CachingVerifier chain(String url, IdentityCache cache) {
        return new CachingVerifier(new ReniecClient(Sandboxed.config(url, TrainingData.CREDENTIALS), Sandboxed.HTTP, clock), cache);
    }

    @Test
    void repeatVisitIsAnsweredFromTheCacheWithTheOriginalTime() {
        IdentityCache cache = new IdentityCache(db.identityCache(), clock, IdentityCache.DEFAULT_LIFETIME, false);
        CachingVerifier v = chain(sandbox.baseUrl(), cache);
        IdentityResult first = v.verify(adult);
        assertFalse(first.cached());
        Instant verifiedAt = first.answeredAt();

        clock.advance(Duration.ofDays(3));
        int before = sandbox.consultations();
        IdentityResult again = v.verify(adult);
        assertTrue(again.cached());
        assertEquals(verifiedAt, again.answeredAt());
        assertEquals(IdentityOutcome.VERIFIED, again.outcome());
        assertEquals(first.citizen().fullName(), again.citizen().fullName());
        assertEquals(0, sandbox.consultations() - before, "no quota spent");
    }

    @Test
    void cacheServesWhilePideIsUnreachable() throws IOException {
        IdentityCache cache = new IdentityCache(db.identityCache(), clock, IdentityCache.DEFAULT_LIFETIME, false);
        chain(sandbox.baseUrl(), cache).verify(adult);
        IdentityResult offline = chain(Sandboxed.closedUrl(), cache).verify(adult);
        assertEquals(IdentityOutcome.VERIFIED, offline.outcome());
        assertTrue(offline.cached());
    }

    @Test
    void expiredEntriesAreAskedAgainAndPurged() {
        IdentityCache cache = new IdentityCache(db.identityCache(), clock, Duration.ofDays(30), false);
        CachingVerifier v = chain(sandbox.baseUrl(), cache);
        v.verify(adult);
        clock.advance(Duration.ofDays(31));
        IdentityResult r = v.verify(adult);
        assertFalse(r.cached(), "past its lifetime");
        assertEquals(clock.instant(), r.answeredAt());
        clock.advance(Duration.ofDays(31));
        assertEquals(1, cache.purgeExpired());
        assertEquals(0, cache.size());
    }

    @Test
    void photoIsKeptOnlyWhenConfigured() {
        IdentityCache noPhotos = new IdentityCache(db.identityCache(), clock, IdentityCache.DEFAULT_LIFETIME, false);
        chain(sandbox.baseUrl(), noPhotos).verify(adult);
        assertNull(noPhotos.lookup(adult).orElseThrow().citizen().photoJpeg());

        IdentityCache photos = new IdentityCache(db.identityCache(), clock, IdentityCache.DEFAULT_LIFETIME, true);
        photos.evict(adult);
        chain(sandbox.baseUrl(), photos).verify(adult);
        assertTrue(ReniecClient.isJpeg(photos.lookup(adult).orElseThrow().citizen().photoJpeg()));
    }

    @Test
    void onlyConfirmedIdentitiesAreCached() throws IOException {
        IdentityCache cache = new IdentityCache(db.identityCache(), clock, IdentityCache.DEFAULT_LIFETIME, false);
        CachingVerifier v = chain(sandbox.baseUrl(), cache);
        v.verify(Sandboxed.dni(Population.unknownDni()));
        Sandboxed.postFault(sandbox, "{\"kind\":\"CODE\",\"code\":\"1003\",\"times\":1}");
        v.verify(adult);
        assertEquals(0, cache.size());
        v.verify(Sandboxed.dni(sandbox.population().firstMinor().dni()));
        assertEquals(1, cache.size(), "a minor's restricted answer is a confirmation too");
    }

    @Test
    void lifetimeComesFromTheConfiguration() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("identity.cache.days", "7");
        IdentityServices services = new IdentityServices(pe.macexpress.desk.config.DeskSettings.of(dir, p),
                Sandboxed.config(sandbox), null, db, Sandboxed.HTTP, clock);
        assertEquals(Duration.ofDays(7), services.cache().lifetime());
        services.close();
    }
}
