package pe.macexpress.desk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.identity.IdentityOutcome;
import pe.macexpress.desk.sandbox.TrainingData;

/** What the training screens offer to practise with really gets the answer it promises. */
class TrainingHintsTest {
    @TempDir
    Path home;

    @Test
    void eachPracticeDocumentGetsItsAnswerFromTheSandbox() {
        try (DeskContext ctx = DeskContext.open(DeskSettings.load(home), Clock.systemUTC())) {
            TrainingHints hints = ctx.trainingHints();
            assertEquals(TrainingData.DEMO_PIN, hints.demoPin());
            Map<TrainingHints.Case, IdentityOutcome> promised = Map.of(TrainingHints.Case.ADULT, IdentityOutcome.VERIFIED,
                    TrainingHints.Case.MINOR, IdentityOutcome.MINOR,
                    TrainingHints.Case.NOT_REGISTERED, IdentityOutcome.NOT_FOUND);
            assertEquals(promised.keySet().size(), hints.documents().size());
            promised.forEach((kind, outcome) -> {
                String[] typed = hints.document(kind).orElseThrow().split("-");
                Document doc = Document.parse(DocumentType.DNI, typed[0], typed[1]).value().orElseThrow();
                assertEquals(outcome, ctx.identityCheck().verify(doc,
                        ctx.queryContext(TrainingData.ADVISORS.get(0), java.util.UUID.randomUUID())).orElseThrow().outcome(), kind.name());
            });
        }
    }

    @Test
    void productionShowsNoHints() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\n");
        try (DeskContext ctx = DeskContext.open(DeskSettings.load(home), Clock.systemUTC())) {
            assertSame(TrainingHints.NONE, ctx.trainingHints());
        }
    }
}
