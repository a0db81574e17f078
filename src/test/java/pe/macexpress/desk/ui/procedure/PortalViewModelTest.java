package pe.macexpress.desk.ui.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.PortalLinks;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.identity.Citizen;
import pe.macexpress.desk.identity.IdentityOutcome;
import pe.macexpress.desk.identity.IdentityResult;
import pe.macexpress.desk.procedure.PortalCheck;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.TestCatalogs;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.procedure.PortalViewModel.Failure;
import pe.macexpress.desk.ui.procedure.PortalViewModel.PageState;

/** The portal panel without a browser: reference rules, what is saved, what is offered when the portal fails. */
class PortalViewModelTest {
    private static final String PORTAL_URL = "https://pagalo.pe";
    @TempDir
    Path dir;
    private Store db;
    private final Catalog catalog = TestCatalogs.channels();
    private final List<String> checked = new ArrayList<>();
    private PortalCheck.Result answer = PortalCheck.Result.REACHABLE;
    private final AtomicBoolean offline = new AtomicBoolean();
    private PortalViewModel vm;
    private Visit visit;

    @BeforeEach
    void open() {
        db = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
        vm = new PortalViewModel(new AttentionService(db, Clock.systemUTC()),
                new PortalLinks("", offline::get, url -> {
                    checked.add(url);
                    return answer;
                }), TaskRunner.direct(), new SimpleStringProperty("qu"));
        visit = visit();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Visit visit() {
        Citizen c = new Citizen("ANA MARIA", "QUISPE", "MAMANI", "", "", "", "", null);
        return new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT,
                Document.parse(DocumentType.DNI, "10117410", String.valueOf(pe.macexpress.desk.core.DniCheck.digit("10117410"))).document(),
                new IdentityResult(IdentityOutcome.VERIFIED, "0000", c, false, Instant.now(), ""),
                c.fullName(), Instant.now());
    }

    private Procedure procedure(String id) {
        return catalog.find(id).orElseThrow();
    }

    private void show(Visit v, String id) {
        Procedure p = procedure(id);
        vm.open(v, p, catalog.entityOf(p), catalog.chainOf(p), catalog.version());
        vm.loadPage();
    }

    @Test
    void theReferenceHasAtMost64CharactersOfTheKindsEntitiesPrint() {
        assertEquals("", PortalViewModel.referenceErrorKey(""));
        assertEquals("", PortalViewModel.referenceErrorKey("  OP-2026/000123  "));
        assertEquals("", PortalViewModel.referenceErrorKey("N° 45.1 #7_b"));
        assertEquals("", PortalViewModel.referenceErrorKey("x".repeat(64)));
        assertEquals("portal.reference.too.long", PortalViewModel.referenceErrorKey("x".repeat(65)));
        assertEquals("portal.reference.bad.characters", PortalViewModel.referenceErrorKey("12345<script>"));
        assertEquals("portal.reference.bad.characters", PortalViewModel.referenceErrorKey("a\nb"));

        show(visit, "bn-pago-tasas");
        vm.referenceProperty().set("12;34");
        assertEquals("portal.reference.bad.characters", vm.referenceErrorKey().get(), "said while typing");
        vm.outcomeProperty().set(OutcomeType.ATENDIDO);
        AtomicReference<Attention> saved = new AtomicReference<>();
        vm.save(saved::set);
        assertNull(saved.get());
        assertEquals("portal.reference.bad.characters", vm.errorKeyProperty().get());
        assertEquals(0, db.attentions().count());
    }

    @Test
    void savingRecordsThePortalChannelTheEntitysReferenceAndTheCatalogueVersion() {
        show(visit, "bn-pago-tasas");
        assertEquals(List.of(PORTAL_URL), checked, "the page is asked before it is shown");
        assertEquals(PageState.LOADING, vm.pageProperty().get());
        assertEquals(PORTAL_URL, vm.addressProperty().get());
        assertEquals(1, vm.loadsProperty().get(), "the browser is asked to load it once");
        vm.pageLoaded();
        assertEquals(PageState.READY, vm.pageProperty().get());

        AtomicReference<Attention> saved = new AtomicReference<>();
        vm.save(saved::set);
        assertEquals("procedure.error.outcome.missing", vm.errorKeyProperty().get());
        vm.outcomeProperty().set(OutcomeType.ATENDIDO);
        vm.referenceProperty().set(" 87654321 ");
        vm.save(saved::set);
        Attention a = saved.get();
        assertEquals(Channel.PORTAL, a.servedVia().channel());
        assertEquals("87654321", a.servedVia().reference());
        assertEquals("test-1", a.servedVia().catalogVersion());
        assertEquals("bn-pago-tasas", a.procedureId());
        assertEquals(OutcomeType.ATENDIDO, a.outcome().type());
        assertEquals("qu", a.language());
        assertEquals(a, db.attentions().find(a.id()).orElseThrow(), "what the screen says is what the file holds");
    }

    @Test
    void whatWasTypedStaysForTheVisitAndANewVisitStartsBlank() {
        show(visit, "pnp-antecedentes-policiales");
        assertEquals(List.of("bn-pago-tasas"), vm.chainProperty().get().stream().map(Procedure::id).toList());
        assertEquals(2, vm.checks().size());
        vm.checks().get(1).set(true);
        vm.referenceProperty().set("A-1");
        vm.outcomeProperty().set(OutcomeType.PENDIENTE);
        vm.detailProperty().set("vuelve mañana");
        vm.pageLoaded();
        vm.keepDraft();

        show(visit, "bn-pago-tasas");
        assertEquals("", vm.referenceProperty().get());
        assertEquals(List.of(), vm.chainProperty().get());
        vm.referenceProperty().set("B-2");

        show(visit, "pnp-antecedentes-policiales");
        assertEquals("A-1", vm.referenceProperty().get());
        assertEquals(OutcomeType.PENDIENTE, vm.outcomeProperty().get());
        assertEquals("vuelve mañana", vm.detailProperty().get());
        assertFalse(vm.checks().get(0).get());
        assertTrue(vm.checks().get(1).get());
        show(visit, "bn-pago-tasas");
        assertEquals("B-2", vm.referenceProperty().get(), "kept without an explicit keepDraft too");

        show(visit(), "pnp-antecedentes-policiales");
        assertEquals("", vm.referenceProperty().get(), "another citizen: nothing of the last one");
        assertNull(vm.outcomeProperty().get());
        assertFalse(vm.checks().get(1).get());
    }

    @Test
    void comingBackToAPageThatIsOpenKeepsItAndANewVisitLoadsItAgain() {
        show(visit, "bn-pago-tasas");
        vm.pageLoaded();
        show(visit, "bn-pago-tasas");
        assertEquals(1, checked.size(), "the page (and what was typed in it) is kept");
        assertEquals(1, vm.loadsProperty().get());
        show(visit(), "bn-pago-tasas");
        assertEquals(2, vm.loadsProperty().get(), "a new citizen gets a fresh page");
    }

    @Test
    void aPortalThatFailsOffersItsFormWhenItHasOne() {
        answer = PortalCheck.Result.HTTP_ERROR;
        show(visit, "pnp-antecedentes-policiales");
        assertEquals(PageState.FAILED, vm.pageProperty().get());
        assertEquals(Failure.HTTP_ERROR, vm.failureProperty().get());
        assertEquals(0, vm.loadsProperty().get(), "nothing is handed to the browser");
        assertEquals(PortalViewModel.Fallback.CAPTURE_FORM, vm.fallback());

        answer = PortalCheck.Result.TIMEOUT;
        show(visit, "bn-pago-tasas");
        assertEquals(Failure.TIMEOUT, vm.failureProperty().get());
        assertEquals(PortalViewModel.Fallback.TASK, vm.fallback());

        answer = PortalCheck.Result.REACHABLE;
        vm.loadPage();
        assertEquals(PageState.LOADING, vm.pageProperty().get(), "try again once the link is back");
        vm.pageFailed(Failure.LOAD_FAILED);
        assertEquals(Failure.LOAD_FAILED, vm.failureProperty().get());
    }

    @Test
    void withNoLinkKnownNoPageIsTriedAndTheTaskIsSavedPendingWithABlankReference() {
        offline.set(true);
        show(visit, "bn-pago-tasas");
        assertEquals(Failure.OFFLINE, vm.failureProperty().get());
        assertEquals(List.of(), checked, "production with no link goes straight to the fallback");

        vm.referenceProperty().set("typed before the link fell");
        AtomicReference<Attention> saved = new AtomicReference<>();
        vm.saveAsTask("Hacer el trámite en el portal cuando vuelva la conexión.", saved::set);
        Attention a = saved.get();
        assertEquals(OutcomeType.PENDIENTE, a.outcome().type());
        assertEquals("Hacer el trámite en el portal cuando vuelva la conexión.", a.outcome().detail());
        assertEquals(Channel.PORTAL, a.servedVia().channel());
        assertEquals("", a.servedVia().reference(), "no operation was made");
        assertEquals("test-1", a.servedVia().catalogVersion());
        assertEquals(1, db.attentions().count());
    }

    @Test
    void aSlowPageCanBeCancelledAndItsLateAnswerIsIgnored() {
        List<Runnable> pending = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                                java.util.function.Consumer<Throwable> failed) {
                pending.add(() -> TaskRunner.direct().run(work, ok, failed));
            }
        };
        vm = new PortalViewModel(new AttentionService(db, Clock.systemUTC()),
                new PortalLinks("", offline::get, url -> PortalCheck.Result.REACHABLE), later,
                new SimpleStringProperty("es"));
        show(visit, "bn-pago-tasas");
        assertEquals(PageState.CHECKING, vm.pageProperty().get());
        vm.cancelLoad();
        assertEquals(Failure.CANCELLED, vm.failureProperty().get());
        pending.forEach(Runnable::run);
        assertEquals(PageState.FAILED, vm.pageProperty().get(), "the late answer is not wanted any more");
        assertEquals(0, vm.loadsProperty().get());
    }

    @Test
    void onlyHttpsInProductionAndOnlyTheLookalikeInTraining() {
        String json = new String(TestCatalogs.channelsBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"portal\": \"https://pagalo.pe\"", "\"portal\": \"http://pagalo.pe\"");
        org.junit.jupiter.api.Assertions.assertThrows(pe.macexpress.desk.catalog.CatalogException.class,
                () -> Catalog.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "the catalogue refuses an http portal: the desk's own rule is the second wall");
        show(visit, "sis-afiliacion");
        assertEquals(Failure.NO_ADDRESS, vm.failureProperty().get(), "no portal address: nothing to open");
        assertEquals(List.of(), checked);
        PortalLinks production = new PortalLinks("", () -> false, url -> PortalCheck.Result.REACHABLE);
        pe.macexpress.desk.catalog.Procedure pagalo = procedure("bn-pago-tasas");
        assertTrue(production.allows(pagalo, "https://www.gob.pe/x"), "the State's own domain");
        assertTrue(production.allows(pagalo, "https://pagalo.pe/pago"), "the portal's host");
        assertTrue(production.allows(pagalo, "https://login.pagalo.pe/"), "another host of the portal's domain");
        assertFalse(production.allows(pagalo, "https://pagalo.pe.evil.example/"), "a look-alike domain");
        assertFalse(production.allows(pagalo, "https://ads.example.com/"), "a site the page links to");
        assertFalse(production.allows(pagalo, "http://www.gob.pe/x"), "never plain http in production");
        assertFalse(production.allows(pagalo, "file:///etc/passwd"));
        assertFalse(production.allows(pagalo, "javascript:alert(1)"));
        assertEquals("bn.com.pe", PortalLinks.domain("www.bn.com.pe"));
        assertEquals("reniec.gob.pe", PortalLinks.domain("serviciosweb.reniec.gob.pe"));
        PortalLinks training = new PortalLinks("http://127.0.0.1:8089", () -> true, url -> PortalCheck.Result.REACHABLE);
        assertEquals("http://127.0.0.1:8089/portal/bn-pago-tasas", training.addressOf(procedure("bn-pago-tasas"))
                .orElseThrow());
        assertTrue(training.allows(pagalo, "http://127.0.0.1:8089/portal/bn-pago-tasas"));
        assertFalse(training.allows(pagalo, "https://pagalo.pe"), "a course never reaches a real entity");
        assertFalse(training.knownOffline(), "training's look-alike needs no internet");
    }

    @Test
    void theCitizensDataComesAsThePortalsAskForIt() {
        List<PortalViewModel.CitizenLine> lines = PortalViewModel.citizenLines(visit);
        assertEquals(List.of(new PortalViewModel.CitizenLine("document.type.dni", "10117410"),
                new PortalViewModel.CitizenLine("portal.citizen.given.names", "ANA MARIA"),
                new PortalViewModel.CitizenLine("portal.citizen.surnames", "QUISPE MAMANI")), lines);
        Visit typed = new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT,
                Document.parse(DocumentType.PASAPORTE, "AB123456", "").document(), null, "JOHN DOE", Instant.now());
        assertEquals(List.of(new PortalViewModel.CitizenLine("document.type.pasaporte", "AB123456"),
                new PortalViewModel.CitizenLine("portal.citizen.names", "JOHN DOE")),
                PortalViewModel.citizenLines(typed));
    }
}
