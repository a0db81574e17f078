package pe.macexpress.desk.ui.attention;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Eligibility;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.VerificationState;

/**
 * Who the citizen at the counter is, as far as a procedure's "who may ask" cares: a minor (RENIEC
 * said so), an adult (RENIEC verified, not a minor), a foreigner by their document; unknown when
 * nothing says (pending, typed by the advisor): then no warning, the advisor decides.
 */
final class Eligible {
    private Eligible() {
    }

    static Set<Eligibility> who(Visit visit) {
        Optional<Eligibility> foreign = Eligibility.ofForeignDocument(visit.document().type());
        if (foreign.isPresent()) {
            return EnumSet.of(foreign.get());
        }
        if (visit.verification() == VerificationState.VERIFIED_MINOR) {
            return EnumSet.of(Eligibility.MINOR, Eligibility.MINOR_WITH_GUARDIAN);
        }
        if (visit.verification() == VerificationState.VERIFIED) {
            return EnumSet.of(Eligibility.ADULT);
        }
        return EnumSet.of(Eligibility.ADULT, Eligibility.MINOR, Eligibility.MINOR_WITH_GUARDIAN);
    }

    static boolean minor(Visit visit) {
        return visit.verification() == VerificationState.VERIFIED_MINOR;
    }

    /** The warning for a procedure the citizen is not among those it is for; empty when it fits. */
    static Optional<String> warningKey(Procedure p, Visit visit) {
        if (p.accepts(who(visit))) {
            return Optional.empty();
        }
        if (Eligibility.ofForeignDocument(visit.document().type()).isPresent()) {
            return Optional.of("choice.eligibility.document");
        }
        return Optional.of(minor(visit) ? "choice.eligibility.minor" : "choice.eligibility.adult");
    }

    /** A minor may do it only with their father, mother or guardian: whose document is asked. */
    static boolean guardianNeeded(Procedure p, Visit visit) {
        return minor(visit) && !p.eligibility().contains(Eligibility.MINOR)
                && p.eligibility().contains(Eligibility.MINOR_WITH_GUARDIAN);
    }
}
