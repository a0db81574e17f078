package pe.macexpress.desk.ui.shell;

import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
    private final Button signOut = new Button();
    private final Button supervisor = new Button();
    private final Button lookup = new Button();
    private final Button cases = new Button();
    private final VBox notices = new VBox();
    private final StatusBar status;

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
        // The session line wraps before any button gives way.
        session.setMinWidth(0);
        title.setMinWidth(Region.USE_PREF_SIZE);
        for (Region fixed : new Region[] {languageLabel, language, cases, lookup, supervisor, signOut}) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }

        VBox titleBox = new VBox(2, title, session);
        // The title takes whatever room the buttons leave (the session line wraps), never more:
        // at 1024 px every button shows whole, in every language.
        titleBox.setMinWidth(0);
        titleBox.setPrefWidth(200);
        HBox.setHgrow(titleBox, Priority.ALWAYS);
        HBox header = new HBox(10, titleBox, languageLabel, language, cases, lookup, supervisor, signOut);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 8, 12));
        top.getChildren().add(header);
        setTop(top);

        content.setPadding(new Insets(16));
        VBox.setVgrow(content, Priority.ALWAYS);
        notices.setId("shell-notices");
        notices.visibleProperty().bind(vm.advisorProperty().isNotNull());
        notices.managedProperty().bind(notices.visibleProperty());
        setCenter(new VBox(notices, content));

        status = new StatusBar(vm, i18n, zone);
        status.visibleProperty().bind(vm.advisorProperty().isNotNull());
        status.managedProperty().bind(status.visibleProperty());
        setBottom(status);
    }

    public void show(Node screen) {
        content.getChildren().setAll(screen);
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

    public Button syncButton() {
        return status.syncButton();
    }

    public Button casesButton() {
        return cases;
    }

    public Button lookupButton() {
        return lookup;
    }

    public Button supervisorButton() {
        return supervisor;
    }

    public Button signOutButton() {
        return signOut;
    }
}
