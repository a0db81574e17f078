package pe.macexpress.desk.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.procedure.NextStep.Kind;

/**
 * What comes next for the citizen after one attention, from what the catalogue says of the procedure
 * (what to bring back, plazo, fee, what must be done first, channel) and the outcome. The receipt
 * shows and prints these as pictograms with their words; any other screen may too.
 *
 * <ul>
 *   <li>Atendido: served through a referral, first go to the other office (the catalogue's); then, with
 *       something to bring back or collect, come back (in the plazo's days), bring the document and keep
 *       the receipt; with a plazo or a form forwarded to the entity and nothing to collect, wait for the
 *       call and keep the receipt; a referral with neither keeps the receipt; otherwise done.</li>
 *   <li>Pendiente: wait for the call (the desk follows the case up and calls), keep the receipt.</li>
 *   <li>Derivado: go to the other office (the advisor's detail says which, else the catalogue's),
 *       keep the receipt.</li>
 *   <li>No atendido: pay at the bank first when the procedure requires the Banco de la Nación's payment
 *       and has a fee; bring the documents asked for; come back.</li>
 * </ul>
 * A procedure the catalogue no longer has still gets the outcome's steps.
 */
public final class NextSteps {
    /** The catalogue's id of the Banco de la Nación: a procedure required first there is a payment. */
    public static final String BANK_ENTITY = "BN";

    private NextSteps() {
    }

    /** The steps after an attention of {@code procedureId} with {@code outcome}, served through {@code via}. */
    public static List<NextStep> of(Catalog catalog, String procedureId, Outcome outcome, Channel via) {
        Optional<Procedure> p = catalog.find(procedureId);
        boolean payFirst = p.map(pr -> !pr.isFree() && pr.requiresFirst().stream()
                .flatMap(id -> catalog.find(id).stream())
                .anyMatch(before -> BANK_ENTITY.equalsIgnoreCase(before.entity()))).orElse(false);
        return of(p, outcome, via, payFirst);
    }

    /**
     * The steps for a procedure as the catalogue describes it (empty when unknown).
     *
     * @param payFirst the procedure requires a payment at the bank first (see {@link #of(Catalog, String, Outcome, Channel)})
     */
    public static List<NextStep> of(Optional<Procedure> procedure, Outcome outcome, Channel via, boolean payFirst) {
        List<NextStep> steps = new ArrayList<>();
        OutcomeType type = outcome.type();
        int days = procedure.map(Procedure::plazoDays).filter(d -> d != null && d > 0).orElse(0);
        switch (type) {
            case ATENDIDO -> {
                boolean collect = procedure.map(pr -> !pr.bringBack(pe.macexpress.desk.catalog.Texts.FALLBACK).isBlank())
                        .orElse(false);
                boolean answerLater = procedure.map(Procedure::followUp).orElse(false) || via == Channel.CAPTURE;
                boolean referral = via == Channel.REFERRAL
                        || procedure.map(pr -> pr.channel() == Channel.REFERRAL).orElse(false);
                if (referral) {
                    steps.add(new NextStep(Kind.GO_TO_OFFICE, 0, null, "", procedure.map(pr -> pr.referralTo()).orElse(null)));
                }
                if (collect) {
                    steps.add(new NextStep(Kind.COME_BACK, days, null, "", procedure.get().bringBack()));
                    steps.add(NextStep.of(Kind.BRING_DOCUMENT));
                    steps.add(NextStep.of(Kind.KEEP_RECEIPT));
                } else if (answerLater) {
                    steps.add(new NextStep(Kind.WAIT_FOR_CALL, days, null, "", null));
                    steps.add(NextStep.of(Kind.KEEP_RECEIPT));
                } else if (referral) {
                    steps.add(NextStep.of(Kind.KEEP_RECEIPT));
                } else {
                    steps.add(NextStep.of(Kind.DONE));
                }
            }
            case PENDIENTE -> {
                steps.add(new NextStep(Kind.WAIT_FOR_CALL, days, null, "", null));
                steps.add(NextStep.of(Kind.KEEP_RECEIPT));
            }
            case DERIVADO -> {
                steps.add(new NextStep(Kind.GO_TO_OFFICE, 0, null, outcome.detail(),
                        procedure.map(pr -> pr.referralTo()).orElse(null)));
                steps.add(NextStep.of(Kind.KEEP_RECEIPT));
            }
            case NO_ATENDIDO -> {
                if (payFirst) {
                    steps.add(new NextStep(Kind.PAY_AT_BANK, 0, procedure.get().feeAmount(), "", null));
                }
                steps.add(NextStep.of(Kind.BRING_DOCUMENT));
                steps.add(NextStep.of(Kind.COME_BACK));
            }
        }
        return List.copyOf(steps);
    }
}
