package pe.macexpress.desk.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.procedure.NextStep.Kind;

/** What comes next, from the bundled catalogue's own procedures and each outcome. */
class NextStepsTest {
    private static final Catalog CATALOG = Catalog.bundled();
    private static final Localization TEXT = Localization.bundledOnly();
    private static final Outcome SERVED = new Outcome(OutcomeType.ATENDIDO, "");

    private static List<Kind> kinds(List<NextStep> steps) {
        return steps.stream().map(NextStep::kind).toList();
    }

    @Test
    void aServedProcedureWithSomethingToCollectSaysComeBackInItsPlazoWithTheDocumentAndTheReceipt() {
        List<NextStep> steps = NextSteps.of(CATALOG, "reniec-dni-renovacion", SERVED, Channel.COUNTER);
        assertEquals(List.of(Kind.COME_BACK, Kind.BRING_DOCUMENT, Kind.KEEP_RECEIPT), kinds(steps));
        NextStep back = steps.get(0);
        assertEquals(10, back.days());
        assertEquals("Vuelva en unos 10 días hábiles.", back.sentence(TEXT, "es"));
        assertEquals("Yaqa 10 llamk'ana p'unchawmanta kutimuy.", back.sentence(TEXT, "qu"));
        // The catalogue's own words on what to collect, in the language asked for.
        assertTrue(back.detail("es").startsWith("Volver a este punto en unos 10 días hábiles"), back.detail("es"));
        assertTrue(back.detail("qu").startsWith("Yaqa chunka (10)"), back.detail("qu"));
    }

    @Test
    void oneBusinessDayIsSaidInTheSingular() {
        NextStep back = NextSteps.of(CATALOG, "pj-antecedentes-penales", SERVED, Channel.PORTAL).get(0);
        assertEquals(Kind.COME_BACK, back.kind());
        assertEquals(1, back.days());
        assertEquals("Vuelva en un día hábil.", back.sentence(TEXT, "es"));
    }

    @Test
    void aServedProcedureAnsweredLaterWithNothingToCollectSaysWaitForTheCall() {
        List<NextStep> steps = NextSteps.of(CATALOG, "sis-actualizacion", SERVED, Channel.CAPTURE);
        assertEquals(List.of(Kind.WAIT_FOR_CALL, Kind.KEEP_RECEIPT), kinds(steps));
        assertEquals(1, steps.get(0).days());
        // A form forwarded to its entity is answered later, whatever the catalogue's plazo.
        assertEquals(List.of(Kind.WAIT_FOR_CALL, Kind.KEEP_RECEIPT),
                kinds(NextSteps.of(CATALOG, "sunat-orientacion-tributaria", SERVED, Channel.CAPTURE)));
        assertEquals("Espere nuestra llamada o mensaje cuando haya respuesta.",
                NextSteps.of(CATALOG, "sunat-orientacion-tributaria", SERVED, Channel.CAPTURE).get(0).sentence(TEXT, "es"));
    }

    @Test
    void aProcedureAnsweredAtTheCounterIsDone() {
        assertEquals(List.of(Kind.DONE), kinds(NextSteps.of(CATALOG, "sunat-orientacion-tributaria", SERVED, Channel.COUNTER)));
        assertEquals(List.of(Kind.DONE), kinds(NextSteps.of(CATALOG, "reniec-dni-entrega", SERVED, Channel.COUNTER)));
    }

    @Test
    void aServedReferralSendsTheCitizenToTheCataloguesOfficeFirst() {
        List<NextStep> alimentos = NextSteps.of(CATALOG, "pj-demanda-alimentos", SERVED, Channel.REFERRAL);
        assertEquals(List.of(Kind.GO_TO_OFFICE, Kind.KEEP_RECEIPT), kinds(alimentos));
        assertTrue(alimentos.get(0).detail("es").startsWith("Juzgado de Paz Letrado"), alimentos.get(0).detail("es"));
        // A referral with a plazo and something to collect: go there, then come back for it.
        assertEquals(List.of(Kind.GO_TO_OFFICE, Kind.COME_BACK, Kind.BRING_DOCUMENT, Kind.KEEP_RECEIPT),
                kinds(NextSteps.of(CATALOG, "midis-sisfoh-solicitud", SERVED, Channel.COUNTER)));
    }

    @Test
    void pendingMeansWaitForOurCallAndKeepTheReceipt() {
        List<NextStep> steps = NextSteps.of(CATALOG, "reniec-dni-renovacion",
                new Outcome(OutcomeType.PENDIENTE, "falta la foto"), Channel.COUNTER);
        assertEquals(List.of(Kind.WAIT_FOR_CALL, Kind.KEEP_RECEIPT), kinds(steps));
        assertEquals(10, steps.get(0).days());
    }

    @Test
    void referredGoesToTheOfficeTheAdvisorWroteElseTheCataloguesOne() {
        List<NextStep> written = NextSteps.of(CATALOG, "pj-demanda-alimentos",
                new Outcome(OutcomeType.DERIVADO, "Juzgado de Paz de Iquitos"), Channel.REFERRAL);
        assertEquals(List.of(Kind.GO_TO_OFFICE, Kind.KEEP_RECEIPT), kinds(written));
        assertEquals("Juzgado de Paz de Iquitos", written.get(0).detail("qu"));
        NextStep catalogue = NextSteps.of(Optional.of(CATALOG.find("pj-demanda-alimentos").orElseThrow()),
                new Outcome(OutcomeType.DERIVADO, "x"), Channel.REFERRAL, false).get(0);
        assertEquals("x", catalogue.detail("es"));
        NextStep none = new NextStep(Kind.GO_TO_OFFICE, 0, null, "",
                CATALOG.find("pj-demanda-alimentos").orElseThrow().referralTo());
        assertTrue(none.detail("es").startsWith("Juzgado de Paz Letrado"), none.detail("es"));
    }

    @Test
    void notServedWithTheBanksPaymentRequiredFirstSaysPayTheFeeBringTheDocumentsAndComeBack() {
        List<NextStep> steps = NextSteps.of(CATALOG, "reniec-dni-renovacion",
                new Outcome(OutcomeType.NO_ATENDIDO, "no trajo el pago"), Channel.COUNTER);
        assertEquals(List.of(Kind.PAY_AT_BANK, Kind.BRING_DOCUMENT, Kind.COME_BACK), kinds(steps));
        assertEquals(new BigDecimal("30.00"), steps.get(0).fee());
        assertEquals("Pague S/ 30.00 en el Banco de la Nación antes de volver.", steps.get(0).sentence(TEXT, "es"));
        assertTrue(steps.get(0).sentence(TEXT, "qu").contains("S/ 30.00"), steps.get(0).sentence(TEXT, "qu"));
        assertEquals(0, steps.get(2).days(), "no plazo: come back when it is ready");
        assertEquals("Vuelva cuando tenga lo que faltó.", steps.get(2).sentence(TEXT, "es"));
    }

    @Test
    void notServedWithAFeeButNoPaymentFirstDoesNotSendTheCitizenToTheBank() {
        // reniec-acta-nacimiento costs S/ 10.00 but requires nothing first.
        assertEquals(List.of(Kind.BRING_DOCUMENT, Kind.COME_BACK), kinds(NextSteps.of(CATALOG, "reniec-acta-nacimiento",
                new Outcome(OutcomeType.NO_ATENDIDO, "sin DNI"), Channel.CAPTURE)));
        // A free procedure required first (essalud-consulta-asegurado) is no payment either.
        assertEquals(List.of(Kind.BRING_DOCUMENT, Kind.COME_BACK), kinds(NextSteps.of(CATALOG, "essalud-cita-medica",
                new Outcome(OutcomeType.NO_ATENDIDO, "sin seguro"), Channel.PORTAL)));
    }

    @Test
    void aProcedureNoLongerInTheCatalogueStillGetsTheOutcomesSteps() {
        assertEquals(List.of(Kind.DONE), kinds(NextSteps.of(CATALOG, "gone", SERVED, Channel.COUNTER)));
        assertEquals(List.of(Kind.WAIT_FOR_CALL, Kind.KEEP_RECEIPT),
                kinds(NextSteps.of(CATALOG, "gone", new Outcome(OutcomeType.PENDIENTE, "x"), Channel.COUNTER)));
        assertEquals(List.of(Kind.GO_TO_OFFICE, Kind.KEEP_RECEIPT),
                kinds(NextSteps.of(CATALOG, "gone", new Outcome(OutcomeType.DERIVADO, "SUNAT"), Channel.COUNTER)));
        assertEquals(List.of(Kind.BRING_DOCUMENT, Kind.COME_BACK),
                kinds(NextSteps.of(CATALOG, "gone", new Outcome(OutcomeType.NO_ATENDIDO, "x"), Channel.COUNTER)));
    }

    @Test
    void everyOutcomeOfEveryBundledProcedureHasAtLeastOneStepWithASentenceInBothLanguages() {
        for (var p : CATALOG.all()) {
            for (OutcomeType t : OutcomeType.values()) {
                List<NextStep> steps = NextSteps.of(CATALOG, p.id(), new Outcome(t, "detalle"), p.channel());
                assertTrue(!steps.isEmpty(), p.id() + " " + t);
                for (NextStep s : steps) {
                    for (String tag : List.of("es", "qu")) {
                        String sentence = s.sentence(TEXT, tag);
                        assertTrue(!sentence.isBlank() && !sentence.startsWith("picto."), p.id() + " " + t + " " + tag);
                    }
                }
            }
        }
    }
}
