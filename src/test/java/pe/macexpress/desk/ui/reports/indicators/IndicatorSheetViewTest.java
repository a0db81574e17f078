package pe.macexpress.desk.ui.reports.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.reports.IndicatorConfig;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.testing.DeskStageFixture;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.SampleAttentions;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.SupervisorPin;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;

/**
 * Issue 14 (indicators): the sheet alone at 1024×600, in Spanish and Quechua: "sin dato" where a
 * value has no source, nothing cut to "…"; an edit refused with a wrong value (message in the
 * language), kept when the PIN prompt or the edit is cancelled, refused with a wrong PIN, and saved
 * and audited with the supervisor's own PIN.
 */
@ExtendWith(ApplicationExtension.class)
class IndicatorSheetViewTest extends DeskStageFixture {
    @TempDir
    Path home;

    private Scene scene;

    private String say(String lang, String key, Object... args) {
        return ctx.localization().text(lang, key, args);
    }

    private void shot(FxRobot robot, String lang, String step) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, scene, "indicators-" + lang + "-" + step);
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextField.class).getText();
    }

    private List<String> elidedUnder(FxRobot robot, String query) {
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> found.set(DrawnText.elided(robot.lookup(query).query())));
        return found.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "qu"})
    void theSheetShowsSinDatoAndAnEditNeedsValidValuesAndASupervisorsPin(String lang, FxRobot robot) throws Exception {
        ctx = DeskContext.open(DeskSettings.load(home), Clock.systemDefaultZone());
        runner = new FxTaskRunner();
        for (int i = 1; i <= 40; i++) {
            ctx.store().attentions().save(SampleAttentions.of(i, SampleAttentions.BASE.plus(Duration.ofHours(i))));
        }
        I18n i18n = new I18n(ctx.localization(), lang);
        IndicatorSheetViewModel vm = new IndicatorSheetViewModel(ctx.store(), ctx::catalog, ctx.supervisorGate(), runner,
                ctx.localization());
        robot.interact(() -> {
            IndicatorSheetView view = new IndicatorSheetView(vm, i18n, ZoneId.of("America/Lima"));
            scene = new Scene(view, 1024, 600);
            scene.getStylesheets().add(DeskUi.class.getResource(DeskUi.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
            vm.load(ReportPeriod.month(YearMonth.of(2026, 11)));
        });
        waitUntil(() -> vm.rows().size() == 13 && Shown.node(robot, "#indicator-edit-waiting_time"));
        String missing = say(lang, "report.missing");
        assertTrue(robot.lookup(".table-cell").queryAll().stream()
                        .anyMatch(n -> n instanceof Labeled l && missing.equals(l.getText())),
                "waiting time without arrival turns reads 'sin dato'");
        assertEquals(say(lang, "indicator.waiting_time.name"), vm.cell(vm.rows().get(0), 0, lang));
        assertEquals(List.of(), elidedUnder(robot, "#indicator-sheet"), "no header or cell cut to '…'");
        assertTrue(robot.lookup("#indicator-edit-waiting_time").query().getBoundsInLocal().getHeight() >= 44);
        shot(robot, lang, "01-sheet");

        // Edit: focus where typing starts, a wrong value explained in the language.
        robot.clickOn("#indicator-edit-waiting_time");
        waitUntil(() -> Shown.node(robot, "#indicator-edit-year") && robot.lookup("#indicator-edit-year").query().isFocused());
        assertEquals("2025", field(robot, "#indicator-edit-year"));
        assertEquals("30", field(robot, "#indicator-edit-target-1"), "PCM's example target of the defaults");
        assertEquals(List.of(), elidedUnder(robot, "#indicator-edit"));
        shot(robot, lang, "02-edit");
        robot.interact(() -> robot.lookup("#indicator-edit-baseline").queryAs(TextField.class).setText("mucho"));
        robot.clickOn("#indicator-edit-baseline");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Shown.node(robot, "#indicator-edit-error"));
        assertEquals(say(lang, "indicator.error.baseline", "1000000"),
                robot.lookup("#indicator-edit-error").queryAs(Labeled.class).getText());
        assertFalse(Shown.node(robot, "#roles-prompt"), "no PIN asked for a wrong value");
        shot(robot, lang, "03-error");

        // A right value asks for the PIN; Cancel goes back to the edit with what was typed.
        robot.interact(() -> robot.lookup("#indicator-edit-baseline").queryAs(TextField.class).setText("21.5"));
        robot.clickOn("#indicator-edit-save");
        waitUntil(() -> Shown.node(robot, "#roles-prompt"));
        shot(robot, lang, "04-pin");
        robot.clickOn("#roles-prompt-cancel");
        waitUntil(() -> !Shown.node(robot, "#roles-prompt"));
        assertEquals("21.5", field(robot, "#indicator-edit-baseline"));
        // Esc closes the edit; the next edit of the row has what was typed.
        robot.clickOn("#indicator-edit-year");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !Shown.node(robot, "#indicator-edit"));
        robot.clickOn("#indicator-edit-waiting_time");
        waitUntil(() -> Shown.node(robot, "#indicator-edit-baseline"));
        assertEquals("21.5", field(robot, "#indicator-edit-baseline"), "Cancel keeps what was typed");
        assertFalse(new IndicatorConfig(ctx.store()).edited("waiting_time"), "nothing saved without a PIN");

        // A wrong PIN saves nothing.
        robot.clickOn("#indicator-edit-save");
        waitUntil(() -> Shown.node(robot, "#roles-prompt")
                && robot.lookup("#roles-prompt-supervisor").<pe.macexpress.desk.core.Advisor>queryComboBox()
                        .getItems().contains(SupervisorPin.SUPERVISOR));
        robot.interact(() -> {
            robot.lookup("#roles-prompt-supervisor").<pe.macexpress.desk.core.Advisor>queryComboBox()
                    .setValue(SupervisorPin.SUPERVISOR);
            robot.lookup("#roles-prompt-pin").queryAs(PasswordField.class).setText("9999");
            robot.lookup("#roles-prompt-pin").query().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#roles-prompt-error").queryAs(Labeled.class).getText().isEmpty());
        assertFalse(new IndicatorConfig(ctx.store()).edited("waiting_time"));
        robot.clickOn("#roles-prompt-cancel");
        waitUntil(() -> !Shown.node(robot, "#roles-prompt"));

        // The supervisor's own PIN saves it, audited, and the sheet shows it.
        robot.clickOn("#indicator-edit-save");
        SupervisorPin.pass(robot);
        waitUntil(() -> !Shown.node(robot, "#indicator-edit") && Shown.node(robot, "#indicator-sheet-saved"));
        assertEquals(say(lang, "indicator.edit.saved"), robot.lookup("#indicator-sheet-saved").queryAs(Labeled.class).getText());
        IndicatorConfig config = new IndicatorConfig(ctx.store());
        assertEquals(OptionalDouble.of(21.5), config.targets("waiting_time").baseline());
        assertTrue(ctx.store().audit().after(0, 1000).stream().anyMatch(e -> e.action()
                .equals(SupervisorGate.Action.INDICATOR_TARGETS.audit())
                && e.actor().equals(SupervisorPin.SUPERVISOR.id()) && e.detail().startsWith("indicator=waiting_time")));
        waitUntil(() -> vm.rows().get(0).targets().baseline().equals(OptionalDouble.of(21.5)));
        Node table = robot.lookup("#indicator-table").query();
        waitUntil(() -> table.isFocused() || robot.lookup("#indicator-table").queryAs(javafx.scene.control.TableView.class)
                .getFocusModel().getFocusedIndex() >= 0);
        shot(robot, lang, "05-saved");
    }
}
