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
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.identity.IdentityFlags;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.Role;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.SampleAttentions;

/**
 * Issue 15, "any signed-in advisor can open Supervisión and re-enroll … nothing records who did it;
 * advisors can resolve their own identity flags": the gate wants a supervisor and their own PIN,
 * audits what it allowed, and never lets anyone resolve a flag on their own attention.
 */
class SupervisorGateTest {
    private static final PinHasher FAST = new PinHasher(1_000);
    private static final Advisor ANA = new Advisor("ADV-DEMO-1", "Ana Quispe Huamán");
    private static final Advisor CARMEN = new Advisor("SUP-1", "Carmen Tito Ccori");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T15:00:00Z"));

    private Store seeded() {
        Store db = Store.open(dir.resolve("desk.db"), clock);
        db.advisors().savePoint(TrainingData.POINT);
        db.advisors().upsertAdvisor(ANA, Role.ADVISOR, FAST.hashKeyed(db.advisors().pepper("111111")));
        db.advisors().upsertAdvisor(CARMEN, Role.SUPERVISOR, FAST.hashKeyed(db.advisors().pepper("222222")));
        return db;
    }

    private SupervisorGate gate(Store db) {
        return new SupervisorGate(db, new SignInService(db, FAST, false, clock));
    }

    @Test
    void anAdvisorOpeningSupervisionWithTheirOwnRightPinIsRefused() {
        try (Store db = seeded()) {
            SupervisorGate.Decision d = gate(db).authorize(ANA.id(), "111111", SupervisorGate.Action.SUPERVISION);
            assertFalse(d.allowed(), "the finding: any advisor could open Supervisión");
            assertEquals(SupervisorGate.Outcome.NOT_SUPERVISOR, d.outcome());
            assertEquals("roles.gate.not.supervisor", d.messageKey());
            List<AuditChainStore.Entry> rows = db.audit().after(0, 10);
            assertEquals(AuditActions.SUPERVISOR_REFUSED, rows.get(rows.size() - 1).action());
        }
    }

    @Test
    void aSupervisorWithTheWrongPinIsRefusedAndTheRightPinIsAudited() {
        try (Store db = seeded()) {
            SupervisorGate gate = gate(db);
            assertEquals(List.of(CARMEN), gate.supervisors(), "only supervisors are offered");
            assertEquals(SupervisorGate.Outcome.WRONG_PIN,
                    gate.authorize(CARMEN.id(), "111111", SupervisorGate.Action.ENROLLMENT).outcome());
            SupervisorGate.Decision ok = gate.authorize(CARMEN.id(), "222222", SupervisorGate.Action.ENROLLMENT,
                    "enroll https://central.example");
            assertTrue(ok.allowed());
            AuditChainStore.Entry last = db.audit().after(0, 10).get(db.audit().after(0, 10).size() - 1);
            assertEquals("supervisor.enrollment", last.action());
            assertEquals(CARMEN.id(), last.actor());
            assertEquals("enroll https://central.example", last.detail());
            assertTrue(db.audit().verify().intact());
        }
    }

    @Test
    void theGateSharesTheSignInLockout() {
        try (Store db = seeded()) {
            SupervisorGate gate = gate(db);
            for (int i = 0; i < 5; i++) {
                gate.authorize(CARMEN.id(), "000000", SupervisorGate.Action.RESTORE);
            }
            SupervisorGate.Decision locked = gate.authorize(CARMEN.id(), "222222", SupervisorGate.Action.RESTORE);
            assertEquals(SupervisorGate.Outcome.LOCKED, locked.outcome(), "the right PIN waits like at sign-in");
            assertTrue(locked.lockedUntil().isAfter(clock.instant()));
        }
    }

    @Test
    void anAdvisorNeverResolvesTheirOwnIdentityFlag() {
        try (Store db = seeded()) {
            Attention own = withAdvisor(SampleAttentions.of(7), CARMEN.id());
            Attention other = withAdvisor(SampleAttentions.of(8), ANA.id());
            db.attentions().save(own);
            db.attentions().save(other);
            IdentityFlags flags = new IdentityFlags(db.identityFlags(), clock);
            flags.flag(own.id(), IdentityFlags.Reason.NAMES_DIFFER, "", "");
            flags.flag(other.id(), IdentityFlags.Reason.NAMES_DIFFER, "", "");

            SupervisorGate.Decision d = gate(db).authorizeFlagResolution(CARMEN.id(), "222222", CARMEN.id(), "flag");
            assertEquals(SupervisorGate.Outcome.OWN_FLAG, d.outcome(), "refused even with the right supervisor PIN");
            // The store refuses it too, whoever calls it (the finding: it was accepted).
            assertFalse(flags.resolve(own.id(), CARMEN.id()));
            assertEquals(2, flags.openCount());

            assertTrue(gate(db).authorizeFlagResolution(CARMEN.id(), "222222", ANA.id(), "flag").allowed());
            assertTrue(flags.resolve(other.id(), CARMEN.id()));
            assertEquals(1, flags.openCount());
        }
    }

    private static Attention withAdvisor(Attention a, String advisorId) {
        return new Attention(a.id(), a.code(), a.visitId(), advisorId, a.pointId(), a.document(), a.citizenNames(),
                a.verification(), a.verificationCode(), a.procedureId(), a.outcome(), a.language(), a.startedAt(),
                a.endedAt(), a.servedVia(), a.arrival());
    }
}
