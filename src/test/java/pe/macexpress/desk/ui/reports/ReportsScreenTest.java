package pe.macexpress.desk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.reports.FigureFormat;
import pe.macexpress.desk.reports.PointReport;
import pe.macexpress.desk.reports.ReportBuilder;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.reports.Share;
import pe.macexpress.desk.reports.TimeStats;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.DeskStageFixture;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;

/**
 * "Reportes" on the training desk at 1024×600 and 1366×768, in Spanish and Quechua: opened with Ctrl+I
 * beside a visit in progress, the tiles show what {@link ReportBuilder} computes for the seeded
 * attentions, "sin dato" where no source exists (no arrival turns, no surveys), charts or "sin datos
 * en este periodo", PageUp to the month before, Esc back to the visit with what was typed. Every step
 * is walked for text cut short. Screenshots: target/screenshots/reports-LANG-WxH-STEP.png. And a slow
 * build (a builder the test holds) shows progress and is cancelled with Esc.
 */
@ExtendWith(ApplicationExtension.class)
class ReportsScreenTest extends DeskStageFixture {
    private static final ZoneId LIMA = ReportPeriod.ZONE;

    /** Three attentions today: two of one visit (one in Quechua), one of another; identities verified but one. */
    private void seed() {
        LocalDate today = LocalDate.now(LIMA);
        Instant nine = today.atTime(9, 0).atZone(LIMA).toInstant();
        UUID visit = UUID.randomUUID();
        List<Attention> all = List.of(
                attention(visit, "sis-consulta-asegurado", OutcomeType.ATENDIDO, VerificationState.VERIFIED, "es", nine, 7),
                attention(visit, "reniec-dni-duplicado", OutcomeType.PENDIENTE, VerificationState.VERIFIED, "qu",
                        nine.plusSeconds(600), 12),
                attention(UUID.randomUUID(), "midis-juntos", OutcomeType.DERIVADO, VerificationState.PENDING, "es",
                        nine.plusSeconds(3600), 5));
        for (Attention a : all) {
            desk.ctx.attentions().save(a);
        }
    }

    private static Attention attention(UUID visit, String procedure, OutcomeType outcome, VerificationState v,
                                       String language, Instant start, int minutes) {
        return new Attention(UUID.randomUUID(), AttentionCode.next(), visit, TrainingData.ADVISORS.get(0).id(),
                TrainingData.POINT.id(), new Document(DocumentType.DNI, "41234567", ""), "ROSA QUISPE MAMANI", v, "0000",
                procedure, new Outcome(outcome, outcome == OutcomeType.ATENDIDO ? "" : "Detalle"), language, start,
                start.plusSeconds(60L * minutes));
    }

    @ParameterizedTest(name = "{0} at {1}x{2}")
    @CsvSource({"es, 1024, 600", "qu, 1024, 600", "es, 1366, 768", "qu, 1366, 768"})
    void figuresOfTheBuilderSinDatoAndBackToTheVisit(String lang, int width, int height, FxRobot robot)
            throws Exception {
        openDesk(robot, width, height);
        seed();
        language(robot, lang);
        signIn(robot);
        String prefix = "reports-" + lang + "-" + width + "x" + height + "-";
        robot.clickOn("#identify-number").write("4123");

        robot.press(KeyCode.CONTROL).press(KeyCode.I).release(KeyCode.I).release(KeyCode.CONTROL);
        waitUntil(() -> Shown.really(robot, "#reports-tile-attentions"));
        waitUntil(() -> robot.lookup("#reports-kind").query().isFocused());

        PointReport expected = new ReportBuilder(desk.ctx.store(), desk.ctx::catalog)
                .build(ReportPeriod.month(YearMonth.now(LIMA)));
        FigureFormat f = new FigureFormat(desk.ctx.localization(), lang);
        assertTrue(expected.attentions() >= 3, "the seeded attentions are in this month");
        assertEquals(f.count(expected.attentions()), label(robot, "#reports-tile-attentions"));
        assertEquals(f.count(expected.visits()), label(robot, "#reports-tile-visits"));
        assertEquals(desk.ctx.localization().text(lang, "reports.pair", f.minutes(expected.handling().median()),
                f.minutes(expected.handling().p90())), label(robot, "#reports-tile-handling"));
        assertEquals(f.percent(expected.verifiedByPide()), label(robot, "#reports-tile-pide"));
        assertEquals(f.count(expected.openCases()), label(robot, "#reports-tile-cases"));
        assertEquals(f.days(expected.daysWithoutSync()), label(robot, "#reports-tile-nosync"));
        // No arrival turns and no surveys were recorded: their figures have no source.
        String missing = text(lang, "report.missing");
        assertEquals(missing, label(robot, "#reports-tile-waiting"));
        assertEquals(missing, label(robot, "#reports-tile-satisfied"));
        assertTrue(Shown.really(robot, "#reports-empty-satisfaction"), "no surveys: the chart says so");
        assertEquals(text(lang, "reports.chart.empty"), label(robot, "#reports-empty-satisfaction"));
        assertTrue(Shown.really(robot, "#reports-bars-entity"));
        assertTrue(Shown.really(robot, "#reports-pie-language"));
        assertTrue(Shown.node(robot, "#indicator-table"), "the desk embeds the point's indicator sheet");
        waitUntil(() -> !robot.lookup("#indicator-table").queryAs(javafx.scene.control.TableView.class)
                .getItems().isEmpty());
        assertFalse(Shown.node(robot, "#reports-indicator-missing"));
        assertTrue(Shown.node(robot, "#reports-export-csv"), "the desk's own exports: CSV, XLSX and the monthly PDF");
        noTextCut(robot, prefix + "month");
        screenshot(robot, prefix + "1-month");
        scrollTo(robot, 0.45);
        noTextCut(robot, prefix + "charts");
        screenshot(robot, prefix + "2-charts");
        scrollTo(robot, 1);
        screenshot(robot, prefix + "3-bottom");

        // PageUp: the month before, with nothing seeded in it (unless the training desk had some).
        robot.type(KeyCode.PAGE_UP);
        ReportPeriod before = ReportPeriod.month(YearMonth.now(LIMA).minusMonths(1));
        waitUntil(() -> Shown.really(robot, "#reports-tile-attentions")
                && before.equals(vmPeriod(robot)));
        PointReport previous = new ReportBuilder(desk.ctx.store(), desk.ctx::catalog).build(before);
        assertEquals(f.count(previous.attentions()), label(robot, "#reports-tile-attentions"));
        if (previous.attentions() == 0) {
            assertTrue(Shown.really(robot, "#reports-empty-entity"), "an empty chart says so, never an empty axis");
            assertEquals(missing, label(robot, "#reports-tile-handling"));
        }
        noTextCut(robot, prefix + "previous");
        screenshot(robot, prefix + "4-previous");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> Shown.really(robot, "#identify-number"));
        assertEquals("4123", robot.lookup("#identify-number").queryAs(TextField.class).getText(),
                "the visit in progress is as it was");
    }

    @Test
    void yearByKeyboardAndAReversedRangeSaysWhatToDo(FxRobot robot) throws Exception {
        openDesk(robot, 1024, 600);
        seed();
        signIn(robot);
        // F1 lists the shortcut.
        robot.type(KeyCode.F1);
        waitUntil(() -> Shown.really(robot, "#help-reports-help-key"));
        assertEquals(text("es", "reports.help.key"), label(robot, "#help-reports-help-key"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !Shown.node(robot, "#help-overlay"));
        robot.clickOn("#reports-open");
        waitUntil(() -> Shown.really(robot, "#reports-tile-attentions")
                && robot.lookup("#reports-kind").query().isFocused());
        // The period's kind by keyboard: open the list, one down (Mes → Año), Enter.
        robot.type(KeyCode.F4);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Shown.really(robot, "#reports-tile-attentions")
                && vmPeriod(robot).kind() == ReportPeriod.Kind.YEAR);
        assertEquals(ReportPeriod.year(LocalDate.now(LIMA).getYear()), vmPeriod(robot));
        assertTrue(label(robot, "#reports-chart-line .section-title").equals(text("es", "reports.chart.months")),
                "a year draws attentions per month");
        // Tab to "Anterior", Enter: the year before.
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#reports-previous").query().isFocused());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> ReportPeriod.year(LocalDate.now(LIMA).getYear() - 1).equals(vmPeriod(robot))
                && Shown.really(robot, "#reports-tile-attentions"));
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> ReportPeriod.year(LocalDate.now(LIMA).getYear()).equals(vmPeriod(robot))
                && Shown.really(robot, "#reports-tile-attentions"));
        robot.interact(() -> robot.lookup("#reports-kind").query().requestFocus());
        noTextCut(robot, "year");
        screenshot(robot, "reports-es-1024x600-5-year");
        robot.interact(() -> {
            ScrollPane sp = robot.lookup("#reports-scroll").queryAs(ScrollPane.class);
            javafx.scene.Node line = robot.lookup("#reports-chart-line").query();
            double y = sp.getContent().sceneToLocal(line.localToScene(line.getLayoutBounds())).getMinY();
            double extra = sp.getContent().getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight();
            sp.setVvalue(Math.min(1, y / extra));
        });
        noTextCut(robot, "year line");
        screenshot(robot, "reports-es-1024x600-5-year-line");

        robot.type(KeyCode.F4);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> Shown.really(robot, "#reports-from"));
        robot.interact(() -> {
            robot.lookup("#reports-from").queryAs(javafx.scene.control.DatePicker.class).setValue(LocalDate.of(2026, 5, 2));
            robot.lookup("#reports-to").queryAs(javafx.scene.control.DatePicker.class).setValue(LocalDate.of(2026, 5, 1));
        });
        robot.clickOn("#reports-apply");
        waitUntil(() -> Shown.really(robot, "#reports-status"));
        assertEquals(text("es", "reports.range.invalid"), label(robot, "#reports-status"));
        noTextCut(robot, "range");
        screenshot(robot, "reports-es-1024x600-6-range-invalid");
        robot.interact(() -> robot.lookup("#reports-to").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.of(2026, 5, 31)));
        robot.clickOn("#reports-apply");
        waitUntil(() -> ReportPeriod.range(LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 31)).equals(vmPeriod(robot))
                && Shown.really(robot, "#reports-tile-attentions"));
        robot.clickOn("#reports-back");
        waitUntil(() -> Shown.really(robot, "#identify-number"));
    }

    @Test
    void aSlowBuildShowsProgressAndEscCancelsIt(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger builds = new AtomicInteger();
        runner = new FxTaskRunner();
        I18n i18n = new I18n(Localization.bundledOnly(), "es");
        ReportsViewModel vm = new ReportsViewModel(p -> {
            if (builds.incrementAndGet() == 1 && !release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return report(p);
        }, runner, () -> LocalDate.of(2026, 12, 2));
        Catalog catalog = Catalog.bundled();
        ReportsView[] view = new ReportsView[1];
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            view[0] = new ReportsView(vm, i18n, () -> catalog, null, () -> { });
            scene[0] = new Scene(view[0], 1024, 600);
            scene[0].getStylesheets().add(DeskUi.class.getResource(DeskUi.STYLESHEET).toExternalForm());
            stage.setScene(scene[0]);
            stage.sizeToScene();
            stage.show();
            view[0].reopen(() -> { });
        });
        waitUntil(() -> Shown.really(robot, "#reports-cancel") && Shown.really(robot, "#reports-progress"));
        assertEquals(i18n.get("reports.loading"), label(robot, "#reports-status"));
        Screenshots.save(robot, scene[0], "reports-es-1024x600-7-loading");

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> Shown.really(robot, "#reports-retry"));
        assertEquals(i18n.get("reports.cancelled"), label(robot, "#reports-status"));
        assertFalse(Shown.node(robot, "#reports-cancel"));
        release.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200); // the held build ends now; its answer must not show
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(vm.reportProperty().get(), "the cancelled build's report is not shown");
        assertFalse(Shown.node(robot, "#reports-body"));
        Screenshots.save(robot, scene[0], "reports-es-1024x600-8-cancelled");

        robot.clickOn("#reports-retry");
        waitUntil(() -> Shown.really(robot, "#reports-tile-attentions"));
        assertEquals("42", label(robot, "#reports-tile-attentions"));
        assertEquals(i18n.get("report.missing"), label(robot, "#reports-tile-nosync"), "never synced: sin dato");
    }

    @Test
    void aFailureSaysWhatToDoThenExportsAndTheIndicatorSheetArePluggedIn(FxRobot robot) throws Exception {
        AtomicInteger builds = new AtomicInteger();
        runner = new FxTaskRunner();
        I18n i18n = new I18n(Localization.bundledOnly(), "qu");
        ReportsViewModel vm = new ReportsViewModel(p -> {
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("the disk is gone");
            }
            return report(p);
        }, runner, () -> LocalDate.of(2026, 12, 2));
        List<String> calls = new java.util.ArrayList<>();
        ReportExports exports = new ReportExports() {
            @Override
            public void exportBase(ReportPeriod period, String format) {
                calls.add("base " + period.first() + " " + period.last() + " " + format);
            }

            @Override
            public void monthlyPdf(YearMonth month, String language) {
                calls.add("pdf " + month + " " + language);
            }
        };
        Catalog catalog = Catalog.bundled();
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            ReportsView view = new ReportsView(vm, i18n, () -> catalog, exports, () -> { });
            javafx.scene.control.Label sheet = new javafx.scene.control.Label("PCM");
            sheet.setId("test-indicator-sheet");
            view.setIndicatorSheet(sheet);
            scene[0] = new Scene(view, 1024, 600);
            scene[0].getStylesheets().add(DeskUi.class.getResource(DeskUi.STYLESHEET).toExternalForm());
            stage.setScene(scene[0]);
            stage.sizeToScene();
            stage.show();
            view.reopen(() -> { });
        });
        waitUntil(() -> Shown.really(robot, "#reports-retry"));
        assertEquals(i18n.get("reports.failed"), label(robot, "#reports-status"), "what to do next, in Quechua");
        assertFalse(Shown.node(robot, "#reports-body"));
        noTextCut(robot, "failed");
        Screenshots.save(robot, scene[0], "reports-qu-1024x600-9-failed");

        robot.clickOn("#reports-retry");
        waitUntil(() -> Shown.really(robot, "#reports-tile-attentions"));
        assertFalse(Shown.node(robot, "#reports-status"), "the failure's message goes with it");
        assertTrue(Shown.really(robot, "#test-indicator-sheet"), "the indicator sheet in its slot");
        assertTrue(robot.lookup("#reports-indicator-missing").tryQuery().isEmpty()
                || !Shown.really(robot, "#reports-indicator-missing"));
        robot.interact(() -> {
            ScrollPane sp = robot.lookup("#reports-scroll").queryAs(ScrollPane.class);
            sp.setVvalue(1);
        });
        noTextCut(robot, "exports");
        Screenshots.save(robot, scene[0], "reports-qu-1024x600-10-exports");
        robot.clickOn("#reports-export-csv");
        robot.clickOn("#reports-export-xlsx");
        robot.clickOn("#reports-export-pdf");
        assertEquals(List.of("base 2026-12-01 2026-12-31 csv", "base 2026-12-01 2026-12-31 xlsx", "pdf 2026-12 qu"),
                calls);
        // The advisor switches to Spanish: the figures are drawn again in it, the period kept.
        assertEquals(i18n.localization().text("qu", "reports.chart.empty"), label(robot, "#reports-empty-satisfaction"));
        robot.interact(() -> i18n.languageProperty().set(i18n.localization().language("es")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(i18n.localization().text("es", "reports.chart.empty"), label(robot, "#reports-empty-satisfaction"));
        assertEquals(i18n.localization().text("es", "report.missing"), label(robot, "#reports-tile-nosync"));
        assertEquals("diciembre de 2026", label(robot, "#reports-period"));
    }

    private static PointReport report(ReportPeriod p) {
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        for (LocalDate d = p.first(); !d.isAfter(p.last()); d = d.plusDays(1)) {
            days.put(d, d.equals(p.first()) ? 42L : 0L);
        }
        return new PointReport(p, "P1", 42, 40, days, Map.of("reniec", 42L), Map.of("reniec-dni-duplicado", 42L),
                Map.of("tramite", 42L), Map.of("counter", 42L), Map.of("ATENDIDO", 42L), Map.of("es", 42L),
                TimeStats.NONE, TimeStats.NONE, Share.of(0, 42), List.of(), 0, 0, 0, Map.of(), 0, 0, Map.of(), 0, 0, 0,
                0, 0, OptionalInt.empty());
    }

    private void openDesk(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            try {
                desk = new TrainingDesk(stage, width, height);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private ReportPeriod vmPeriod(FxRobot robot) {
        ReportsView view = robot.lookup("#reports-screen").queryAs(ReportsView.class);
        return view.shownPeriod();
    }

    private void scrollTo(FxRobot robot, double v) {
        robot.interact(() -> robot.lookup("#reports-scroll").queryAs(ScrollPane.class).setVvalue(v));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** No label, button or cell cut short anywhere on the scene. */
    private void noTextCut(FxRobot robot, String step) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = elided(robot, ".root");
        assertEquals(List.of(), cut, "text cut short at " + step);
    }

    private void signIn(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> Shown.really(robot, "#identify-number"));
    }

    @SuppressWarnings("unchecked")
    private void language(FxRobot robot, String tag) {
        ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
        robot.interact(() -> box.setValue(desk.ctx.localization().language(tag)));
    }
}
