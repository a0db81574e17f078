package pe.macexpress.desk.ui.shell;

import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The frame around every screen: training banner, title with the session, the language switch,
 * the current screen, and the status bar once an advisor is signed in.
 */
public final class ShellView extends BorderPane {
    private final StackPane content = new StackPane();
    private final ScrollPane scroll = new ScrollPane(content);
    private final Button signOut = new Button();
    private final Button supervisor = new Button();
    private final Button lookup = new Button();
    private final Button cases = new Button();
    /** Issue 13 (complaints): the Libro de Reclamaciones, one touch from every screen after sign-in. */
    private final Button complaint = new Button();
    private final VBox notices = new VBox();
    private final StatusBar status;
    private final FontScale fontScale;
    /** Width the title and the session line need beside the header's buttons before these move below. */
    private static final double SESSION_ROOM = 200;

    public ShellView(ShellViewModel vm, I18n i18n, ZoneId zone) {
        getStyleClass().add("shell");

        VBox top = new VBox();
        if (vm.trainingProperty().get()) {
            Label banner = new Label();
            banner.setId("training-banner");
            banner.getStyleClass().add("training-banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            banner.setWrapText(true);
            banner.textProperty().bind(i18n.text("training.banner"));
            top.getChildren().add(banner);
        }

        Label title = new Label();
        title.getStyleClass().add("app-title");
        title.textProperty().bind(i18n.text("app.title"));

        Label session = new Label();
        session.setId("session-info");
        session.getStyleClass().add("session-info");
        session.textProperty().bind(i18n.computed(() -> {
            if (vm.advisorProperty().get() == null || vm.pointProperty().get() == null) {
                return "";
            }
            var p = vm.pointProperty().get();
            return i18n.get("session.info", vm.advisorProperty().get().fullName(), p.name(),
                    i18n.get(p.type().messageKey()), p.ubigeo());
        }, vm.advisorProperty(), vm.pointProperty()));
        session.setWrapText(true);

        Label languageLabel = new Label();
        languageLabel.textProperty().bind(i18n.text("language.label"));
        ComboBox<Language> language = new ComboBox<>();
        language.setId("language-switch");
        language.getItems().setAll(i18n.languages());
        language.valueProperty().bindBidirectional(i18n.languageProperty());
        // Issue 16: an incomplete language says how much of it is translated (short closed, whole in the list).
        pe.macexpress.desk.ui.common.CitizenLanguageBox.describe(i18n, language);

        signOut.setId("sign-out");
        signOut.textProperty().bind(i18n.text("session.sign.out"));
        signOut.visibleProperty().bind(vm.advisorProperty().isNotNull());
        signOut.managedProperty().bind(signOut.visibleProperty());

        supervisor.setId("supervisor-open");
        supervisor.textProperty().bind(i18n.text("supervisor.open"));
        supervisor.visibleProperty().bind(vm.advisorProperty().isNotNull());
        supervisor.managedProperty().bind(supervisor.visibleProperty());

        lookup.setId("lookup-open");
        lookup.textProperty().bind(i18n.text("lookup.open"));
        lookup.setTooltip(new javafx.scene.control.Tooltip());
        lookup.getTooltip().textProperty().bind(i18n.text("lookup.open.hint"));
        lookup.visibleProperty().bind(vm.advisorProperty().isNotNull());
        lookup.managedProperty().bind(lookup.visibleProperty());
        // Seguimiento: open cases counted on the button; highlighted while results wait to be read.
        cases.setId("cases-open");
        // The overdue count shows here too: in Quechua the status bar may lack room for it at 1024 px.
        cases.textProperty().bind(i18n.computed(() -> {
            var counts = vm.caseCountsProperty().get();
            return counts.overdue() > 0 ? i18n.get("cases.open.overdue", counts.open(), counts.overdue())
                    : i18n.get("cases.open", counts.open());
        }, vm.caseCountsProperty()));
        cases.setTooltip(new javafx.scene.control.Tooltip());
        cases.getTooltip().textProperty().bind(i18n.text("cases.open.hint"));
        vm.caseCountsProperty().addListener((o, was, now) -> cases.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("news"), now.unreadResults() > 0));
        cases.visibleProperty().bind(vm.advisorProperty().isNotNull());
        cases.managedProperty().bind(cases.visibleProperty());
        complaint.setId("complaint-open");
        complaint.getStyleClass().add("complaint-open");
        complaint.textProperty().bind(i18n.text("complaint.open"));
        complaint.setTooltip(new javafx.scene.control.Tooltip());
        complaint.getTooltip().textProperty().bind(i18n.text("complaint.open.hint"));
        complaint.visibleProperty().bind(vm.advisorProperty().isNotNull());
        complaint.managedProperty().bind(complaint.visibleProperty());
        // The session line wraps before any button gives way.
        session.setMinWidth(0);
        title.setMinWidth(Region.USE_PREF_SIZE);
        for (Region fixed : new Region[] {languageLabel, language, complaint, cases, lookup, supervisor, signOut}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }

        VBox titleBox = new VBox(2, title, session);
        // The title takes whatever room the buttons leave (the session line wraps), never more.
        titleBox.setMinWidth(0);
        titleBox.setPrefWidth(200);
        HBox.setHgrow(titleBox, Priority.ALWAYS);
        // One run beside the title; on its own row it may wrap once more (large type on a netbook).
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(8, 6, languageLabel, language,
                complaint, cases, lookup, supervisor, signOut) {
            /** The one-run width (FlowPane's own is its wrap length, which says nothing about the buttons). */
            @Override
            protected double computePrefWidth(double height) {
                double width = 0;
                int shown = 0;
                for (Node child : getManagedChildren()) {
                    width += child.prefWidth(-1);
                    shown++;
                }
                return snappedLeftInset() + snappedRightInset() + width + Math.max(0, shown - 1) * getHgap();
            }
        };
        actions.setId("header-actions");
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox firstRow = new HBox(10, titleBox, actions);
        firstRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(6, firstRow);
        header.getStyleClass().add("header");
        header.setPadding(new Insets(6, 12, 6, 12));
        // Compact header: where the buttons leave the title less than its own width (a netbook, or
        // Quechua's longer words), they move to a second row instead of being cut ("Idio…").
        Runnable compact = () -> {
            // The window's width (the shell's), not the header's: the header grows with what it holds.
            double room = getWidth() - header.getInsets().getLeft() - header.getInsets().getRight();
            // The session line needs some room beside the title too, or it wraps into a narrow column.
            boolean twoRows = room > 0 && actions.prefWidth(-1) + 10 + Math.max(title.prefWidth(-1), SESSION_ROOM) > room;
            if (twoRows && firstRow.getChildren().contains(actions)) {
                firstRow.getChildren().remove(actions);
                header.getChildren().add(actions);
                actions.setAlignment(Pos.CENTER_LEFT);
                actions.setMinWidth(Region.USE_COMPUTED_SIZE);
            } else if (!twoRows && header.getChildren().contains(actions)) {
                header.getChildren().remove(actions);
                firstRow.getChildren().add(actions);
                actions.setAlignment(Pos.CENTER_RIGHT);
                actions.setMinWidth(Region.USE_PREF_SIZE);
            }
        };
        widthProperty().addListener((o, was, now) -> compact.run());
        // Texts change with the language, the counts and the font size: measured again after layout.
        actions.layoutBoundsProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(compact));
        title.layoutBoundsProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(compact));
        top.getChildren().add(header);
        setTop(top);

        content.setPadding(new Insets(16));
        // A screen fills the window: its lists give up room first (down to a few rows, desk.css), and
        // only a screen that still does not fit scrolls. The header and the status bar stay put.
        scroll.setId("shell-scroll");
        scroll.getStyleClass().add("shell-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // ScrollPaneSkin caches its viewport as a bitmap: a window-sized int[] on the heap (3.7 MB at
        // 1366x768, measured), kept to make scrolling cheap. Our screens are forms that rarely scroll:
        // drawn directly, that memory is not held.
        scroll.skinProperty().addListener((o, was, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        // Tab (or a screen) moving the focus below the fold brings that field or button into view.
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, focused) -> reveal(focused));
            }
        });
        notices.setId("shell-notices");
        notices.visibleProperty().bind(vm.advisorProperty().isNotNull());
        notices.managedProperty().bind(notices.visibleProperty());
        setCenter(new VBox(notices, scroll));
        fontScale = FontScale.install(this);
        // Larger type makes the buttons wider: the header measures itself again once the new size is applied.
        fontScale.sizeProperty().addListener((o, was, now) -> javafx.application.Platform.runLater(() -> {
            header.applyCss();
            header.layout();
            compact.run();
        }));

        status = new StatusBar(vm, i18n, zone);
        status.visibleProperty().bind(vm.advisorProperty().isNotNull());
        status.managedProperty().bind(status.visibleProperty());
        setBottom(status);
    }

    public void show(Node screen) {
        content.getChildren().setAll(screen);
        // Each screen starts at its top.
        scroll.setVvalue(0);
    }

    /** Scrolls the content so that {@code node} (inside it) shows whole, if it lies outside the viewport. */
    private void reveal(Node node) {
        if (node == null || !isInside(node, content)) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getHeight() - viewport;
        if (extra <= 0) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * extra;
        if (b.getMinY() < top) {
            scroll.setVvalue(Math.max(0, b.getMinY() - 8) / extra);
        } else if (b.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(extra, b.getMaxY() + 8 - viewport) / extra);
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A small dialog over the current screen, which stays as it was underneath. */
    public void showOver(Node dialog) {
        if (!content.getChildren().contains(dialog)) {
            content.getChildren().add(dialog);
        }
    }

    public void closeOver(Node dialog) {
        content.getChildren().remove(dialog);
    }

    /** A notice above every screen (e.g. results arrived); it hides itself when it has nothing to say. */
    public void addNotice(Node notice) {
        notices.getChildren().add(notice);
    }

    /** The screen showing now (to come back to it after the supervisor's screen). */
    public Node current() {
        return content.getChildren().isEmpty() ? null : content.getChildren().get(0);
    }

    public Button historyButton() {
        return status.historyButton();
    }

    /** Issue 14 (reports screen): "Reportes" in the status bar. */
    public Button reportsButton() {
        return status.reportsButton();
    }

    public Button syncButton() {
        return status.syncButton();
    }

    /** "Incidente" in the status bar (issue 13). */
    public Button incidentButton() {
        return status.incidentButton();
    }

    public Button casesButton() {
        return cases;
    }

    /** Issue 13 (complaints): opens the Libro de Reclamaciones. */
    public Button complaintButton() {
        return complaint;
    }

    public Button lookupButton() {
        return lookup;
    }

    public Button supervisorButton() {
        return supervisor;
    }

    /** Ctrl + / Ctrl − / Ctrl 0: the desk's font size. */
    public FontScale fontScale() {
        return fontScale;
    }

    public Button signOutButton() {
        return signOut;
    }
}
