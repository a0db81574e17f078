package pe.macexpress.desk.ui.shell;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.sync.SyncTexts;

/** Bottom line of every screen after sign-in: link state, what waits to be sent, last sync. */
final class StatusBar extends HBox {

    private final Button history = new Button();
    private final Button sync = new Button();
    /** Issue 13 (incidents): "Incidente", on every screen after sign-in. */
    private final Button incident = new Button();
    /** Issue 14 (reports screen): "Reportes", on every screen after sign-in (a small chart alone when tight). */
    private final Button reports = new Button();

    StatusBar(ShellViewModel vm, I18n i18n, ZoneId zone) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        // 12, not more: in Quechua, with a last sync shown, wider gaps pushed the bar past 1024 px.
        setSpacing(12);
        setPadding(new Insets(6, 12, 6, 12));

        Label online = new Label();
        online.setId("status-online");
        online.textProperty().bind(Bindings.when(vm.onlineProperty())
                .then(i18n.text("status.online")).otherwise(i18n.text("status.offline")));
        vm.onlineProperty().addListener((o, was, now) -> online.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("online"), now));

        Label pending = new Label();
        pending.setId("status-pending");
        pending.textProperty().bind(i18n.text("status.pending", vm.pendingProperty()));

        Label lastSync = new Label();
        lastSync.setId("status-last-sync");
        lastSync.textProperty().bind(SyncTexts.lastSync(i18n, vm.lastSyncProperty(), zone));

        // Shown only when pending records or their age pass the configured thresholds.
        Label warning = new Label();
        warning.setId("status-warning");
        warning.getStyleClass().add("warning-text");
        warning.textProperty().bind(SyncTexts.warning(i18n, vm.warningProperty()));
        warning.visibleProperty().bind(vm.warningProperty().isNotNull());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setTooltip(tooltip(warning.textProperty()));

        // Until a backup succeeds again; the supervisor's screen says why and what to do.
        Label backup = new Label();
        backup.setId("status-backup-warning");
        backup.getStyleClass().add("warning-text");
        backup.textProperty().bind(i18n.text("status.backup.failed"));
        backup.visibleProperty().bind(vm.backupFailedProperty());
        backup.managedProperty().bind(backup.visibleProperty());
        backup.setTooltip(tooltip(i18n.text("status.backup.failed.hint")));

        // Cases past their plazo with no answer yet: a warning like the others, shown while there are any.
        Label overdue = new Label();
        overdue.setId("status-overdue");
        overdue.getStyleClass().add("warning-text");
        overdue.textProperty().bind(i18n.text("status.overdue", Bindings.createIntegerBinding(
                () -> vm.caseCountsProperty().get().overdue(), vm.caseCountsProperty())));
        var anyOverdue = Bindings.createBooleanBinding(
                () -> vm.caseCountsProperty().get().overdue() > 0, vm.caseCountsProperty());
        overdue.managedProperty().bind(anyOverdue);
        // Where it does not fit whole (Quechua at 1024 px) it leaves its room blank rather than show a
        // clipped count: the Seguimiento button in the header says it too.
        overdue.visibleProperty().bind(Bindings.createBooleanBinding(() -> anyOverdue.get()
                && overdue.getWidth() >= overdue.prefWidth(-1) - 0.5, anyOverdue, overdue.widthProperty(),
                overdue.textProperty()));
        overdue.setTooltip(tooltip(i18n.text("status.overdue.hint")));
        overdue.setMinWidth(0);

        history.setId("history-open");
        history.textProperty().bind(i18n.text("history.open"));
        sync.setId("sync-open");
        sync.textProperty().bind(i18n.text("sync.open"));
        incident.setId("incident-open");
        incident.getStyleClass().add("incident-open");
        incident.textProperty().bind(i18n.text("incident.open"));
        incident.setTooltip(tooltip(i18n.text("incident.open.hint")));

        reports.setId("reports-open");
        reports.getStyleClass().add("reports-open");
        reports.textProperty().bind(i18n.text("reports.open"));
        reports.setTooltip(tooltip(i18n.text("reports.open.hint")));
        reports.accessibleTextProperty().bind(i18n.text("reports.open"));

        // The warnings live in the stretch between the counts and the last sync: with none showing it
        // is plain free space; a warning that does not fit gives way there (ellipsis, tooltip).
        HBox warnings = new HBox(12, overdue, warning, backup);
        warnings.setMinWidth(0);
        warnings.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(warnings, Priority.ALWAYS);
        getChildren().addAll(online, pending, warnings, lastSync, reports, history, sync, incident);
        // Reports gives way first: "Incidente" keeps its word longer (a breach is reported in a hurry).
        pe.macexpress.desk.ui.common.CompactButton.install(reports, warnings, chartSign());
        pe.macexpress.desk.ui.common.CompactButton.install(incident, warnings);
        // Last, at 1024 px with a warning that still does not fit (e.g. "Casos vencidos"), the reports
        // button steps aside altogether (Ctrl+I still opens Reportes) and comes back once there is room.
        Runnable reportsRoom = () -> javafx.application.Platform.runLater(() -> giveWayToWarnings(warnings));
        warnings.widthProperty().addListener((o, was, now) -> reportsRoom.run());
        reports.contentDisplayProperty().addListener((o, was, now) -> reportsRoom.run());
        for (javafx.scene.Node n : warnings.getChildren()) {
            n.managedProperty().addListener((o, was, now) -> reportsRoom.run());
            if (n instanceof Label l) {
                l.textProperty().addListener((o, was, now) -> reportsRoom.run());
            }
        }
        // When a warning does not fit, it gives way (ellipsis, whole text in its tooltip); the link
        // state, the count, the last sync and the buttons always show in full.
        for (Region fixed : new Region[] {online, pending, lastSync, reports, history, sync, incident}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
    }

    /** Three bars of a chart, drawn (no font has to carry the sign). */
    private static Node chartSign() {
        HBox bars = new HBox(2);
        bars.setAlignment(Pos.BOTTOM_LEFT);
        bars.getStyleClass().add("reports-sign");
        for (double h : new double[] {8, 14, 10}) {
            Region bar = new Region();
            bar.getStyleClass().add("reports-sign-bar");
            bar.setMinSize(4, h);
            bar.setPrefSize(4, h);
            bar.setMaxSize(4, h);
            bars.getChildren().add(bar);
        }
        bars.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return bars;
    }

    private void giveWayToWarnings(HBox warnings) {
        double needed = 0;
        int shown = 0;
        for (javafx.scene.Node n : warnings.getChildren()) {
            if (n.isManaged()) {
                needed += n.prefWidth(-1);
                shown++;
            }
        }
        double free = warnings.getWidth() - needed - Math.max(0, shown - 1) * warnings.getSpacing();
        boolean compact = reports.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY;
        if (reports.isManaged() && compact && shown > 0 && free < -0.5) {
            reports.setManaged(false);
            reports.setVisible(false);
        } else if (!reports.isManaged() && (shown == 0 || free >= reports.prefWidth(-1) + getSpacing())) {
            reports.setManaged(true);
            reports.setVisible(true);
        }
    }

    Button reportsButton() {
        return reports;
    }

    private static Tooltip tooltip(ObservableValue<String> text) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(text);
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }

    Button historyButton() {
        return history;
    }

    Button syncButton() {
        return sync;
    }

    Button incidentButton() {
        return incident;
    }
}
