package pe.macexpress.desk.ui.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Entity;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.reports.FigureFormat;
import pe.macexpress.desk.reports.PointReport;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.reports.Satisfaction;
import pe.macexpress.desk.reports.Share;
import pe.macexpress.desk.reports.TimeStats;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * "Reportes" (issue 14): the point's figures over a day, week, month, year or any range, as tiles and
 * JavaFX charts, in the advisor's language. The period bar stays on top; the figures scroll below it.
 * A figure without source reads "sin dato", an empty chart "sin datos en este periodo".
 *
 * <p>Two integration points for the integrator: {@link #setIndicatorSheet(Node)} (the indicator
 * sheet's section; "sin dato" until filled) and the {@link ReportExports} given to the constructor
 * (null hides the export buttons).
 *
 * <p>Keyboard: the period's kind has the focus; PageUp/PageDown step to the previous/next period;
 * Esc cancels a build under way, or else goes back.
 */
public final class ReportsView extends StackPane {
    /** Dates typed and shown as in Peru, whatever the language. */
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");
    /** Characters of a bar's name per line before it wraps (long procedure names). */
    private static final int WRAP = 34;

    private final ReportsViewModel vm;
    private final I18n i18n;
    private final Supplier<Catalog> catalog;
    private final ComboBox<ReportPeriod.Kind> kind = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final FlowPane tiles = new FlowPane(10, 10);
    private final VBox charts = new VBox(14);
    private final StackPane indicatorSlot = new StackPane();
    private final Label status = new Label();
    private final Button back = new Button();
    private final ScrollPane scroll;
    private Runnable onBack;
    private boolean filling;

    /**
     * @param exports the export actions; null hides them (integration point)
     * @param onBack  shows again the screen that was open before (a visit in progress stays as it was)
     */
    public ReportsView(ReportsViewModel vm, I18n i18n, Supplier<Catalog> catalog, ReportExports exports,
                       Runnable onBack) {
        this.vm = vm;
        this.i18n = i18n;
        this.catalog = catalog;
        this.onBack = onBack;
        getStyleClass().addAll("screen", "reports-screen");
        setId("reports-screen");

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("reports.title"));

        kind.setId("reports-kind");
        kind.getItems().setAll(ReportPeriod.Kind.values());
        Fields.localizedCells(kind, k -> i18n.text(switch (k) {
            case DAY -> "reports.kind.day";
            case WEEK -> "reports.kind.week";
            case MONTH -> "reports.kind.month";
            case YEAR -> "reports.kind.year";
            case RANGE -> "reports.kind.range";
        }));
        kind.setValue(vm.periodProperty().get().kind());
        kind.valueProperty().addListener((o, was, now) -> {
            if (now != null && !filling) {
                vm.kind(now);
            }
        });
        Button previous = button("reports-previous", "reports.previous", vm::previous);
        Button next = button("reports-next", "reports.next", vm::next);
        Label periodText = new Label();
        periodText.setId("reports-period");
        periodText.getStyleClass().add("reports-period");
        periodText.setWrapText(true);
        periodText.textProperty().bind(i18n.computed(() -> periodText(vm.periodProperty().get()), vm.periodProperty()));
        back.setId("reports-back");
        back.textProperty().bind(i18n.text("reports.back"));
        back.setOnAction(e -> goBack());
        back.setCancelButton(false);
        for (Region r : new Region[] {kind, previous, next, back}) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane periodBar = new FlowPane(10, 8, Fields.labelled(i18n, "reports.kind.label", kind), previous, periodText, next);
        periodBar.setAlignment(Pos.CENTER_LEFT);
        periodBar.prefWrapLengthProperty().bind(widthProperty().subtract(40));

        datePicker(from, "reports-from");
        datePicker(to, "reports-to");
        Button apply = button("reports-apply", "reports.apply", this::applyRange);
        FlowPane rangeBar = new FlowPane(10, 8, Fields.labelled(i18n, "reports.from", from), Fields.labelled(i18n, "reports.to", to), apply);
        rangeBar.setAlignment(Pos.CENTER_LEFT);
        rangeBar.prefWrapLengthProperty().bind(widthProperty().subtract(40));
        rangeBar.visibleProperty().bind(kind.valueProperty().isEqualTo(ReportPeriod.Kind.RANGE));
        rangeBar.managedProperty().bind(rangeBar.visibleProperty());
        // Enter in a date field shows that range (the picker commits the typed date first).
        for (DatePicker p : List.of(from, to)) {
            p.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && !p.isShowing()) {
                    Platform.runLater(this::applyRange);
                }
            });
        }

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("reports-progress");
        progress.setPrefSize(28, 28);
        progress.visibleProperty().bind(vm.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = button("reports-cancel", "reports.cancel", vm::cancel);
        cancel.visibleProperty().bind(vm.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button retry = button("reports-retry", "reports.retry", vm::load);
        retry.visibleProperty().bind(vm.cancelledProperty().or(vm.errorKeyProperty().isNotEmpty()
                .and(vm.errorKeyProperty().isNotEqualTo("reports.range.invalid"))));
        retry.managedProperty().bind(retry.visibleProperty());
        status.setId("reports-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(i18n.computed(this::statusText, vm.loadingProperty(), vm.cancelledProperty(),
                vm.errorKeyProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        vm.errorKeyProperty().addListener((o, was, now) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), !now.isEmpty()));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox statusBar = new HBox(10, progress, status, cancel, retry);
        statusBar.setAlignment(Pos.CENTER_LEFT);
        statusBar.setId("reports-status-bar");
        statusBar.visibleProperty().bind(status.visibleProperty());
        statusBar.managedProperty().bind(statusBar.visibleProperty());

        HBox top = new HBox(10, title, new Region(), back);
        HBox.setHgrow(top.getChildren().get(1), Priority.ALWAYS);
        top.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(0);

        tiles.setId("reports-tiles");
        tiles.prefWrapLengthProperty().bind(widthProperty().subtract(40));
        charts.setId("reports-charts");
        indicatorSlot.setId("reports-indicator-slot");
        indicatorSlot.setAlignment(Pos.TOP_LEFT);
        Label noSheet = new Label();
        noSheet.setId("reports-indicator-missing");
        noSheet.textProperty().bind(i18n.text("report.missing"));
        indicatorSlot.getChildren().setAll(noSheet);
        StackPane.setAlignment(noSheet, Pos.CENTER_LEFT);
        VBox indicators = section("reports-indicators", "reports.indicators", indicatorSlot);

        VBox body = new VBox(14, tiles, charts, indicators);
        body.setId("reports-body");
        body.setPadding(new Insets(4, 4, 12, 4));
        body.visibleProperty().bind(vm.reportProperty().isNotNull());
        if (exports != null) {
            Button csv = button("reports-export-csv", "reports.export.csv",
                    () -> exports.exportBase(vm.periodProperty().get(), ReportExports.CSV));
            Button xlsx = button("reports-export-xlsx", "reports.export.xlsx",
                    () -> exports.exportBase(vm.periodProperty().get(), ReportExports.XLSX));
            Button pdf = button("reports-export-pdf", "reports.export.pdf",
                    () -> exports.monthlyPdf(YearMonth.from(vm.periodProperty().get().first()), i18n.tag()));
            FlowPane actions = new FlowPane(10, 8, csv, xlsx, pdf);
            actions.setId("reports-exports");
            actions.prefWrapLengthProperty().bind(widthProperty().subtract(60));
            VBox exportBox = new VBox(8, actions);
            if (exports.notice() != null) {
                Label notice = new Label();
                notice.setId("reports-export-notice");
                notice.setWrapText(true);
                notice.setMinHeight(Region.USE_PREF_SIZE);
                notice.textProperty().bind(exports.notice());
                exportBox.getChildren().add(notice);
            }
            body.getChildren().add(section("reports-exports-section", "reports.exports", exportBox));
        }
        scroll = new ScrollPane(body);
        scroll.setId("reports-scroll");
        scroll.getStyleClass().add("plain-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // The focus moving below the fold (Tab) brings that control into view.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, now) -> reveal(now));
            }
        });

        VBox page = new VBox(10, top, periodBar, rangeBar, statusBar, scroll);
        page.setPadding(new Insets(4));
        getChildren().add(page);

        vm.periodProperty().addListener((o, was, now) -> {
            filling = true;
            kind.setValue(now.kind());
            filling = false;
            from.setValue(now.first());
            to.setValue(now.last());
        });
        from.setValue(vm.periodProperty().get().first());
        to.setValue(vm.periodProperty().get().last());
        vm.reportProperty().addListener((o, was, now) -> fill());
        i18n.languageProperty().addListener((o, was, now) -> fill());

        // Enter presses the focused button (Anterior, Siguiente, Cancelar, an export…), as on every counter screen.
        pe.macexpress.desk.ui.help.Keys.screen(this, null);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (kind.isShowing() || from.isShowing() || to.isShowing()) {
                return;
            }
            if (e.getCode() == KeyCode.ESCAPE) {
                if (sheetBusy.getAsBoolean()) {
                    return; // the indicator sheet's edit card takes its own Esc (Cancel keeps what was typed)
                }
                e.consume();
                if (vm.loadingProperty().get()) {
                    vm.cancel();
                } else {
                    goBack();
                }
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                e.consume();
                vm.previous();
            } else if (e.getCode() == KeyCode.PAGE_DOWN) {
                e.consume();
                vm.next();
            }
        });
        fill();
    }

    /** Integration point: the indicator sheet's section (another slice builds it); "sin dato" until set. */
    public void setIndicatorSheet(Node sheet, java.util.function.BooleanSupplier busy) {
        sheetBusy = busy;
        setIndicatorSheet(sheet);
    }

    /** Whether the indicator sheet is in the middle of something Esc must close first (an edit). */
    private java.util.function.BooleanSupplier sheetBusy = () -> false;

    public void setIndicatorSheet(Node sheet) {
        if (sheet != null) {
            indicatorSlot.getChildren().setAll(sheet);
        }
    }

    /** Opened (again): the back action for this time, the period's report built afresh, the keyboard on the period. */
    public void reopen(Runnable back) {
        this.onBack = back;
        vm.load();
        focusStart();
    }

    /** The period on show (tests read it). */
    public ReportPeriod shownPeriod() {
        return vm.periodProperty().get();
    }

    public void focusStart() {
        pe.macexpress.desk.ui.help.Keys.focusSoon(kind);
    }

    private void goBack() {
        vm.leave();
        onBack.run();
    }

    private void applyRange() {
        if (kind.getValue() == ReportPeriod.Kind.RANGE) {
            vm.range(from.getValue(), to.getValue());
        }
    }

    private String statusText() {
        if (vm.loadingProperty().get()) {
            return i18n.get("reports.loading");
        }
        if (vm.cancelledProperty().get()) {
            return i18n.get("reports.cancelled");
        }
        String key = vm.errorKeyProperty().get();
        return key.isEmpty() ? "" : i18n.get(key);
    }

    /** "diciembre de 2026", "Semana del 30 nov 2026 al 6 dic 2026", … in the advisor's language. */
    String periodText(ReportPeriod p) {
        return switch (p.kind()) {
            case DAY -> i18n.date(p.first());
            case WEEK -> i18n.get("reports.period.week", i18n.date(p.first()), i18n.date(p.last()));
            case MONTH -> i18n.get("reports.period.month", i18n.get(Localization.MONTH + p.first().getMonthValue()),
                    String.valueOf(p.first().getYear()));
            case YEAR -> i18n.get("reports.period.year", String.valueOf(p.first().getYear()));
            case RANGE -> i18n.get("reports.period.range", i18n.date(p.first()), i18n.date(p.last()));
        };
    }

    /** Tiles and charts of the report on show, in the current language. */
    private void fill() {
        PointReport r = vm.reportProperty().get();
        if (r == null) {
            return;
        }
        FigureFormat f = new FigureFormat(i18n.localization(), i18n.tag());
        tiles.getChildren().setAll(
                tile("attentions", "reports.tile.attentions", f.count(r.attentions()), null),
                tile("visits", "reports.tile.visits", f.count(r.visits()), null),
                tile("waiting", "reports.tile.waiting", pair(f, r.waiting()), null),
                tile("handling", "reports.tile.handling", pair(f, r.handling()), null),
                tile("pide", "reports.tile.pide", f.percent(r.verifiedByPide()), null),
                tile("surveys", "reports.tile.surveys", f.count(r.surveys()), null),
                tile("satisfied", "reports.tile.satisfied", f.percent(overallSatisfied(r)), null),
                tile("complaints", "reports.tile.complaints", f.count(r.complaints()),
                        i18n.get("reports.tile.complaints.overdue", f.count(r.complaintsOverdue()))),
                tile("incidents", "reports.tile.incidents", f.count(r.incidentTotal()),
                        i18n.get("reports.tile.incidents.serious", f.count(r.seriousIncidents()))),
                tile("orientations", "reports.tile.orientations", f.count(r.orientations()), null),
                tile("unmet", "reports.tile.unmet", f.count(r.unmetTotal()), null),
                tile("cases", "reports.tile.cases", f.count(r.openCases()),
                        i18n.get("reports.tile.cases.overdue", f.count(r.overdueCases()))),
                tile("nosync", "reports.tile.nosync", f.days(r.daysWithoutSync()), null));

        Catalog cat = catalog.get();
        String lang = i18n.tag();
        List<Node> all = new ArrayList<>();
        all.add(bars("entity", "reports.chart.entity", ReportsViewModel.top(r.byEntity(), ReportsViewModel.TOP),
                code -> entityName(cat, code), f));
        all.add(bars("procedure", "reports.chart.procedure",
                ReportsViewModel.top(r.byProcedure(), ReportsViewModel.TOP),
                code -> PointReport.UNKNOWN.equals(code) ? i18n.get("reports.unknown")
                        : cat.find(code).map(p -> p.name(lang)).orElse(code), f));
        all.add(line(r, f));
        FlowPane shares = new FlowPane(14, 14,
                pie("outcome", "reports.chart.outcome", r.byOutcome(), this::outcomeName, f),
                pie("channel", "reports.chart.channel", r.byChannel(),
                        code -> Channel.fromCode(code).map(c -> i18n.get(c.messageKey())).orElse(code), f),
                pie("kind", "reports.chart.kind", r.byKind(), this::kindName, f),
                pie("language", "reports.chart.language", r.byLanguage(), this::languageName, f));
        shares.setId("reports-shares");
        shares.prefWrapLengthProperty().bind(charts.widthProperty());
        all.add(shares);
        all.add(satisfaction(r, f));
        charts.getChildren().setAll(all);
        Platform.runLater(() -> scroll.setVvalue(0));
    }

    private String pair(FigureFormat f, TimeStats t) {
        if (t.median().isEmpty()) {
            return f.missing();
        }
        return i18n.get("reports.pair", f.minutes(t.median()), f.minutes(t.p90()));
    }

    /** Satisfied answers of all drivers together; "sin dato" without any answer. */
    static Share overallSatisfied(PointReport r) {
        long part = 0;
        long whole = 0;
        for (Satisfaction s : r.satisfaction()) {
            part += s.satisfied().part();
            whole += s.satisfied().whole();
        }
        return Share.of(part, whole);
    }

    private VBox tile(String id, String titleKey, String value, String detail) {
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add("reports-tile-title");
        title.setWrapText(true);
        Label figure = new Label(value);
        figure.setId("reports-tile-" + id);
        figure.getStyleClass().add(value.equals(i18n.get("report.missing")) ? "reports-tile-missing"
                : "reports-tile-value");
        figure.setWrapText(true);
        VBox tile = new VBox(2, title, figure);
        if (detail != null) {
            Label more = new Label(detail);
            more.setId("reports-tile-" + id + "-detail");
            more.getStyleClass().add("hint");
            more.setWrapText(true);
            tile.getChildren().add(more);
        }
        tile.getStyleClass().addAll("card", "reports-tile");
        tile.setPrefWidth(176);
        tile.setMinHeight(Region.USE_PREF_SIZE);
        return tile;
    }

    private VBox section(String id, String titleKey, Node content) {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text(titleKey));
        VBox box = new VBox(8, title, content);
        box.setId(id);
        box.getStyleClass().addAll("card", "reports-chart");
        return box;
    }

    private Node chartCard(String id, String titleKey, Node chart) {
        Label title = new Label(i18n.get(titleKey));
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        VBox box = new VBox(6, title, chart);
        box.setId("reports-chart-" + id);
        box.getStyleClass().addAll("card", "reports-chart");
        return box;
    }

    /** "sin datos en este periodo" in place of an empty axis. */
    private Label empty(String id) {
        Label none = new Label(i18n.get("reports.chart.empty"));
        none.setId("reports-empty-" + id);
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        return none;
    }

    /** Horizontal bars, the largest on top, each named with its count. */
    private Node bars(String id, String titleKey, List<ReportsViewModel.Part> parts, Function<String, String> name,
                      FigureFormat f) {
        if (parts.isEmpty()) {
            return chartCard(id, titleKey, empty(id));
        }
        NumberAxis counts = countAxis(parts.stream().mapToLong(ReportsViewModel.Part::count).max().orElse(0));
        CategoryAxis names = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(counts, names);
        chart.setId("reports-bars-" + id);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setBarGap(2);
        chart.setCategoryGap(6);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> categories = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            ReportsViewModel.Part p = parts.get(i);
            String label = wrap(i18n.get("reports.bar",
                    p.key().equals(ReportsViewModel.OTHERS) ? i18n.get("reports.others") : name.apply(p.key()),
                    f.count(p.count())));
            categories.add(label);
            series.getData().add(new XYChart.Data<>(p.count(), label));
        }
        names.getCategories().setAll(categories);
        chart.getData().add(series);
        long lines = categories.stream().mapToLong(c -> c.lines().count()).sum();
        double height = 60 + Math.max(parts.size() * 30, lines * 20);
        chart.setMinHeight(height);
        chart.setPrefHeight(height);
        return chartCard(id, titleKey, chart);
    }

    /** Attentions per day (per month over a year): a line on day or month numbers, never an empty axis. */
    private Node line(PointReport r, FigureFormat f) {
        boolean months = ReportsViewModel.perMonth(r.period());
        String titleKey = months ? "reports.chart.months" : "reports.chart.days";
        List<ReportsViewModel.Point> points = ReportsViewModel.line(r);
        if (r.attentions() == 0) {
            return chartCard("line", titleKey, empty("line"));
        }
        int n = points.size();
        NumberAxis x = new NumberAxis(0, Math.max(1, n - 1), Math.max(1, Math.ceil(n / 12.0)));
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number v) {
                int i = (int) Math.round(v.doubleValue());
                if (i < 0 || i >= n) {
                    return "";
                }
                LocalDate d = points.get(i).first();
                return months ? i18n.get(Localization.MONTH_SHORT + d.getMonthValue())
                        + (YearMonth.from(r.period().first()).getYear() == YearMonth.from(r.period().last()).getYear()
                        ? "" : " " + d.getYear() % 100) : SHORT_DAY.format(d);
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = countAxis(points.stream().mapToLong(ReportsViewModel.Point::count).max().orElse(0));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("reports-line");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setCreateSymbols(n <= 31);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (int i = 0; i < n; i++) {
            series.getData().add(new XYChart.Data<>(i, points.get(i).count()));
        }
        chart.getData().add(series);
        chart.setMinHeight(240);
        chart.setPrefHeight(260);
        return chartCard("line", titleKey, chart);
    }

    /** A share as a pie; its legend names each part with its count and percent. */
    private Node pie(String id, String titleKey, Map<String, Long> counts, Function<String, String> name,
                     FigureFormat f) {
        Map<String, Long> parts = ReportsViewModel.nonZero(counts);
        Node content;
        if (parts.isEmpty()) {
            content = empty(id);
        } else {
            long total = parts.values().stream().mapToLong(Long::longValue).sum();
            PieChart chart = new PieChart();
            chart.setId("reports-pie-" + id);
            chart.setAnimated(false);
            chart.setLabelsVisible(false);
            chart.setLegendSide(Side.RIGHT);
            chart.setStartAngle(90);
            parts.forEach((code, n) -> chart.getData().add(new PieChart.Data(
                    i18n.get("reports.share", name.apply(code), f.count(n), f.percent(Share.of(n, total))), n)));
            chart.setMinHeight(200);
            chart.setPrefHeight(220);
            chart.setMinWidth(380);
            chart.setPrefWidth(440);
            content = chart;
        }
        Node card = chartCard(id, titleKey, content);
        ((Region) card).setPrefWidth(460);
        ((Region) card).setMinWidth(Region.USE_PREF_SIZE);
        return card;
    }

    /** Share of satisfied answers per driver, 0–100 %; a driver nobody answered reads "sin dato", with no bar. */
    private Node satisfaction(PointReport r, FigureFormat f) {
        if (r.satisfaction().stream().allMatch(s -> s.answered() == 0)) {
            return chartCard("satisfaction", "reports.chart.satisfaction", empty("satisfaction"));
        }
        NumberAxis share = new NumberAxis(0, 100, 20);
        share.setAutoRanging(false);
        share.setMinorTickVisible(false);
        share.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return v.intValue() + " %";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        CategoryAxis drivers = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(share, drivers);
        chart.setId("reports-bars-satisfaction");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<String> categories = new ArrayList<>();
        List<Satisfaction> all = r.satisfaction();
        for (int i = all.size() - 1; i >= 0; i--) {
            Satisfaction s = all.get(i);
            String driver = i18n.get("survey.driver." + s.driver());
            OptionalDouble ratio = s.satisfied().ratio();
            String label = wrap(ratio.isPresent()
                    ? i18n.get("reports.satisfaction.bar", driver, f.percent(ratio), f.count(s.answered()))
                    : i18n.get("reports.satisfaction.missing", driver, f.missing()));
            categories.add(label);
            series.getData().add(new XYChart.Data<>(ratio.isPresent() ? ratio.getAsDouble() * 100 : 0, label));
        }
        drivers.getCategories().setAll(categories);
        chart.getData().add(series);
        chart.setMinHeight(300);
        chart.setPrefHeight(320);
        return chartCard("satisfaction", "reports.chart.satisfaction", chart);
    }

    private String entityName(Catalog cat, String code) {
        if (PointReport.UNKNOWN.equals(code)) {
            return i18n.get("reports.unknown");
        }
        return cat.entities().stream().filter(e -> e.id().equals(code)).findFirst().map(Entity::acronym)
                .orElse(code);
    }

    private String outcomeName(String code) {
        try {
            return i18n.get(OutcomeType.valueOf(code).messageKey());
        } catch (IllegalArgumentException | NullPointerException e) {
            return code;
        }
    }

    private String kindName(String code) {
        for (pe.macexpress.desk.catalog.ProcedureKind k : pe.macexpress.desk.catalog.ProcedureKind.values()) {
            if (k.name().toLowerCase(java.util.Locale.ROOT).equals(code)) {
                return i18n.get(k.messageKey());
            }
        }
        return PointReport.UNKNOWN.equals(code) ? i18n.get("reports.unknown") : code;
    }

    private String languageName(String tag) {
        return i18n.languages().stream().filter(l -> l.tag().equals(tag)).findFirst()
                .map(pe.macexpress.desk.i18n.Language::displayName).orElse(tag == null || tag.isEmpty()
                        ? i18n.get("report.missing") : tag);
    }

    /** Breaks a long name into lines of about {@link #WRAP} characters, at spaces. */
    static String wrap(String text) {
        if (text.length() <= WRAP) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > WRAP) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    /** An axis of whole counts from 0, with a round step (1, 2, 5, 10, 20, 50…) and at most about eight ticks. */
    static NumberAxis countAxis(long max) {
        long step = 1;
        while (max / step > 8) {
            long s = step;
            step = String.valueOf(s).startsWith("2") ? s / 2 * 5 : s * 2;
        }
        // Above the largest value, so a line's top point or a bar's end is never drawn on the frame.
        long upper = (max / step + 1) * step;
        NumberAxis axis = new NumberAxis(0, upper, step);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(integers());
        return axis;
    }

    private static StringConverter<Number> integers() {
        return new StringConverter<>() {
            @Override
            public String toString(Number v) {
                double d = v.doubleValue();
                return d == Math.rint(d) ? String.valueOf((long) d) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        };
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(i18n.text(key));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private void datePicker(DatePicker picker, String id) {
        picker.setId(id);
        pe.macexpress.desk.ui.common.DayConverter.use(picker);
        picker.setPrefWidth(160);
        picker.setMinWidth(Region.USE_PREF_SIZE);
    }

    private void reveal(Node node) {
        if (node == null) {
            return;
        }
        Node content = scroll.getContent();
        boolean inside = false;
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                inside = true;
                break;
            }
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getLayoutBounds().getHeight() - viewport;
        if (!inside || extra <= 0) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double topY = scroll.getVvalue() * extra;
        if (b.getMinY() < topY) {
            scroll.setVvalue(Math.max(0, b.getMinY() - 8) / extra);
        } else if (b.getMaxY() > topY + viewport) {
            scroll.setVvalue(Math.min(extra, b.getMaxY() + 8 - viewport) / extra);
        }
    }
}
