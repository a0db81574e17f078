package pe.macexpress.desk.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.security.TextGuard;
import pe.macexpress.desk.store.Store;

/**
 * Issue 15: free text reached the records with control characters and right-to-left overrides
 * (which make a complaint or an incident display otherwise than it is stored), and without a
 * bound at the service. The services now clean what they are given, whatever screen or tool sent it.
 */
class FreeTextAtServicesTest {
    private static final String RLO = "\u202E";

    @TempDir
    Path dir;

    @Test
    void anIncidentWithBidiOverridesAndControlCharacters_isStoredClean() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            IncidentService incidents = new IncidentService(db.incidents(), Clock.systemUTC(), () -> { });
            Incident i = incidents.register(IncidentType.POWER_CUT, IncidentSeverity.values()[0],
                    Clock.systemUTC().instant().minusSeconds(600), "Corte de luz " + RLO + "odot\u0000\u0007 el día",
                    "Se avisó" + RLO, "ADV-0001", "TAMBO-01");
            assertEquals("Corte de luz odot el día", i.what());
            assertEquals("Se avisó", i.done());
        }
    }

    @Test
    void anOrientationTopic_isCutAndCleaned() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            VisitTimeline timeline = new VisitTimeline(db, Clock.systemUTC(), ZoneId.of("America/Lima"));
            var entry = timeline.recordOrientation(UUID.randomUUID(), "TAMBO-01", "ADV-0001", true,
                    ("Pidió " + RLO + "licencia\u0007 ").repeat(200), "", "es");
            assertTrue(entry.topic().length() <= OrientationContent.MAX_TOPIC);
            assertTrue(TextGuard.isClean(entry.topic()), entry.topic());
        }
    }

    @Test
    void aCapturedTextAnswer_isKeptWithoutBidiOverrides() {
        var field = new pe.macexpress.desk.catalog.FormField("motivo", pe.macexpress.desk.catalog.FieldType.TEXT,
                null, null, true, null, null, null, 100);
        assertEquals("Cambio de domicilio", pe.macexpress.desk.procedure.FieldRules.canonical(field,
                " Cambio " + RLO + "de\u0000 domicilio\u202C "));
    }

    @Test
    void aComplaintsFacts_areStoredWithoutBidiOverrides() {
        var f = pe.macexpress.desk.testing.SampleComplaints.filing("es");
        var tricked = new pe.macexpress.desk.core.ComplaintFiling(f.visitId(), f.advisorId(), f.documentType(),
                f.documentNumber(), f.names(), f.address(), f.phone(), f.email(), f.replyVia(), f.minor(),
                f.guardianNames(), f.guardianDocument(), "No me atendieron " + RLO + "odatse\u202C a tiempo",
                f.request(), f.action(), f.language(), f.confirmation());
        var guarded = ComplaintService.guarded(tricked);
        assertEquals("No me atendieron odatse a tiempo", guarded.facts());
        assertEquals(f.names(), guarded.names());
    }

    @Test
    void anOutcomeDetail_isCutAtTheLimit_keepingTheGuardiansMarkWhole() {
        String detail = ("Falta partida " + RLO + "x ").repeat(2000) + " · apoderado DNI 10117410-2";
        String sent = AttentionService.sendableDetail(detail);
        assertEquals(TextGuard.MAX_FREE_TEXT, sent.length());
        assertTrue(sent.endsWith(" · apoderado DNI 10117410-2"), "the guardian's document survives the cut");
        assertTrue(TextGuard.isClean(sent));
        assertEquals("corto", AttentionService.sendableDetail("corto"));
    }
}
