package pe.macexpress.desk.ui.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.sandbox.Fault;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.PortalLookalike;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TestCatalogs;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;
import pe.macexpress.desk.ui.procedure.PortalViewModel.PageState;

/**
 * A portal procedure served end to end in training mode, with no internet: the real WebView (it
 * runs under Monocle) shows the sandbox's look-alike page over loopback, the page is filled and
 * submitted, its operation number goes into the panel and the attention is saved with it. And the
 * fallbacks when the portal fails. Screenshots at 1024×600 and 1366×768.
 */
class PortalEndToEndTest extends TrainingDeskTest {
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        open(stage);
    }

    /** The central publishes the test catalogue (one procedure per channel); the next visit serves it. */
    private void serveTheTestCatalogue() throws Exception {
        ctx.sandbox().centralApi().publishCatalog(TestCatalogs.channelsBytes());
        ctx.sync().syncNow().get(30, TimeUnit.SECONDS);
        assertEquals("test-1", ctx.catalogs().current().version());
    }

    /** The window goes back to the size the other UI tests expect (the stage is shared between tests). */
    @Override
    @org.junit.jupiter.api.AfterEach
    protected void stop() throws IOException {
        try {
            org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5_000, () -> {
                stage.setWidth(1120);
                stage.setHeight(780);
            });
        } finally {
            super.stop();
        }
    }

    @Test
    void aPortalProcedureIsWalkedInTheLookalikeAndSavedWithItsOperationNumber(FxRobot robot) throws Exception {
        serveTheTestCatalogue();
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        identify(robot, citizen);
        choose(robot, "pagalo");
        PortalViewModel vm = ui.flow().portalViewModel();
        waitUntil(() -> vm.pageProperty().get() == PageState.READY);
        WebEngine engine = robot.lookup("#portal-web").queryAs(WebView.class).getEngine();
        String title = call(robot, () -> engine.getTitle());
        assertEquals("Banco de la Nación — Pago de tasas del Estado (Págalo.pe)", title);
        assertTrue(call(robot, () -> engine.getLocation()).startsWith(ctx.sandbox().baseUrl() + "/portal/bn-pago-tasas"));
        assertEquals(citizen.dni(), text(robot, "#portal-citizen-0"));
        assertEquals(citizen.givenNames(), text(robot, "#portal-citizen-1"));
        resize(robot, 1024, 600);
        Screenshots.save(robot, scene, "es-portal-01-page-1024x600");
        resize(robot, 1366, 768);
        Screenshots.save(robot, scene, "es-portal-01-page-1366x768");

        // Copy buttons put the value on the clipboard, ready for Ctrl+V in the portal.
        // The screen says "copied" exactly when the clipboard holds the value. (Monocle's headless
        // clipboard refuses content, so here the check is that it does not claim a copy it did not make.)
        assertFalse(Shown.node(robot, "#portal-copied"));
        robot.clickOn("#portal-copy-0");
        String copied = call(robot, () -> Clipboard.getSystemClipboard().getString());
        assertEquals(citizen.dni().equals(copied), Shown.node(robot, "#portal-copied"));

        // The advisor fills the entity's form with the citizen's data and sends it.
        robot.interact(() -> engine.executeScript("document.cookie = 'sesion=ciudadano-1; path=/'"));
        String script = "document.getElementById('dni').value='" + citizen.dni() + "';"
                + "document.getElementById('nombres').value='" + citizen.givenNames() + "';"
                + "document.getElementById('apellidos').value='" + citizen.firstSurname() + "';"
                + "document.getElementById('enviar').click();";
        robot.interact(() -> engine.executeScript(script));
        waitUntil(() -> vm.pageProperty().get() == PageState.READY
                && call(robot, () -> engine.executeScript("document.getElementById('operacion') !== null")) == Boolean.TRUE);
        String operation = String.valueOf(call(robot,
                () -> engine.executeScript("document.getElementById('operacion').textContent")));
        assertEquals(PortalLookalike.operationNumber("bn-pago-tasas", citizen.dni()), operation);
        assertFalse(robot.lookup("#portal-page-back").query().isDisabled(), "the portal's own back is offered");

        robot.clickOn("#portal-reference").write(operation);
        robot.clickOn("#portal-requirement-0");
        resize(robot, 1024, 600);
        Screenshots.save(robot, scene, "es-portal-02-operation-1024x600");
        robot.interact(() -> robot.lookup("#portal-panel").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        Screenshots.save(robot, scene, "es-portal-02-panel-end-1024x600");
        robot.interact(() -> robot.lookup("#portal-panel").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));

        // Back to the choice and in again: what was typed (and the page) are still there.
        robot.interact(() -> robot.lookup("#portal-back").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> Shown.node(robot, "#choice-search"));
        choose(robot, "pagalo");
        assertEquals(operation, robot.lookup("#portal-reference").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#portal-requirement-0").queryAs(CheckBox.class).isSelected());
        assertEquals(operation, String.valueOf(call(robot,
                () -> engine.executeScript("document.getElementById('operacion').textContent"))),
                "the portal's answer page was kept, not reloaded");

        switchLanguage(robot, "qu");
        assertEquals(ctx.localization().text("qu", "portal.copy"), text(robot, "#portal-copy-0"));
        Screenshots.save(robot, scene, "qu-portal-02-operation-1024x600");
        resize(robot, 1366, 768);
        Screenshots.save(robot, scene, "qu-portal-02-operation-1366x768");

        robot.interact(() -> robot.lookup("#portal-outcome-atendido").queryAs(javafx.scene.control.RadioButton.class)
                .fire());
        robot.interact(() -> robot.lookup("#portal-save").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> Shown.node(robot, "#another-question"));

        List<Attention> rows = ctx.attentions().findByVisit(ui.flow().currentVisit().id());
        assertEquals(1, rows.size());
        Attention a = rows.get(0);
        assertEquals("bn-pago-tasas", a.procedureId());
        assertEquals(OutcomeType.ATENDIDO, a.outcome().type());
        assertEquals(Channel.PORTAL, a.servedVia().channel());
        assertEquals(operation, a.servedVia().reference());
        assertEquals("test-1", a.servedVia().catalogVersion());
        assertEquals("qu", a.language());
        assertEquals(citizen.dni(), a.document().number());

        // The next citizen gets the portal with nothing of this one: no cookies, a fresh page.
        assertTrue(String.valueOf(call(robot, () -> engine.executeScript("document.cookie"))).contains("sesion="));
        identifyAgain(robot);
        choose(robot, "pagalo");
        waitUntil(() -> vm.pageProperty().get() == PageState.READY);
        assertFalse(String.valueOf(call(robot, () -> engine.executeScript("document.cookie"))).contains("sesion="));
        assertEquals("", robot.lookup("#portal-reference").queryAs(TextField.class).getText());
        assertEquals(Boolean.TRUE, call(robot, () -> engine.executeScript("document.getElementById('dni') !== null")),
                "the form again, not the last citizen's answer");
    }

    @Test
    void aPortalThatFailsWithoutAFormBecomesAPendingTask(FxRobot robot) throws Exception {
        serveTheTestCatalogue();
        ctx.sandbox().inject(new Fault(Fault.Kind.HTTP_500, "", 0, 0, "PORTAL"));
        identify(robot, ctx.sandbox().population().firstAdult());
        choose(robot, "pagalo");
        waitUntil(() -> Shown.node(robot, "#portal-failure-pane"));
        assertEquals(ctx.localization().text("es", "portal.failed.http.error"), text(robot, "#portal-failure"));
        assertTrue(Shown.node(robot, "#portal-fallback-task"));
        assertFalse(Shown.node(robot, "#portal-fallback-capture"), "this procedure has no form");
        assertFalse(robot.lookup("#portal-web").query().isVisible(), "no error page from the portal is shown");
        resize(robot, 1024, 600);
        Screenshots.save(robot, scene, "es-portal-03-failed-task-1024x600");

        robot.interact(() -> robot.lookup("#portal-fallback-task").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> Shown.node(robot, "#another-question"));
        List<Attention> rows = ctx.attentions().findByVisit(ui.flow().currentVisit().id());
        assertEquals(1, rows.size());
        Attention a = rows.get(0);
        assertEquals(OutcomeType.PENDIENTE, a.outcome().type());
        assertEquals(ctx.localization().text("es", "portal.task.detail"), a.outcome().detail());
        assertEquals(Channel.PORTAL, a.servedVia().channel());
        assertEquals("", a.servedVia().reference());
    }

    @Test
    void aPortalThatFailsWithAFormOffersTheOfflineFormAndALaterRetryWorks(FxRobot robot) throws Exception {
        serveTheTestCatalogue();
        ctx.sandbox().inject(new Fault(Fault.Kind.RESET, "", 0, 0, "PORTAL"));
        identify(robot, ctx.sandbox().population().firstAdult());
        choose(robot, "antecedentes policiales");
        waitUntil(() -> Shown.node(robot, "#portal-failure-pane"));
        assertTrue(Shown.node(robot, "#portal-fallback-capture"));
        assertFalse(Shown.node(robot, "#portal-fallback-task"));
        assertTrue(text(robot, "#portal-chain").contains("Pago de tasas del Estado"), "the chain is shown");
        switchLanguage(robot, "qu");
        resize(robot, 1024, 600);
        Screenshots.save(robot, scene, "qu-portal-04-failed-form-1024x600");
        switchLanguage(robot, "es");

        // The link returns: "try again" loads the page.
        ctx.sandbox().clearFaults();
        robot.interact(() -> robot.lookup("#portal-retry").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> ui.flow().portalViewModel().pageProperty().get() == PageState.READY);
        assertTrue(robot.lookup("#portal-web").query().isVisible());

        // And with the portal down again, the form is the way out: the flow opens the capture screen.
        ctx.sandbox().inject(new Fault(Fault.Kind.HTTP_500, "", 0, 0, "PORTAL"));
        robot.interact(() -> robot.lookup("#portal-back").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> Shown.node(robot, "#choice-search"));
        identifyAgain(robot);
        choose(robot, "antecedentes policiales");
        waitUntil(() -> Shown.node(robot, "#portal-fallback-capture"));
        robot.interact(() -> robot.lookup("#portal-fallback-capture").queryAs(javafx.scene.control.Button.class)
                .fire());
        waitUntil(() -> !Shown.node(robot, "#portal-fallback-capture"));
        assertFalse(ui.root().lookup("#portal-panel") != null && ui.root().lookup("#portal-panel").getScene() != null,
                "the portal screen gave way to the capture screen");
    }

    @Test
    void aSlowPortalCanBeCancelledAndThePageMayNotLeaveThePortal(FxRobot robot) throws Exception {
        serveTheTestCatalogue();
        ctx.sandbox().inject(new Fault(Fault.Kind.DELAY, "", 4_000, 1, "PORTAL"));
        identify(robot, ctx.sandbox().population().firstAdult());
        choose(robot, "pagalo");
        waitUntil(() -> Shown.node(robot, "#portal-page-cancel"));
        assertEquals(ctx.localization().text("es", "portal.page.checking"), text(robot, "#portal-page-status"));
        robot.interact(() -> robot.lookup("#portal-page-cancel").queryAs(javafx.scene.control.Button.class).fire());
        assertEquals(ctx.localization().text("es", "portal.failed.cancelled"), text(robot, "#portal-failure"));
        assertFalse(Shown.node(robot, "#portal-page-cancel"));
        assertTrue(Shown.node(robot, "#portal-retry"));

        robot.interact(() -> robot.lookup("#portal-retry").queryAs(javafx.scene.control.Button.class).fire());
        PortalViewModel vm = ui.flow().portalViewModel();
        waitUntil(() -> vm.pageProperty().get() == PageState.READY);
        // A link in the page to somewhere else (here a real https site, in training) is stopped.
        WebEngine engine = robot.lookup("#portal-web").queryAs(WebView.class).getEngine();
        robot.interact(() -> engine.executeScript("window.location.href = 'https://www.example.com/'"));
        waitUntil(() -> vm.pageProperty().get() == PageState.FAILED);
        assertEquals(PortalViewModel.Failure.BLOCKED, vm.failureProperty().get());
        assertEquals(ctx.localization().text("es", "portal.failed.blocked"), text(robot, "#portal-failure"));
        assertEquals(0, ctx.attentions().count(), "nothing is saved by a failure alone");
    }

    /** A new citizen, so the page is asked again (the same visit would keep the page that was open). */
    private void identifyAgain(FxRobot robot) throws TimeoutException {
        robot.interact(() -> ui.flow().begin(TrainingData.ADVISORS.get(0), TrainingData.POINT));
        identify(robot, ctx.sandbox().population().firstAdult());
    }

    private void identify(FxRobot robot, FictitiousCitizen citizen) throws TimeoutException {
        if (!Shown.node(robot, "#identify-number")) {
            waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
            robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
            robot.clickOn("#login-submit");
            waitUntil(() -> Shown.node(robot, "#identify-number"));
        }
        robot.interact(() -> {
            robot.lookup("#identify-type").queryComboBox().setValue(DocumentType.DNI);
            robot.lookup("#identify-number").queryAs(TextField.class).setText(citizen.dni());
            robot.lookup("#identify-check").queryAs(TextField.class).setText(String.valueOf(citizen.checkDigit()));
        });
        robot.clickOn("#identify-verify");
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        // At 1024x600 (after resize) the button may lie below the fold of the scrolling content.
        robot.interact(() -> robot.lookup("#identify-continue").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> Shown.node(robot, "#choice-search"));
    }

    @SuppressWarnings("unchecked")
    private void choose(FxRobot robot, String query) throws TimeoutException {
        robot.interact(() -> robot.lookup("#choice-search").queryAs(TextField.class).setText(query));
        ListView<Object> list = robot.lookup("#choice-list").queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#choice-open");
        waitUntil(() -> Shown.node(robot, "#portal-save"));
    }

    private void resize(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
    }

    private void switchLanguage(FxRobot robot, String tag) {
        robot.interact(() -> ui.i18n().languageProperty().set(ctx.localization().language(tag)));
        assertEquals(tag, ui.i18n().tag());
    }

    private static <T> T call(FxRobot robot, java.util.concurrent.Callable<T> what) {
        Object[] out = new Object[1];
        robot.interact(() -> {
            try {
                out[0] = what.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

}
