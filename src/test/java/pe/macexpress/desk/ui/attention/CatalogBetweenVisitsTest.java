package pe.macexpress.desk.ui.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.macexpress.desk.testing.TrainingDesk.waitUntil;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TestCatalogs;
import pe.macexpress.desk.testing.TrainingDeskTest;

/**
 * A catalogue published at the central while a citizen is at the counter: sync installs it at once,
 * the visit under way keeps the list it started with, the next visit gets the new one; browsing by
 * entity and life event follows the catalogue in use.
 */
class CatalogBetweenVisitsTest extends TrainingDeskTest {

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewCatalogueReachesAnOpenDeskAndShowsAtTheNextVisit(FxRobot robot) throws Exception {
        signIn(robot);
        identify(robot);
        ListView<Procedure> list = robot.lookup("#choice-list").queryAs(ListView.class);
        // What a Tambo offers today: OSCE's supplier registry is for municipalities and Centros MAC only.
        int bundled = ctx.catalog().offeredAt(TrainingData.POINT.type(), java.time.LocalDate.now()).size();
        assertTrue(bundled < ctx.catalog().all().size());
        waitUntil(() -> list.getItems().size() == bundled);
        assertTrue(list.getItems().stream().noneMatch(p -> p.id().equals("osce-rnp-proveedor")));

        ComboBox<String> byEntity = robot.lookup("#choice-entity").queryComboBox();
        robot.interact(() -> byEntity.setValue("RENIEC"));
        waitUntil(() -> list.getItems().stream().allMatch(p -> p.entity().equals("RENIEC")));
        assertTrue(list.getItems().size() > 3 && list.getItems().size() < bundled);
        ComboBox<String> byEvent = robot.lookup("#choice-life-event").queryComboBox();
        robot.interact(() -> {
            byEntity.setValue(null);
            byEvent.setValue("salud");
        });
        waitUntil(() -> list.getItems().stream().allMatch(p -> p.lifeEvents().contains("salud")));
        Screenshots.save(robot, scene, "es-catalog-01-browse-health");
        robot.interact(() -> byEvent.setValue(null));

        ctx.sandbox().centralApi().publishCatalog(TestCatalogs.channelsBytes());
        ctx.sync().syncNow().get(30, TimeUnit.SECONDS);
        assertEquals("test-1", ctx.catalogs().current().version(), "installed without a restart");
        robot.interact(() -> { });
        assertEquals(bundled, list.getItems().size(), "the visit under way keeps its catalogue");

        chooseFirst(robot, "juntos");
        robot.clickOn("#outcome-atendido");
        robot.clickOn("#procedure-save");
        waitUntil(() -> robot.lookup("#another-no").tryQuery().isPresent());
        robot.clickOn("#another-no");
        waitUntil(() -> robot.lookup("#receipt-next").tryQuery().isPresent());
        assertTrue(robot.lookup("#receipt-rows").queryAs(javafx.scene.Node.class) != null);
        robot.clickOn("#receipt-next");

        identify(robot);
        ListView<Procedure> next = robot.lookup("#choice-list").queryAs(ListView.class);
        waitUntil(() -> next.getItems().size() == 5);
        assertEquals(List.of("bn-pago-tasas", "pnp-antecedentes-policiales", "reniec-dni-renovacion",
                        "reniec-oficina-registral", "sis-afiliacion"),
                next.getItems().stream().map(Procedure::id).sorted().toList());
        assertFalse(robot.lookup("#choice-entity").queryComboBox().getItems().contains("MIDIS"),
                "the browse lists follow the new catalogue");
        Screenshots.save(robot, scene, "es-catalog-02-next-visit");
    }

    private void signIn(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> robot.lookup("#identify-number").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    private void identify(FxRobot robot) throws TimeoutException {
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        waitUntil(() -> robot.lookup("#identify-number").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.interact(() -> {
            robot.lookup("#identify-type").queryComboBox().setValue(DocumentType.DNI);
            robot.lookup("#identify-number").queryAs(TextField.class).clear();
            robot.lookup("#identify-check").queryAs(TextField.class).clear();
        });
        robot.clickOn("#identify-number").write(citizen.dni());
        robot.clickOn("#identify-check").write(String.valueOf(citizen.checkDigit()));
        robot.clickOn("#identify-verify");
        waitUntil(() -> !robot.lookup("#identify-state").queryLabeled().getText().isEmpty());
        robot.clickOn("#identify-continue");
        waitUntil(() -> robot.lookup("#choice-list").tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    @SuppressWarnings("unchecked")
    private void chooseFirst(FxRobot robot, String query) throws TimeoutException {
        robot.clickOn("#choice-search").write(query);
        ListView<Object> list = robot.lookup("#choice-list").queryAs(ListView.class);
        waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#choice-open");
        waitUntil(() -> robot.lookup("#procedure-save").tryQuery().isPresent());
    }
}
