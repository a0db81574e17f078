package pe.macexpress.desk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.IdentityCheck;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.Population;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Outbox;
import pe.macexpress.desk.store.Store;

/**
 * The offline path end to end: PIDE unreachable → the attention is saved "por verificar" → PIDE
 * back → the background re-verifier updates it, and flags a mismatch for the supervisor.
 */
class IdentityReverifierTest extends SandboxedTest {
    @TempDir
    Path dir;
    Store db;
    AttentionStore attentions;
    AttentionService service;
    IdentityServices online;
    IdentityServices offline;

    @BeforeEach
    void open() throws IOException {
        db = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
        attentions = db.attentions();
        service = new AttentionService(db, Clock.systemUTC());
        DeskSettings settings = DeskSettings.of(dir, new Properties());
        online = new IdentityServices(settings, Sandboxed.config(sandbox), null, db, Sandboxed.HTTP,
                Clock.systemUTC());
        offline = new IdentityServices(settings, Sandboxed.config(Sandboxed.closedUrl(), TrainingData.CREDENTIALS),
                null, db, Sandboxed.HTTP, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        online.close();
        offline.close();
        db.close();
    }

    /** What the UI does: ask, and when UNAVAILABLE go on with the names the advisor typed. */
    private Attention attendOffline(Document doc, String typedNames) {
        IdentityCheck check = new IdentityCheck(offline.dniVerifier(), offline.ceVerifier(), Clock.systemUTC());
        IdentityResult r = check.verify(doc, new QueryContext("ADV-DEMO-1", "WS-1", "visit", QueryContext.PURPOSE_VISIT)).orElseThrow();
        assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome());
        assertTrue(r.outcome().attentionMayContinue());
        Visit visit = new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT, doc, r, typedNames, Instant.now());
        Attention a = service.record(visit, "RENIEC-DUPLICADO", new Outcome(OutcomeType.ATENDIDO, ""), "es");
        assertEquals(VerificationState.PENDING, a.verification());
        return a;
    }

    @Test
    void pendingAttentionIsVerifiedWhenPideIsBack() {
        FictitiousCitizen c = sandbox.population().firstAdult();
        Attention a = attendOffline(Sandboxed.dni(c.dni()), "");
        Outbox outbox = db.outbox();
        int outboxBefore = outbox.counts().unsent();

        BackgroundReverifier.Round round = online.reverifier().runOnce();
        assertEquals(1, round.verified());
        Attention after = attentions.find(a.id()).orElseThrow();
        assertEquals(VerificationState.VERIFIED, after.verification());
        assertEquals("0000", after.verificationCode());
        assertEquals(String.join(" ", c.givenNames(), c.firstSurname(), c.secondSurname()), after.citizenNames());
        // The update, and the query's audit chain row (issue 15), are queued for the centre.
        assertEquals(outboxBefore + 2, outbox.counts().unsent(), "the update is queued for the centre");
        assertEquals(0, online.flags().openCount());
        assertEquals("SYSTEM", online.audit().forReference(a.id().toString()).get(0).advisorId());
    }

    @Test
    void namesThatDifferAreFlaggedForTheSupervisor() {
        FictitiousCitizen c = sandbox.population().firstAdult();
        Attention a = attendOffline(Sandboxed.dni(c.dni()), "PERSONA DISTINTA DE PRUEBA");
        online.reverifier().runOnce();
        assertEquals(VerificationState.VERIFIED, attentions.find(a.id()).orElseThrow().verification());
        assertEquals("PERSONA DISTINTA DE PRUEBA", attentions.find(a.id()).orElseThrow().citizenNames(),
                "what was recorded at the counter is kept");
        List<IdentityFlags.Flagged> flagged = online.flags().open();
        assertEquals(1, flagged.size());
        assertEquals(IdentityFlags.Reason.NAMES_DIFFER, flagged.get(0).reason());
        assertEquals(a.code(), flagged.get(0).attentionCode());
        assertTrue(flagged.get(0).pideNames().contains(c.firstSurname()));
        assertFalse(flagged.get(0).toString().contains(c.firstSurname()));
        assertTrue(online.flags().resolve(a.id(), "SUP-1"));
        assertEquals(0, online.flags().openCount());
    }

    @Test
    void sameNamesWrittenDifferentlyAreNotAMismatch() {
        FictitiousCitizen c = sandbox.population().firstAdult();
        String typed = (c.firstSurname() + " " + c.secondSurname() + ", " + c.givenNames()).toLowerCase();
        Attention a = attendOffline(Sandboxed.dni(c.dni()), typed);
        BackgroundReverifier.Round round = online.reverifier().runOnce();
        assertEquals(1, round.checked());
        assertEquals(1, round.verified());
        assertEquals(0, round.flagged());
        assertEquals(VerificationState.VERIFIED, attentions.find(a.id()).orElseThrow().verification());
        assertEquals(0, online.flags().openCount());
    }

    @Test
    void notFoundIsRecordedAndFlagged() {
        Attention a = attendOffline(Sandboxed.dni(Population.unknownDni()), "ALGUIEN");
        online.reverifier().runOnce();
        assertEquals(VerificationState.NOT_FOUND, attentions.find(a.id()).orElseThrow().verification());
        assertEquals(IdentityFlags.Reason.NOT_FOUND, online.flags().open().get(0).reason());
    }

    @Test
    void stillUnavailableLeavesItPendingAndStopsTheRound() throws IOException {
        Attention a1 = attendOffline(Sandboxed.dni(sandbox.population().firstAdult().dni()), "");
        attendOffline(Sandboxed.dni(sandbox.population().firstMinor().dni()), "");
        Sandboxed.postFault(sandbox, "{\"kind\":\"HTTP_500\"}");
        BackgroundReverifier.Round round = online.reverifier().runOnce();
        assertTrue(round.stoppedEarly());
        assertEquals(1, round.checked(), "the round stops at the first unavailable answer");
        assertEquals(VerificationState.PENDING, attentions.find(a1.id()).orElseThrow().verification());
        assertEquals(0, online.flags().openCount());
        assertEquals(2, online.flags().pending(10).size());
    }

    @Test
    void wakeUpVerifiesInTheBackground() throws InterruptedException {
        Attention a = attendOffline(Sandboxed.dni(sandbox.population().firstAdult().dni()), "");
        online.onlineAgain();
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline
                && attentions.find(a.id()).orElseThrow().verification() == VerificationState.PENDING) {
            Thread.sleep(20);
        }
        assertEquals(VerificationState.VERIFIED, attentions.find(a.id()).orElseThrow().verification());
    }

    @Test
    void carneDeExtranjeriaIsReverifiedThroughMigraciones() {
        Attention a = attendOffline(Sandboxed.ce(sandbox.population().firstForeigner().ce()), "");
        online.reverifier().runOnce();
        assertEquals(VerificationState.VERIFIED, attentions.find(a.id()).orElseThrow().verification());
    }
}
