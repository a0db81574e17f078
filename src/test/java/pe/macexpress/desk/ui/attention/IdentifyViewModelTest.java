package pe.macexpress.desk.ui.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.sandbox.Fault;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.ui.common.FxTaskRunner;

/** A PIDE answer for a document the advisor has since changed never lands on the screen. */
@ExtendWith(ApplicationExtension.class)
class IdentifyViewModelTest {
    @TempDir
    Path home;

    @Test
    void changingTheDocumentWhilePideAnswersDropsTheLateAnswer(FxRobot robot) throws Exception {
        try (DeskContext ctx = DeskContext.open(DeskSettings.load(home), Clock.systemUTC());
             FxTaskRunner runner = new FxTaskRunner()) {
            IdentifyViewModel vm = new IdentifyViewModel(ctx.identityCheck(), ctx::queryContext, runner,
                    Clock.systemUTC());
            FictitiousCitizen adult = ctx.sandbox().population().firstAdult();
            long audited = Sql.number(ctx.store(), "SELECT count(*) FROM identity_audit");
            ctx.sandbox().inject(Fault.delay(1_500).times(1));
            robot.interact(() -> {
                vm.reset(TrainingData.ADVISORS.get(0));
                vm.numberProperty().set(adult.dni());
                vm.checkProperty().set(String.valueOf(adult.checkDigit()));
                vm.verify();
            });
            assertTrue(vm.busyProperty().get());

            robot.interact(() -> vm.checkProperty().set(""));
            assertFalse(vm.busyProperty().get(), "the screen stops waiting at once");
            // The query still runs to its end (its audit row is written), only its answer is dropped.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, 
                    () -> Sql.number(ctx.store(), "SELECT count(*) FROM identity_audit") > audited);
            Thread.sleep(300); // the late answer crosses back to the FX thread
            WaitForAsyncUtils.waitForFxEvents();
            assertNull(vm.resultProperty().get(), "the answer for the old document is stale");
            assertEquals("", vm.resultKeyProperty().get());
            assertFalse(vm.canContinueProperty().get());

            robot.interact(() -> {
                vm.checkProperty().set(String.valueOf(adult.checkDigit()));
                vm.verify();
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return vm.stateProperty().get() != null;
            });
            assertEquals(VerificationState.VERIFIED, vm.stateProperty().get());
            assertTrue(vm.canContinueProperty().get());
            assertFalse(vm.busyProperty().get());
        }
    }

    @Test
    void aSlowAnswerCanBeLeftForPorVerificarAndAPassportWaitsForTheAdvisorsConfirmation(FxRobot robot) throws Exception {
        try (DeskContext ctx = DeskContext.open(DeskSettings.load(home), Clock.systemUTC());
             FxTaskRunner runner = new FxTaskRunner()) {
            IdentifyViewModel vm = new IdentifyViewModel(ctx.identityCheck(), ctx::queryContext, runner,
                    Clock.systemUTC());
            FictitiousCitizen adult = ctx.sandbox().population().firstAdult();
            ctx.sandbox().inject(Fault.delay(5_000).times(1));
            robot.interact(() -> {
                vm.reset(TrainingData.ADVISORS.get(0));
                vm.markSlow();
                assertFalse(vm.slowProperty().get(), "nothing is slow while nothing is asked");
                vm.numberProperty().set(adult.dni());
                vm.checkProperty().set(String.valueOf(adult.checkDigit()));
                vm.verify();
                vm.markSlow();
            });
            assertTrue(vm.slowProperty().get());
            robot.interact(vm::continueUnverified);
            assertFalse(vm.busyProperty().get());
            assertFalse(vm.slowProperty().get());
            assertEquals(VerificationState.PENDING, vm.stateProperty().get());
            assertTrue(vm.canContinueProperty().get(), "as when PIDE is down");
            assertEquals(adult.dni(), vm.verifiedDocumentProperty().get().number());

            robot.interact(() -> {
                vm.documentTypeProperty().set(pe.macexpress.desk.core.DocumentType.PASAPORTE);
                vm.numberProperty().set("AB123456");
                vm.checkProperty().set("");
                vm.verify();
            });
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return vm.verifiedDocumentProperty().get() != null;
            });
            assertTrue(vm.confirmationAskedProperty().get());
            assertNull(vm.stateProperty().get(), "never 'verificado por el asesor' before the tick");
            assertFalse(vm.canContinueProperty().get());
            robot.interact(() -> vm.advisorCheckedProperty().set(true));
            assertEquals(VerificationState.CHECKED_BY_ADVISOR, vm.stateProperty().get());
            assertFalse(vm.canContinueProperty().get(), "the names are typed too");
            robot.interact(() -> vm.typedNamesProperty().set("JOHN SMITH"));
            assertTrue(vm.canContinueProperty().get());
            assertEquals(VerificationState.CHECKED_BY_ADVISOR,
                    vm.startVisit(TrainingData.POINT).verification());
            ctx.sandbox().clearFaults();
        }
    }
}
