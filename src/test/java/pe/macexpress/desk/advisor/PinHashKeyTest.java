package pe.macexpress.desk.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.security.Role;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.StoreException;

/**
 * Issue 15, "a copied hash gives 1234 in 101 s": the PIN hash is keyed with the database's key, which
 * lives outside the data folder; a copied hash checks against no PIN, and old hashes are upgraded.
 */
class PinHashKeyTest {
    private static final PinHasher FAST = new PinHasher(1_000);
    private static final Advisor ANA = new Advisor("ADV-1", "Ana Quispe Huamán");

    @TempDir
    Path dir;

    @Test
    void aCopiedHashCannotBeCheckedWithoutTheKeyFile() throws Exception {
        Path file = dir.resolve("desk.db");
        String stored;
        try (Store db = Store.open(file, Clock.systemUTC())) {
            db.advisors().savePoint(TrainingData.POINT);
            db.advisors().upsertAdvisor(ANA, Role.ADVISOR, FAST.hashKeyed(db.advisors().pepper("1234")));
            stored = db.advisors().pinHash(ANA.id()).orElseThrow();
        }
        // The attack: every 4-digit PIN through the same slow hash, as the attacker can compute it.
        int found = 0;
        for (int pin = 0; pin < 10_000; pin += 1) {
            if (pin % 100 != 34 && pin != 1234) {
                continue; // a sample of 100 candidates, the right one among them: enough to show none matches
            }
            if (FAST.verify(String.format("%04d", pin), stored)) {
                found++;
            }
        }
        assertEquals(0, found, "the plain PIN no longer matches the copied hash");
        // Nor does another database's key (the attacker's own install) make it checkable.
        try (Store other = Store.open(dir.resolve("other.db"), Clock.systemUTC())) {
            assertFalse(FAST.verifyKeyed(other.advisors().pepper("1234"), stored));
        }
        // The copied database without its key file does not open at all.
        Path copy = dir.resolve("copied").resolve("desk.db");
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        String keyId;
        try (Store db = Store.open(file, Clock.systemUTC())) {
            assertTrue(new SignInService(db, FAST, true, Clock.systemUTC()).signIn(ANA, "1234").isPresent(),
                    "with the key on this machine, the right PIN signs in");
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var rs = c.createStatement().executeQuery("SELECT value FROM setting WHERE key = 'security.key_id'")) {
            assertTrue(rs.next());
            keyId = rs.getString(1);
        }
        Path key = pe.macexpress.desk.security.KeyRing.file(keyId);
        Path away = dir.resolve("key-away");
        Files.move(key, away);
        try {
            assertThrows(StoreException.class, () -> Store.open(copy, Clock.systemUTC()).close());
        } finally {
            Files.move(away, key);
        }
    }

    @Test
    void anOldUnkeyedHashIsUpgradedAtTheNextSignIn() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            db.advisors().savePoint(TrainingData.POINT);
            db.advisors().upsertAdvisor(ANA, FAST.hash("482913"));
            assertFalse(PinHasher.isKeyed(db.advisors().pinHash(ANA.id()).orElseThrow()));
            SignInService signIn = new SignInService(db, FAST, false, Clock.systemUTC());
            assertTrue(signIn.signIn(ANA, "482913").isPresent(), "an old hash still signs in");
            String now = db.advisors().pinHash(ANA.id()).orElseThrow();
            assertTrue(PinHasher.isKeyed(now), "and is replaced by a keyed one");
            assertFalse(FAST.verify("482913", now));
            assertTrue(signIn.signIn(ANA, "482913").isPresent());
            assertFalse(signIn.signIn(ANA, "482914").isPresent());
        }
    }
}
