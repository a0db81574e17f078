package pe.macexpress.desk.ui.supervisor;

import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import pe.macexpress.desk.catalog.CatalogService;
import pe.macexpress.desk.identity.IdentityFlags;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * PIDE password change, enrollment with the central, an on-demand backup and the list of identities
 * to review: each with its own ViewModel, so one running task never holds up the others.
 */
public final class SupervisorView extends VBox {
    private final VBox cardList = new VBox(12);

    public SupervisorView(PasswordChangeViewModel password, EnrollmentViewModel enrollment, BackupViewModel backup,
                          CatalogViewModel catalog, IdentityFlagsViewModel flags, I18n i18n, ZoneId zone, Supplier<String> supervisorId,
                          Runnable onBack) {
        this(password, enrollment, backup, catalog, flags, i18n, zone, supervisorId, onBack, null);
    }

    /**
     * Issue 15 (roles): with {@code prompt}, enrollment, the PIDE credential's change and a flag's
     * resolution each ask a supervisor's own PIN first (the flag is resolved in the name of the
     * supervisor who typed it). Null: the actions run at once (tests of the cards alone).
     */
    public SupervisorView(PasswordChangeViewModel password, EnrollmentViewModel enrollment, BackupViewModel backup,
                          CatalogViewModel catalog, IdentityFlagsViewModel flags, I18n i18n, ZoneId zone, Supplier<String> supervisorId,
                          Runnable onBack, pe.macexpress.desk.ui.roles.SupervisorPrompt gate) {
        pe.macexpress.desk.ui.roles.SupervisorPrompt prompt = gate != null ? gate
                : (action, detail, flagAdvisor, allowed) -> allowed.accept(null);
        getStyleClass().add("screen");
        setSpacing(12);

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("supervisor.title"));

        // Two equal columns whatever the language: neither card squeezes the other's text.
        GridPane cards = new GridPane();
        cards.setHgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setFillWidth(true);
            cards.getColumnConstraints().add(half);
        }
        VBox passwordCard = passwordCard(password, i18n, prompt);
        VBox station = stationCard(enrollment, backup, i18n, prompt);
        passwordCard.setMaxHeight(Double.MAX_VALUE);
        station.setMaxHeight(Double.MAX_VALUE);
        cards.addRow(0, passwordCard, station);
        cardList.getChildren().addAll(cards, catalogCard(catalog, i18n), flagsCard(flags, i18n, zone, supervisorId, prompt));
        ScrollPane scroll = new ScrollPane(cardList);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("plain-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        Button back = new Button();
        back.setId("supervisor-back");
        back.textProperty().bind(i18n.text("supervisor.back"));
        back.setOnAction(e -> onBack.run());
        getChildren().add(back);
        setPadding(new Insets(4));
        flags.refresh();
    }

    /** A capability's own card (e.g. the incidents of issue 13): first when it needs the supervisor now, else last. */
    public void addCard(javafx.scene.Node card, boolean first) {
        cardList.getChildren().add(first ? 0 : cardList.getChildren().size(), card);
    }

    private static VBox passwordCard(PasswordChangeViewModel vm, I18n i18n, pe.macexpress.desk.ui.roles.SupervisorPrompt prompt) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(i18n.text("identity.password.title"));
        Label notice = new Label();
        notice.setWrapText(true);
        notice.getStyleClass().add("hint");
        notice.textProperty().bind(i18n.text("identity.password.expired.notice"));

        // Labels above their fields: a long Quechua label never squeezes or cuts the field.
        VBox form = new VBox(4,
                label(i18n, "identity.password.current"), password("supervisor-current", vm.currentPasswordProperty()),
                label(i18n, "identity.password.new"), password("supervisor-new", vm.newPasswordProperty()),
                label(i18n, "identity.password.confirm"), password("supervisor-confirm", vm.confirmationProperty()));

        Button submit = new Button();
        submit.setId("supervisor-password-submit");
        submit.textProperty().bind(i18n.text("identity.password.submit"));
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> prompt.ask(pe.macexpress.desk.advisor.SupervisorGate.Action.PIDE_CREDENTIAL, "",
                who -> vm.changePassword()));

        Label result = new Label();
        result.setId("supervisor-password-result");
        result.setWrapText(true);
        result.textProperty().bind(i18n.text(vm.resultKeyProperty()));
        vm.changedProperty().addListener((o, was, ok) -> {
            result.getStyleClass().removeAll("error-text", "ok-text");
            result.getStyleClass().add(ok ? "ok-text" : "error-text");
        });
        Fields.collapseWhenEmpty(result);

        VBox card = new VBox(8, heading, notice, form, submit, result);
        card.getStyleClass().add("card");
        return card;
    }

    /** Enrollment with the central (URL + one-time code) and the backups. */
    private static VBox stationCard(EnrollmentViewModel vm, BackupViewModel backup, I18n i18n,
                                    pe.macexpress.desk.ui.roles.SupervisorPrompt prompt) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(i18n.text("sync.enroll.title"));
        Label state = new Label();
        state.setId("supervisor-enrolled");
        state.setWrapText(true);
        state.textProperty().bind(i18n.computed(() -> i18n.get(vm.enrolledProperty().get()
                ? "sync.enroll.state.enrolled" : "sync.enroll.state.not.enrolled"), vm.enrolledProperty()));
        TextField url = new TextField();
        url.setId("supervisor-central-url");
        url.textProperty().bindBidirectional(vm.centralUrlProperty());
        pe.macexpress.desk.ui.common.Fields.limit(url, 500);
        TextField code = new TextField();
        code.setId("supervisor-enrollment-code");
        code.textProperty().bindBidirectional(vm.enrollmentCodeProperty());
        pe.macexpress.desk.ui.common.Fields.limit(code, 200);
        VBox form = new VBox(4, label(i18n, "sync.enroll.url"), url, label(i18n, "sync.enroll.code"), code);
        Button enroll = new Button();
        enroll.setId("supervisor-enroll");
        enroll.textProperty().bind(i18n.text("sync.enroll.submit"));
        enroll.disableProperty().bind(vm.busyProperty());
        enroll.setOnAction(e -> prompt.ask(pe.macexpress.desk.advisor.SupervisorGate.Action.ENROLLMENT,
                "enroll " + vm.centralUrlProperty().get(), who -> vm.enroll()));
        Label result = new Label();
        result.setId("supervisor-enroll-result");
        result.setWrapText(true);
        result.textProperty().bind(i18n.text(vm.resultKeyProperty()));
        Fields.collapseWhenEmpty(result);

        VBox card = new VBox(8, heading, state, form, enroll, result, backupSection(backup, i18n));
        card.getStyleClass().add("card");
        return card;
    }

    /** Heading, why the automatic backup failed (when it did), "backup now" and its result. */
    /** The catalogue in use and the USB way in and out (a PIAS without a link). */
    private static VBox catalogCard(CatalogViewModel vm, I18n i18n) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(i18n.text("catalog.ui.title"));
        Label state = new Label();
        state.setId("supervisor-catalog-state");
        state.setWrapText(true);
        state.textProperty().bind(i18n.computed(() -> {
            CatalogService.Status s = vm.statusProperty().get();
            if (s == null) {
                return "";
            }
            String line = i18n.get("catalog.cli.status", s.version(), s.published(), s.procedures(), s.entities(),
                    i18n.get(s.source().messageKey()));
            return s.lastRefusal() == null ? line : line + "\n" + i18n.get("catalog.ui.last.refused",
                    i18n.get(s.lastRefusal().problem().messageKey(), s.lastRefusal().entry()));
        }, vm.statusProperty()));
        Button importButton = new Button();
        importButton.setId("supervisor-catalog-import");
        importButton.setWrapText(true);
        importButton.textProperty().bind(i18n.text("catalog.ui.import"));
        importButton.disableProperty().bind(vm.busyProperty());
        importButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("catalog.ui.import"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
            java.io.File f = chooser.showOpenDialog(importButton.getScene().getWindow());
            if (f != null) {
                vm.importFrom(f.toPath());
            }
        });
        Button exportButton = new Button();
        exportButton.setId("supervisor-catalog-export");
        exportButton.setWrapText(true);
        exportButton.textProperty().bind(i18n.text("catalog.ui.export"));
        exportButton.disableProperty().bind(vm.busyProperty());
        exportButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("catalog.ui.export"));
            chooser.setInitialFileName("catalogo-" + (vm.statusProperty().get() == null ? "" : vm.statusProperty().get().version()) + ".json");
            java.io.File f = chooser.showSaveDialog(exportButton.getScene().getWindow());
            if (f != null) {
                vm.exportTo(f.toPath());
            }
        });
        Label result = new Label();
        result.setId("supervisor-catalog-result");
        result.setWrapText(true);
        result.textProperty().bind(i18n.computed(() -> {
            String key = vm.resultKeyProperty().get();
            if (key.isEmpty()) {
                return "";
            }
            String arg = vm.problemKeyProperty().get().isEmpty() ? vm.resultArgProperty().get()
                    : i18n.get(vm.problemKeyProperty().get(), vm.resultArgProperty().get());
            return i18n.get(key, arg);
        }, vm.resultKeyProperty(), vm.resultArgProperty(), vm.problemKeyProperty()));
        Fields.collapseWhenEmpty(result);
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(10, 8, importButton, exportButton);
        VBox card = new VBox(8, heading, state, actions, result);
        card.getStyleClass().add("card");
        vm.refresh();
        return card;
    }

    private static VBox backupSection(BackupViewModel vm, I18n i18n) {
        Label backupHeading = new Label();
        backupHeading.getStyleClass().add("section-title");
        backupHeading.setWrapText(true);
        backupHeading.textProperty().bind(i18n.text("backup.title"));
        Button backup = new Button();
        backup.setId("supervisor-backup");
        backup.setWrapText(true);
        backup.textProperty().bind(i18n.text("backup.now"));
        backup.disableProperty().bind(vm.busyProperty());
        backup.setOnAction(e -> vm.backup());
        Label backupResult = new Label();
        backupResult.setId("supervisor-backup-result");
        backupResult.setWrapText(true);
        backupResult.textProperty().bind(i18n.computed(() -> vm.resultKeyProperty().get().isEmpty() ? ""
                : i18n.get(vm.resultKeyProperty().get(), vm.detailProperty().get()),
                vm.resultKeyProperty(), vm.detailProperty()));
        Fields.collapseWhenEmpty(backupResult);

        Label problem = new Label();
        problem.setId("supervisor-backup-problem");
        problem.getStyleClass().add("warning-text");
        problem.setWrapText(true);
        problem.textProperty().bind(i18n.computed(() -> vm.automaticProblemKeyProperty().get().isEmpty() ? ""
                : i18n.get("backup.auto.failed", i18n.get(vm.automaticProblemKeyProperty().get())),
                vm.automaticProblemKeyProperty()));
        Fields.collapseWhenEmpty(problem);

        return new VBox(8, backupHeading, problem, backup, backupResult);
    }

    private static VBox flagsCard(IdentityFlagsViewModel vm, I18n i18n, ZoneId zone, Supplier<String> supervisorId,
                                  pe.macexpress.desk.ui.roles.SupervisorPrompt prompt) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(i18n.text("identity.flags.title.count", vm.openFlagsProperty()));

        ListView<IdentityFlags.Flagged> list = new ListView<>(vm.flags());
        list.setId("supervisor-flags");
        list.setPrefHeight(220);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("identity.flags.empty"));
        list.setPlaceholder(empty);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(IdentityFlags.Flagged f, boolean isEmpty) {
                super.updateItem(f, isEmpty);
                textProperty().unbind();
                if (isEmpty || f == null) {
                    setText("");
                    return;
                }
                textProperty().bind(i18n.computed(() -> i18n.get("identity.flags.row", f.attentionCode(),
                        i18n.dateTime(f.startedAt(), zone),
                        i18n.get(f.reason().messageKey()),
                        f.recordedNames().isEmpty() ? "—" : f.recordedNames(),
                        f.pideNames() == null || f.pideNames().isEmpty() ? "—" : f.pideNames())));
            }
        });

        Button resolve = new Button();
        resolve.setId("supervisor-resolve");
        resolve.textProperty().bind(i18n.text("identity.flags.resolve"));
        resolve.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));
        resolve.setOnAction(e -> {
            IdentityFlags.Flagged flag = list.getSelectionModel().getSelectedItem();
            if (flag == null) {
                return;
            }
            prompt.ask(pe.macexpress.desk.advisor.SupervisorGate.Action.FLAG_RESOLUTION, "flag " + flag.attentionCode(),
                    flag.advisorId(), who -> vm.resolve(flag, who == null ? supervisorId.get() : who.id()));
        });

        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(i18n.text(vm.errorKeyProperty()));
        Fields.collapseWhenEmpty(error);

        HBox actions = new HBox(10, resolve);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, heading, list, error, actions);
        card.getStyleClass().add("card");
        VBox.setVgrow(card, Priority.ALWAYS);
        return card;
    }

    /**
     * Issue 16 (review): how much of each installed language a native speaker has reviewed, one row
     * per language (name; translated share; reviewed, unreviewed, out-of-date marks; glossary
     * findings). Figures wrap onto further lines rather than being cut: long Quechua labels fit at
     * 1024 px. The report is computed by {@code vm} off the FX thread; added with {@link #addCard}.
     */
    public static VBox languageReviewCard(LanguageReviewViewModel vm, I18n i18n) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(i18n.text("review.ui.title"));
        Label intro = new Label();
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        intro.textProperty().bind(i18n.text("review.ui.intro"));

        VBox rows = new VBox(6);
        rows.setId("review-languages");
        Runnable fill = () -> {
            rows.getChildren().clear();
            for (pe.macexpress.desk.i18n.ReviewReport.LanguageFigures f : vm.languages()) {
                rows.getChildren().add(languageRow(f, i18n));
            }
        };
        vm.languages().addListener((javafx.collections.ListChangeListener<pe.macexpress.desk.i18n.ReviewReport.LanguageFigures>) c -> fill.run());
        i18n.languageProperty().addListener((o, was, now) -> fill.run());
        fill.run();

        Label state = new Label();
        state.setId("review-state");
        state.setWrapText(true);
        state.textProperty().bind(i18n.computed(() -> vm.failedProperty().get() ? i18n.get("review.ui.failed")
                : vm.busyProperty().get() ? i18n.get("review.ui.loading") : "", vm.failedProperty(), vm.busyProperty()));
        vm.failedProperty().addListener((o, was, bad) -> {
            state.getStyleClass().remove("error-text");
            if (bad) {
                state.getStyleClass().add("error-text");
            }
        });
        Fields.collapseWhenEmpty(state);

        Button refresh = new Button();
        refresh.setId("review-refresh");
        refresh.setWrapText(true);
        refresh.textProperty().bind(i18n.text("review.ui.refresh"));
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.refresh());

        VBox card = new VBox(8, heading, intro, rows, state, refresh);
        card.setId("review-card");
        card.getStyleClass().addAll("card", "review-card");
        vm.refresh();
        return card;
    }

    /** One language: its name, then its figures as tags that wrap (warnings coloured). */
    private static VBox languageRow(pe.macexpress.desk.i18n.ReviewReport.LanguageFigures f, I18n i18n) {
        Label name = new Label(f.name() + " (" + f.tag() + ")");
        name.setId("review-" + f.tag() + "-name");
        name.getStyleClass().add("review-language-name");
        name.setWrapText(true);
        javafx.scene.layout.FlowPane figures = new javafx.scene.layout.FlowPane(8, 6);
        if (f.source()) {
            figures.getChildren().add(figure(f.tag(), "source", i18n.get("review.ui.source", f.spanish()), false));
        } else {
            figures.getChildren().addAll(
                    figure(f.tag(), "translated", i18n.get("review.ui.translated", f.translatedPercent(), f.present(),
                            f.spanish()), false),
                    figure(f.tag(), "reviewed", i18n.get("review.ui.reviewed", f.reviewed()), false),
                    figure(f.tag(), "unreviewed", i18n.get("review.ui.unreviewed", f.unreviewed()), f.unreviewed() > 0),
                    figure(f.tag(), "out-of-date", i18n.get("review.ui.out.of.date", f.outOfDate()), f.outOfDate() > 0));
            if (f.missing() > 0) {
                figures.getChildren().add(figure(f.tag(), "missing", i18n.get("review.ui.missing", f.missing()), true));
            }
        }
        figures.getChildren().add(figure(f.tag(), "glossary", i18n.get("review.ui.glossary", f.glossaryFindings()),
                f.glossaryFindings() > 0));
        VBox row = new VBox(4, name, figures);
        row.setId("review-row-" + f.tag());
        row.getStyleClass().add("review-row");
        return row;
    }

    private static Label figure(String tag, String what, String text, boolean warn) {
        Label l = new Label(text);
        l.setId("review-" + tag + "-" + what);
        l.setWrapText(true);
        l.getStyleClass().add(warn ? "review-figure-warn" : "review-figure");
        return l;
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(i18n.text(key));
        return l;
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty value) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(20);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
