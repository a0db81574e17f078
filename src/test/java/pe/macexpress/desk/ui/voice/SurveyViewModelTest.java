package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.voice.Feedback;

/** The survey's steps without a scene: a face moves on, skip and back, "Listo" saves or says why not. */
class SurveyViewModelTest {
    @TempDir
    Path dir;

    @Test
    void facesMoveOnSkipsStayNullAndListoSaves() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            SurveyViewModel vm = new SurveyViewModel(new Feedback(db.feedback(), Clock.systemUTC(),
                    ZoneId.of("America/Lima")), TaskRunner.direct(), "TAMBO-01", "qu");
            vm.choose(5);
            assertEquals(1, vm.stepProperty().get());
            vm.choose(9);
            assertEquals(1, vm.stepProperty().get(), "no such face: nothing moves");
            vm.skip();
            assertTrue(vm.back());
            assertNull(vm.answerOf(1));
            vm.choose(2);
            vm.choose(3);
            vm.choose(4);
            vm.skip();
            vm.choose(1);
            assertEquals(SurveyViewModel.LAST_STEP, vm.stepProperty().get());
            vm.choose(5);
            assertEquals(SurveyViewModel.LAST_STEP, vm.stepProperty().get(), "no driver after the last");
            vm.complimentProperty().set(true);
            vm.commentProperty().set("  Allin  ");
            vm.finish();
            assertEquals(SurveyViewModel.State.THANKED, vm.stateProperty().get());
            assertTrue(vm.leftComplimentProperty().get());
            assertEquals("Allin", vm.complimentText());
            db.feedback().eachSurvey(s -> assertEquals(Arrays.asList(5, 2, 3, 4, null, 1), s.answers()));
            assertEquals(1, db.feedback().countSurveys());
            vm.finish();
            assertEquals(1, db.feedback().countSurveys(), "saved once");
        }
    }

    @Test
    void anEmptySurveyIsNotSavedAndAFailureLetsTheCitizenTryAgain() {
        Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
        Feedback feedback = new Feedback(db.feedback(), Clock.systemUTC(), ZoneId.of("America/Lima"));
        SurveyViewModel vm = new SurveyViewModel(feedback, TaskRunner.direct(), "TAMBO-01", "es");
        for (int i = 0; i < SurveyViewModel.DRIVERS; i++) {
            vm.skip();
        }
        vm.finish();
        assertEquals("survey.empty", vm.problemProperty().get());
        assertEquals(SurveyViewModel.State.ANSWERING, vm.stateProperty().get());
        assertEquals(0, db.feedback().countSurveys());
        vm.commentProperty().set("Falta un letrero");
        db.close(); // the disk is gone: the save fails
        vm.finish();
        assertEquals("survey.error", vm.problemProperty().get());
        assertEquals(SurveyViewModel.State.ANSWERING, vm.stateProperty().get(), "Listo can be touched again");
        assertFalse(vm.leftComplimentProperty().get());
    }
}
