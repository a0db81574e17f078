package pe.macexpress.desk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.identity.IdentityAudit;
import pe.macexpress.desk.identity.IdentityOutcome;
import pe.macexpress.desk.identity.IdentityResult;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.OnFxNamedThread;

/** The composition root wires DNI and CE verification, audit and cache (training mode, real sandbox). */
class IdentityDeskContextTest {
    @TempDir
    Path home;

    @Test
    void trainingContextVerifiesDniAndCeAndAuditsTheVisit() {
        try (DeskContext ctx = DeskContext.open(DeskSettings.load(home), Clock.systemUTC())) {
            Advisor advisor = TrainingData.ADVISORS.get(0);
            UUID visit = UUID.randomUUID();
            String dni = ctx.sandbox().population().firstAdult().dni();
            Document doc = Document.parse(DocumentType.DNI, dni, String.valueOf(DniCheck.letter(dni))).value().orElseThrow();
            IdentityResult r = ctx.identityCheck().verify(doc, ctx.queryContext(advisor, visit)).orElseThrow();
            assertEquals(IdentityOutcome.VERIFIED, r.outcome());
            assertTrue(ctx.identityCheck().verify(doc, ctx.queryContext(advisor, visit)).orElseThrow().cached(),
                    "a second query of the visit is answered from the cache");

            Document ce = Document.parse(DocumentType.CE, ctx.sandbox().population().firstForeigner().ce(), "")
                    .value().orElseThrow();
            assertEquals(IdentityOutcome.VERIFIED,
                    ctx.identityCheck().verify(ce, ctx.queryContext(advisor, visit)).orElseThrow().outcome());

            IdentityAudit.Entry row = ctx.identity().audit().forReference(visit.toString()).get(0);
            assertEquals(advisor.id(), row.advisorId());
            assertEquals(ctx.settings().workstationId(), row.workstationId());
        }
    }

    @Test
    void refusesToBlockTheFxThread() throws InterruptedException {
        try (DeskContext ctx = DeskContext.open(DeskSettings.load(home), Clock.systemUTC())) {
            String dni = ctx.sandbox().population().firstAdult().dni();
            Document doc = Document.parse(DocumentType.DNI, dni, String.valueOf(DniCheck.digit(dni))).value().orElseThrow();
            int asked = ctx.sandbox().consultations();
            Throwable thrown = OnFxNamedThread.thrownBy(() -> ctx.identityCheck().verify(doc,
                    ctx.queryContext(TrainingData.ADVISORS.get(0), UUID.randomUUID())));
            IllegalStateException e = assertInstanceOf(IllegalStateException.class, thrown);
            assertTrue(e.getMessage().contains("FX thread"), e.getMessage());
            assertEquals(asked, ctx.sandbox().consultations(), "nothing was sent from the FX thread");
        }
    }
}
