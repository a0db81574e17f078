package pe.macexpress.desk.ui.sync;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.stage.FileChooser;
import org.controlsfx.control.NotificationPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.sync.CentralMessage;
import pe.macexpress.desk.sync.QuarantinedRecord;
import pe.macexpress.desk.sync.SyncState;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/** The sync screen: progress, speed, what waits, what was set aside and why; "Sincronizar ahora". */
public final class SyncView extends VBox {

    public SyncView(SyncViewModel vm, I18n i18n, ZoneId zone, Runnable onBack) {
        getStyleClass().add("screen");
        setSpacing(12);
        setPadding(new Insets(4));

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("sync.title"));

        Label state = new Label();
        state.setId("sync-state");
        state.getStyleClass().add("badge");
        state.textProperty().bind(i18n.computed(() -> i18n.get(vm.stateProperty().get().messageKey()),
                vm.stateProperty()));

        ProgressBar bar = new ProgressBar();
        bar.setId("sync-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // on a small screen it never squeezes to nothing
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> vm.recordsTotalProperty().get() == 0 ? 0
                : (double) vm.recordsSentProperty().get() / vm.recordsTotalProperty().get(),
                vm.recordsSentProperty(), vm.recordsTotalProperty()));

        Label figures = new Label();
        figures.setId("sync-figures");
        figures.setWrapText(true);
        figures.textProperty().bind(i18n.text("sync.figures", vm.recordsSentProperty(), vm.recordsTotalProperty(),
                kb(vm.bytesSentProperty()), kb(vm.bytesTotalProperty()), kb(vm.bytesPerSecondProperty())));

        // Documents apart from records: few, large, and sent after them.
        Label documents = new Label();
        documents.setId("sync-documents");
        documents.setWrapText(true);
        documents.textProperty().bind(i18n.computed(() -> vm.documentsPendingProperty().get() == 0
                        ? i18n.get("sync.documents.none")
                        : i18n.get("sync.documents.pending", vm.documentsPendingProperty().get(),
                                mb(vm.documentBytesPendingProperty().get()), mb(vm.documentBytesSentProperty().get())),
                vm.documentsPendingProperty(), vm.documentBytesPendingProperty(), vm.documentBytesSentProperty()));
        Label documentsSetAside = new Label();
        documentsSetAside.setId("sync-documents-set-aside");
        documentsSetAside.getStyleClass().add("warning-text");
        documentsSetAside.setWrapText(true);
        documentsSetAside.textProperty().bind(i18n.computed(() -> vm.documentsSetAsideProperty().get() == 0 ? ""
                : i18n.get("sync.documents.set.aside", vm.documentsSetAsideProperty().get()),
                vm.documentsSetAsideProperty()));
        Fields.collapseWhenEmpty(documentsSetAside);
        Button retryDocuments = new Button();
        retryDocuments.setId("sync-documents-retry");
        retryDocuments.setWrapText(true);
        retryDocuments.textProperty().bind(i18n.text("sync.documents.retry"));
        retryDocuments.setOnAction(e -> vm.retryDocuments());
        retryDocuments.visibleProperty().bind(vm.documentsSetAsideProperty().greaterThan(0));
        retryDocuments.managedProperty().bind(retryDocuments.visibleProperty());

        Label error = Fields.errorLine(i18n, "sync-error", vm.lastErrorKeyProperty());

        Label summary = new Label();
        summary.setId("sync-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(i18n.computed(() -> vm.allSentProperty().get()
                ? i18n.get("sync.all.sent")
                : i18n.get("sync.waiting", vm.pendingProperty().get(), vm.quarantinedCountProperty().get()),
                vm.allSentProperty(), vm.pendingProperty(), vm.quarantinedCountProperty()));

        Label last = new Label();
        last.setId("sync-last");
        last.textProperty().bind(SyncTexts.lastSync(i18n, vm.lastSuccessProperty(), zone));

        Label warning = new Label();
        warning.setId("sync-warning");
        warning.getStyleClass().add("warning-text");
        warning.setWrapText(true);
        warning.textProperty().bind(SyncTexts.warning(i18n, vm.warningProperty()));
        Fields.collapseWhenEmpty(warning);

        Button now = new Button();
        now.setId("sync-now");
        now.setDefaultButton(true);
        now.textProperty().bind(i18n.text("sync.now"));
        now.disableProperty().bind(vm.stateProperty().isEqualTo(SyncState.RUNNING));
        now.setOnAction(e -> vm.syncNow());
        Button back = new Button();
        back.setId("sync-back");
        back.textProperty().bind(i18n.text("supervisor.back"));
        back.setOnAction(e -> onBack.run());
        HBox actions = new HBox(10, now, back);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(8, state, bar, figures, documents, documentsSetAside, retryDocuments, error, summary, last, warning);
        card.getStyleClass().add("card");

        // How "Sincronizar ahora" ended, as a notice over the figures (ControlsFX) until closed or the next run.
        // The bar lies over its content: a spacer as tall as the bar keeps the figures in view under it.
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        NotificationPane notice = new NotificationPane(new VBox(spacer, card));
        notice.setId("sync-notice");
        notice.setShowFromTop(true);
        notice.showingProperty().addListener((o, was, showing) -> {
            javafx.scene.Node noticeBar = notice.lookup(".notification-bar");
            double h = showing && noticeBar != null ? noticeBar.prefHeight(notice.getWidth()) : 0;
            spacer.setMinHeight(h);
            spacer.setPrefHeight(h);
        });
        notice.textProperty().bind(i18n.computed(() -> {
            SyncViewModel.UsbResult r = vm.runNoticeProperty().get();
            return r == null ? "" : i18n.get(r.key(), r.args().toArray());
        }, vm.runNoticeProperty()));
        vm.runNoticeProperty().addListener((o, was, ended) -> {
            if (ended != null) {
                notice.show();
            }
        });
        vm.stateProperty().addListener((o, was, running) -> {
            if (running == SyncState.RUNNING) {
                notice.hide();
            }
        });

        getChildren().addAll(title, notice, actions);
        if (vm.usbAvailable()) {
            // Right under "Sincronizar ahora": where a supervisor with no link looks first.
            getChildren().add(usbCard(vm, i18n));
        }
        getChildren().addAll(messagesCard(vm, i18n, zone), quarantinedCard(vm, i18n, zone));
        // On a small screen the lists give up room and the screen scrolls: a wrapped text never does.
        java.util.Set<javafx.scene.Node> labels = new java.util.HashSet<>(lookupAll(".label"));
        labels.addAll(card.lookupAll(".label")); // inside the notice pane, which has no children before its skin
        for (javafx.scene.Node n : labels) {
            if (n instanceof Label l && l.isWrapText()) {
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        vm.refresh();
    }

    /** The USB loop: save what is pending to a file, apply the central's answer file. */
    private static VBox usbCard(SyncViewModel vm, I18n i18n) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(i18n.text("sync.usb.title"));
        Label hint = new Label();
        hint.setWrapText(true);
        hint.textProperty().bind(i18n.text("sync.usb.hint"));
        Button save = new Button();
        save.setId("sync-usb-save");
        save.textProperty().bind(i18n.text("sync.usb.save"));
        save.disableProperty().bind(vm.usbBusyProperty());
        save.setOnAction(e -> {
            FileChooser chooser = chooser(i18n, "sync.usb.chooser.save", "sync.usb.filter.bundle", "*.mxb");
            chooser.setInitialFileName("envio-" + java.time.LocalDate.now() + ".mxb");
            java.io.File f = chooser.showSaveDialog(save.getScene().getWindow());
            if (f != null) {
                vm.saveBundle(f.toPath());
            }
        });
        Button apply = new Button();
        apply.setId("sync-usb-apply");
        apply.textProperty().bind(i18n.text("sync.usb.apply"));
        apply.disableProperty().bind(vm.usbBusyProperty());
        apply.setOnAction(e -> {
            FileChooser chooser = chooser(i18n, "sync.usb.chooser.apply", "sync.usb.filter.answer", "*.mxa");
            java.io.File f = chooser.showOpenDialog(apply.getScene().getWindow());
            if (f != null) {
                vm.applyAnswer(f.toPath());
            }
        });
        HBox buttons = new HBox(10, save, apply);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label result = new Label();
        result.setId("sync-usb-result");
        result.setWrapText(true);
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps, never ends in "…"
        result.textProperty().bind(i18n.computed(() -> {
            SyncViewModel.UsbResult r = vm.usbResultProperty().get();
            if (vm.usbBusyProperty().get()) {
                return i18n.get("sync.usb.working");
            }
            return r == null ? "" : i18n.get(r.key(), r.args().toArray());
        }, vm.usbResultProperty(), vm.usbBusyProperty()));
        Fields.collapseWhenEmpty(result);
        VBox card = new VBox(8, heading, hint, buttons, result);
        card.getStyleClass().add("card");
        return card;
    }

    private static FileChooser chooser(I18n i18n, String titleKey, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(titleKey));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(i18n.get(filterKey), pattern),
                new FileChooser.ExtensionFilter("*", "*"));
        return chooser;
    }

    /** What the central told this point; newest first. */
    private static VBox messagesCard(SyncViewModel vm, I18n i18n, ZoneId zone) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(i18n.text("sync.messages.title"));
        ListView<CentralMessage> list = new ListView<>(vm.messages());
        list.setId("sync-messages");
        list.setPrefHeight(120);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("sync.messages.empty"));
        list.setPlaceholder(empty);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(CentralMessage m, boolean isEmpty) {
                super.updateItem(m, isEmpty);
                textProperty().unbind();
                if (isEmpty || m == null) {
                    setText("");
                    return;
                }
                setWrapText(true);
                textProperty().bind(i18n.computed(() -> i18n.get("sync.messages.row",
                        i18n.dateTime(m.receivedAt(), zone), m.text())));
            }
        });
        VBox card = new VBox(8, heading, list);
        card.getStyleClass().add("card");
        return card;
    }

    private static VBox quarantinedCard(SyncViewModel vm, I18n i18n, ZoneId zone) {
        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(i18n.text("sync.quarantined.title", vm.quarantinedCountProperty()));
        ListView<QuarantinedRecord> list = new ListView<>(vm.quarantined());
        list.setId("sync-quarantined");
        list.setPrefHeight(180);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("sync.quarantined.empty"));
        list.setPlaceholder(empty);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(QuarantinedRecord r, boolean isEmpty) {
                super.updateItem(r, isEmpty);
                textProperty().unbind();
                if (isEmpty || r == null) {
                    setText("");
                    return;
                }
                textProperty().bind(i18n.computed(() -> i18n.get("sync.quarantined.row",
                        r.recordId().toString().substring(0, 8),
                        i18n.dateTime(r.at(), zone),
                        i18n.get(r.reason().messageKey()), r.attempts())));
            }
        });
        Button requeue = new Button();
        requeue.setId("sync-requeue");
        requeue.textProperty().bind(i18n.text("sync.requeue"));
        requeue.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        requeue.setOnAction(e -> vm.requeue(list.getSelectionModel().getSelectedItem()));
        VBox card = new VBox(8, heading, list, requeue);
        card.getStyleClass().add("card");
        VBox.setVgrow(card, Priority.ALWAYS);
        return card;
    }

    /** Megabytes with one decimal, as the documents line shows them. */
    private static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    /** Kilobytes with one decimal, as the figures line shows them. */
    private static javafx.beans.binding.StringBinding kb(javafx.beans.value.ObservableLongValue bytes) {
        return Bindings.createStringBinding(() -> String.format(java.util.Locale.ROOT, "%.1f", bytes.get() / 1024.0),
                bytes);
    }
}
