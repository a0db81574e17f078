package pe.macexpress.desk.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
 * Issue 15, point 2 ("PINs of at least 6 digits in production"): the finding is that an advisor whose
 * 4-digit PIN was set before the rule still signed in with it. Now, in production, that PIN opens
 * only the change step; the new PIN works afterwards and the old one no longer does.
 */
class ShortPinReplacedTest {
    private static final PinHasher FAST = new PinHasher(1_000);
    private static final Advisor ANA = new Advisor("ADV-1", "Ana Quispe Huamán");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T15:00:00Z"));

    private Store seeded(String pin) {
        Store db = Store.open(dir.resolve("desk.db"), clock);
        db.advisors().savePoint(TrainingData.POINT);
        db.advisors().upsertAdvisor(ANA, Role.ADVISOR, FAST.hashKeyed(db.advisors().pepper(pin)));
        return db;
    }

    @Test
    void aFourDigitPinFromBeforeTheRuleSignsInOnlyToTheChangeStepInProduction() {
        try (Store db = seeded("4829")) {
            SignInService signIn = new SignInService(db, FAST, false, clock);
            SignInService.Attempt old = signIn.signIn(ANA, "4829");
            assertFalse(old.isPresent(), "the finding: a 4-digit PIN opened the counter in production");
            assertEquals(SignInService.Outcome.PIN_CHANGE, old.check().outcome());

            SignInService.Change changed = signIn.replaceShortPin(ANA, "4829", "730415", "730415");
            assertEquals(SignInService.PinChange.CHANGED, changed.result());
            assertTrue(changed.session().isPresent(), "once replaced, the counter opens");
            assertEquals(ANA, changed.session().get().advisor());

            assertTrue(signIn.signIn(ANA, "730415").isPresent(), "the new PIN signs in");
            SignInService.Attempt again = signIn.signIn(ANA, "4829");
            assertFalse(again.isPresent());
            assertEquals(SignInService.Outcome.WRONG, again.check().outcome(), "the old PIN no longer does");

            List<AuditChainStore.Entry> rows = db.audit().after(0, 100);
            assertEquals(1, rows.stream().filter(r -> r.action().equals(AuditActions.SIGNIN_PIN_CHANGED)
                    && r.actor().equals(ANA.id())).count(), "the change is an audit row");
            assertFalse(rows.toString().contains("4829") || rows.toString().contains("730415"), "no PIN in the audit");
            assertTrue(db.audit().verify().intact());
        }
    }

    @Test
    void aSupervisorsShortPinFromBeforeTheRuleAuthorizesNothingUntilReplaced() {
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            db.advisors().savePoint(TrainingData.POINT);
            db.advisors().upsertAdvisor(ANA, Role.SUPERVISOR, FAST.hashKeyed(db.advisors().pepper("4829")));
            SignInService signIn = new SignInService(db, FAST, false, clock);
            SupervisorGate gate = new SupervisorGate(db, signIn);
            SupervisorGate.Decision d = gate.authorize(ANA.id(), "4829", SupervisorGate.Action.RESTORE);
            assertEquals(SupervisorGate.Outcome.SHORT_PIN, d.outcome(), "the right PIN, but a 4-digit one");
            assertEquals("roles.gate.short.pin", d.messageKey());
            assertTrue(db.audit().after(0, 100).stream().anyMatch(r -> r.action().equals(AuditActions.SUPERVISOR_REFUSED)));

            assertEquals(SignInService.PinChange.CHANGED,
                    signIn.replaceShortPin(ANA, "4829", "730415", "730415").result());
            assertTrue(gate.authorize(ANA.id(), "730415", SupervisorGate.Action.RESTORE).allowed());
            // Training keeps its short demo PINs for supervisors too.
            assertTrue(new SupervisorGate(db, new SignInService(db, FAST, true, clock))
                    .authorize(ANA.id(), "730415", SupervisorGate.Action.RESTORE).allowed());
        }
    }

    @Test
    void aNewPinIsRefusedWhenShortNotDigitsDifferentOrTheOldOneAndNothingChanges() {
        try (Store db = seeded("4829")) {
            SignInService signIn = new SignInService(db, FAST, false, clock);
            assertEquals(SignInService.PinChange.LENGTH, signIn.replaceShortPin(ANA, "4829", "73041", "73041").result());
            assertEquals(SignInService.PinChange.NOT_DIGITS,
                    signIn.replaceShortPin(ANA, "4829", "7304a5", "7304a5").result());
            assertEquals(SignInService.PinChange.DIFFERENT,
                    signIn.replaceShortPin(ANA, "4829", "730415", "730416").result());
            // A 6-digit "old" PIN cannot be short, so the same-as-old refusal is checked on its own.
            assertEquals(SignInService.PinChange.SAME_AS_OLD, signIn.validateNewPin("730415", "730415", "730415"));
            // A wrong old PIN (the change step reached some other way) changes nothing.
            SignInService.Change forged = signIn.replaceShortPin(ANA, "1111", "730415", "730415");
            assertEquals(SignInService.PinChange.REFUSED, forged.result());
            assertFalse(forged.session().isPresent());

            assertEquals(SignInService.Outcome.PIN_CHANGE, signIn.signIn(ANA, "4829").check().outcome(),
                    "after the refusals the old PIN is still the one to replace");
            assertEquals(SignInService.Outcome.WRONG, signIn.signIn(ANA, "730415").check().outcome());
            assertTrue(db.audit().after(0, 100).stream().noneMatch(r -> r.action().equals(AuditActions.SIGNIN_PIN_CHANGED)));
        }
    }

    @Test
    void trainingKeepsItsShortDemoPins() {
        try (Store db = seeded("1234")) {
            assertTrue(new SignInService(db, FAST, true, clock).signIn(ANA, "1234").isPresent());
        }
    }
}
