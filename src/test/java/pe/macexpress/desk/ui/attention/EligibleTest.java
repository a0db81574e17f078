package pe.macexpress.desk.ui.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.sandbox.TrainingData;

/** Who may ask for a procedure, against who is at the counter (bundled catalogue). */
class EligibleTest {
    private final Catalog catalog = Catalog.bundled();

    private Visit visit(DocumentType type, String number, String check, VerificationState state) {
        return new Visit(UUID.randomUUID(), TrainingData.ADVISORS.get(0), TrainingData.POINT,
                Document.parse(type, number, check).document(), null, state, "X", Instant.now());
    }

    private Procedure p(String id) {
        return catalog.find(id).orElseThrow();
    }

    @Test
    void aMinorIsWarnedOffAdultOnlyAndAskedForAGuardianWhereOneIsNeeded() {
        Visit minor = visit(DocumentType.DNI, "10117410", "2", VerificationState.VERIFIED_MINOR);
        assertEquals(Optional.of("choice.eligibility.minor"), Eligible.warningKey(p("inpe-antecedentes-judiciales"), minor));
        assertEquals(Optional.empty(), Eligible.warningKey(p("reniec-dni-menor"), minor));
        assertTrue(Eligible.guardianNeeded(p("reniec-dni-menor"), minor));
        assertFalse(Eligible.guardianNeeded(p("inpe-antecedentes-judiciales"), minor), "not for it at all");
    }

    @Test
    void anAdultIsWarnedOffAMinorsProcedureAndNeverAskedForAGuardian() {
        Visit adult = visit(DocumentType.DNI, "10117410", "2", VerificationState.VERIFIED);
        assertEquals(Optional.of("choice.eligibility.adult"), Eligible.warningKey(p("reniec-dni-menor"), adult));
        assertEquals(Optional.empty(), Eligible.warningKey(p("inpe-antecedentes-judiciales"), adult));
        assertFalse(Eligible.guardianNeeded(p("reniec-dni-menor"), adult));
    }

    @Test
    void aForeignDocumentIsWarnedByItsTypeAndAnUnknownAgeIsNotWarnedAtAll() {
        Visit passport = visit(DocumentType.PASAPORTE, "AB123456", "", VerificationState.CHECKED_BY_ADVISOR);
        assertEquals(Optional.of("choice.eligibility.document"), Eligible.warningKey(p("inpe-antecedentes-judiciales"), passport));
        Visit pending = visit(DocumentType.DNI, "10117410", "2", VerificationState.PENDING);
        assertEquals(Optional.empty(), Eligible.warningKey(p("reniec-dni-menor"), pending));
        assertEquals(Optional.empty(), Eligible.warningKey(p("inpe-antecedentes-judiciales"), pending));
    }
}
