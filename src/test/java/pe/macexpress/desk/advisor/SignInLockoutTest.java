package pe.macexpress.desk.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.Role;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;

/**
 * Issue 15, "50 wrong PINs, then the right one is accepted … no lockout": after five failures sign-in
 * waits (30 s doubling, capped), the wait survives a restart, and every try is an audit row.
 */
class SignInLockoutTest {
    /** A cheap PBKDF2 cost keeps the 50 tries quick; the cost is not what is tested here. */
    private static final PinHasher FAST = new PinHasher(1_000);
    private static final Advisor ANA = new Advisor("ADV-1", "Ana Quispe Huamán");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T15:00:00Z"));

    private Store open() {
        return Store.open(dir.resolve("desk.db"), clock);
    }

    private static void seed(Store db, Advisor who, Role role, String pin) {
        db.advisors().savePoint(TrainingData.POINT);
        db.advisors().upsertAdvisor(who, role, FAST.hashKeyed(db.advisors().pepper(pin)));
    }

    @Test
    void fiftyWrongPinsThenTheRightOneIsRefusedWhileLockedAndTheLockSurvivesAReopen() {
        try (Store db = open()) {
            seed(db, ANA, Role.ADVISOR, "482913");
            SignInService signIn = new SignInService(db, FAST, false, clock);
            for (int i = 1; i <= 4; i++) {
                SignInService.Attempt a = signIn.signIn(ANA, "000000");
                assertEquals(SignInService.Outcome.WRONG, a.check().outcome());
                assertFalse(a.check().locked(), "four failures cost nothing");
            }
            SignInService.Attempt fifth = signIn.signIn(ANA, "000000");
            assertTrue(fifth.check().locked(), "the fifth failure starts the wait");
            assertEquals(clock.instant().plusSeconds(30), fifth.check().lockedUntil());
            for (int i = 6; i <= 50; i++) {
                signIn.signIn(ANA, String.format("%06d", i));
            }
            SignInService.Attempt right = signIn.signIn(ANA, "482913");
            assertFalse(right.isPresent(), "the right PIN is refused while locked (the finding: it was accepted)");
            assertEquals(SignInService.Outcome.LOCKED, right.check().outcome());
        }
        // A restart (the store opened again) does not clear the wait.
        try (Store db = open()) {
            SignInService signIn = new SignInService(db, FAST, false, clock);
            SignInService.Attempt afterRestart = signIn.signIn(ANA, "482913");
            assertEquals(SignInService.Outcome.LOCKED, afterRestart.check().outcome());
            clock.advance(Duration.ofSeconds(31));
            assertTrue(signIn.signIn(ANA, "482913").isPresent(), "once the wait is over, the right PIN signs in");
            // The success cleared the count: one wrong PIN does not lock again.
            assertFalse(signIn.signIn(ANA, "111111").check().locked());
        }
    }

    @Test
    void theWaitDoublesAfterEachFurtherFailureUpToAnHour() {
        Instant now = Instant.parse("2026-12-02T15:00:00Z");
        assertEquals(Instant.EPOCH, SignInService.lockedUntil(4, now));
        assertEquals(now.plusSeconds(30), SignInService.lockedUntil(5, now));
        assertEquals(now.plusSeconds(60), SignInService.lockedUntil(6, now));
        assertEquals(now.plusSeconds(120), SignInService.lockedUntil(7, now));
        assertEquals(now.plus(Duration.ofHours(1)), SignInService.lockedUntil(50, now));
        assertEquals(now.plus(Duration.ofHours(1)), SignInService.lockedUntil(Integer.MAX_VALUE, now));
    }

    @Test
    void everyFailureAndEverySuccessIsAnAuditRowWithoutThePin() {
        try (Store db = open()) {
            seed(db, ANA, Role.ADVISOR, "482913");
            SignInService signIn = new SignInService(db, FAST, false, clock);
            signIn.signIn(ANA, "123456");
            signIn.signIn(ANA, "482913");
            List<AuditChainStore.Entry> rows = db.audit().after(0, 100);
            assertEquals(List.of(AuditActions.SIGNIN_FAILED, AuditActions.SIGNIN_OK),
                    rows.stream().map(AuditChainStore.Entry::action).toList());
            assertTrue(rows.stream().allMatch(r -> r.actor().equals(ANA.id())));
            assertFalse(rows.toString().contains("482913") || rows.toString().contains("123456"), "no PIN in the audit");
            assertTrue(db.audit().verify().intact());
        }
    }

    @Test
    void productionPinsHaveAtLeastSixDigitsTrainingKeepsItsDemoPin() {
        assertFalse(PinHasher.isAcceptablePin("1234", false), "4 digits are refused in production");
        assertFalse(PinHasher.isAcceptablePin("12345", false));
        assertTrue(PinHasher.isAcceptablePin("123456", false));
        assertTrue(PinHasher.isAcceptablePin(TrainingData.DEMO_PIN, true), "training keeps its short demo PIN");
        assertFalse(PinHasher.isAcceptablePin("12a456", false));
    }

    @Test
    void aTrainerSignsInOnlyInTrainingMode() {
        Advisor trainer = new Advisor("TRN-1", "Julio Apaza");
        try (Store db = open()) {
            seed(db, trainer, Role.TRAINER, "482913");
            assertFalse(new SignInService(db, FAST, false, clock).signIn(trainer, "482913").isPresent(),
                    "no trainer in production");
            SignInService.Attempt training = new SignInService(db, FAST, true, clock).signIn(trainer, "482913");
            assertTrue(training.isPresent());
            assertEquals(Role.TRAINER, training.session().orElseThrow().role());
        }
    }
}
