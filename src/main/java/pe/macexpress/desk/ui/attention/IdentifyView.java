package pe.macexpress.desk.ui.attention;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.app.TrainingHints;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.PartOfDay;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.identity.IdentityOutcome;
import pe.macexpress.desk.identity.IdentityResult;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/** Step 1 of the attention: greeting script, the document, and the identity verification. */
public final class IdentifyView extends VBox {
    /** "Continuar con el trámite", "Nuevo ciudadano" and what else a citizen may come for. */
    private final javafx.scene.layout.FlowPane continueRow;
    /** How long the advisor waits for PIDE before being offered Cancel and "Continuar por verificar". */
    static final javafx.util.Duration SLOW = javafx.util.Duration.seconds(3);
    private Button verify;
    private TextField number;
    /** The advisor's greeting script; issue 16 puts the citizen's card in its place. */
    private final Label greeting = new Label();

    IdentifyView(IdentifyViewModel vm, I18n i18n, Advisor advisor, Clock clock, ZoneId zone, TrainingHints hints,
                 Runnable onContinue, Runnable openSupervisor, javafx.scene.Node citizenPanel) {
        getStyleClass().add("screen");
        setSpacing(12);
        setFillWidth(true);

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("identify.title"));

        greeting.setId("identify-greeting");
        greeting.getStyleClass().add("script");
        greeting.setWrapText(true);
        // The same part of the day as the farewell on the receipt (core/PartOfDay decides both).
        PartOfDay partOfDay = PartOfDay.of(clock.instant(), zone);
        greeting.textProperty().bind(i18n.computed(() -> i18n.get("identify.greeting",
                i18n.get(partOfDay.greetingKey()), advisor.firstName())));

        ComboBox<DocumentType> type = new ComboBox<>();
        type.setId("identify-type");
        type.getItems().setAll(DocumentType.values());
        type.valueProperty().bindBidirectional(vm.documentTypeProperty());
        Fields.localizedCells(type, t -> i18n.text(t.messageKey()));

        TextField number = new TextField();
        this.number = number;
        number.setId("identify-number");
        Fields.limit(number, 15);
        number.textProperty().bindBidirectional(vm.numberProperty());
        number.setPrefColumnCount(14);

        TextField check = new TextField();
        check.setId("identify-check");
        Fields.limit(check, 1);
        check.textProperty().bindBidirectional(vm.checkProperty());
        check.setPrefColumnCount(2);

        Label typeLabel = label(i18n, "identify.document.type");
        Label numberLabel = label(i18n, "identify.document.number");
        Label checkLabel = label(i18n, "identify.document.check");
        Label checkHint = new Label();
        checkHint.getStyleClass().add("hint");
        checkHint.setWrapText(true);
        checkHint.textProperty().bind(i18n.text("identify.document.check.hint"));
        var dni = vm.documentTypeProperty().isEqualTo(DocumentType.DNI);
        for (var n : new javafx.scene.Node[] {check, checkLabel, checkHint}) {
            n.visibleProperty().bind(dni);
            n.managedProperty().bind(dni);
        }

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, typeLabel, type);
        form.addRow(1, numberLabel, number);
        form.addRow(2, checkLabel, new HBox(10, check, checkHint));

        Label error = Fields.errorLine(i18n, "identify-error", vm.errorKeyProperty());

        Button verify = new Button();
        verify.setId("identify-verify");
        // Enter verifies until there is an answer to continue with; then Enter continues.
        verify.defaultButtonProperty().bind(vm.canContinueProperty().not().and(vm.confirmationAskedProperty().not()));
        verify.textProperty().bind(i18n.text("identify.verify"));
        verify.disableProperty().bind(vm.busyProperty());
        verify.setOnAction(e -> vm.verify());
        this.verify = verify;
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.busyProperty());
        Label busyText = new Label();
        busyText.textProperty().bind(i18n.text("identify.verifying"));
        busyText.visibleProperty().bind(vm.busyProperty());
        HBox actions = new HBox(10, verify, spinner, busyText);
        actions.setAlignment(Pos.CENTER_LEFT);

        // A slow PIDE: after a few seconds the advisor may stop waiting (the document stays typed)
        // or go on "por verificar", as when PIDE is down.
        javafx.animation.PauseTransition late = new javafx.animation.PauseTransition(SLOW);
        late.setOnFinished(e -> vm.markSlow());
        vm.busyProperty().addListener((o, was, now) -> {
            if (now) {
                late.playFromStart();
            } else {
                late.stop();
            }
        });
        Label slowText = new Label();
        slowText.setId("identify-slow");
        slowText.setWrapText(true);
        slowText.textProperty().bind(i18n.text("identify.slow"));
        Button cancel = new Button();
        cancel.setId("identify-cancel");
        cancel.textProperty().bind(i18n.text("identify.cancel"));
        cancel.setOnAction(e -> {
            vm.cancelQuery();
            focusNumber();
        });
        Button unverified = new Button();
        unverified.setId("identify-continue-unverified");
        unverified.textProperty().bind(i18n.text("identify.continue.unverified"));
        unverified.setOnAction(e -> vm.continueUnverified());
        javafx.scene.layout.FlowPane slowButtons = new javafx.scene.layout.FlowPane(10, 8, unverified, cancel);
        VBox slowBox = new VBox(8, slowText, slowButtons);
        slowBox.setId("identify-slow-box");
        slowBox.getStyleClass().add("card");
        slowBox.visibleProperty().bind(vm.slowProperty());
        slowBox.managedProperty().bind(slowBox.visibleProperty());
        vm.slowProperty().addListener((o, was, now) -> {
            if (now) {
                pe.macexpress.desk.ui.help.Keys.focusSoon(unverified);
            }
        });

        // Code 1002: the supervisor changes the PIDE password without leaving the attention.
        Button changePassword = new Button();
        changePassword.setId("identify-change-password");
        changePassword.textProperty().bind(i18n.text("identity.password.title"));
        changePassword.setOnAction(e -> openSupervisor.run());
        var expired = Bindings.createBooleanBinding(() -> vm.resultProperty().get() != null
                && vm.resultProperty().get().outcome() == IdentityOutcome.PASSWORD_EXPIRED, vm.resultProperty());
        changePassword.visibleProperty().bind(expired);
        changePassword.managedProperty().bind(expired);

        continueRow = continueRow(vm, i18n, onContinue);
        getChildren().addAll(title, greeting, form, error, actions, slowBox, resultCard(vm, i18n, zone), changePassword,
                continueRow);
        if (citizenPanel != null) {
            getChildren().add(citizenPanel);
        }
        if (!hints.documents().isEmpty()) {
            getChildren().add(trainingHint(i18n, hints));
        }
        setPadding(new Insets(4));
    }

    /**
     * Issue 16 (citizen): the greeting in the citizen's language (with the language's chooser) in place
     * of the advisor's script, and the verified data read back to the citizen below "Continuar" (the
     * advisor's buttons stay where they were).
     */
    void forCitizen(javafx.scene.Node greetingCard, javafx.scene.Node readBackCard) {
        int at = getChildren().indexOf(greeting);
        getChildren().set(at, greetingCard);
        getChildren().add(getChildren().indexOf(continueRow) + 1, readBackCard);
    }

    /** A new citizen: typing starts in the document number (the type is DNI unless changed). */
    void focusNumber() {
        pe.macexpress.desk.ui.help.Keys.focusSoon(number);
    }

    /** A citizen called back: their document is typed, Enter (or a click) verifies it. */
    void focusVerify() {
        javafx.application.Platform.runLater(verify::requestFocus);
    }

    private static VBox resultCard(IdentifyViewModel vm, I18n i18n, ZoneId zone) {
        ImageView photo = new ImageView();
        photo.setId("identify-photo");
        photo.setFitWidth(96);
        photo.setFitHeight(134);
        photo.setPreserveRatio(true);
        vm.resultProperty().addListener((o, was, now) -> photo.setImage(now == null ? null
                : now.citizenData().filter(c -> c.hasPhoto())
                        .map(c -> new Image(new ByteArrayInputStream(c.photoJpeg()))).orElse(null)));
        photo.visibleProperty().bind(photo.imageProperty().isNotNull());
        photo.managedProperty().bind(photo.visibleProperty());

        Label state = new Label();
        state.setId("identify-state");
        state.getStyleClass().add("badge");
        state.textProperty().bind(i18n.computed(() -> vm.stateProperty().get() == null
                ? (vm.confirmationAskedProperty().get() ? i18n.get("identify.state.unconfirmed") : "")
                : i18n.get(vm.stateProperty().get().messageKey()), vm.stateProperty(), vm.confirmationAskedProperty()));
        vm.stateProperty().addListener((o, was, now) -> {
            state.getStyleClass().removeAll("badge-ok", "badge-pending", "badge-bad");
            state.getStyleClass().add(now == null ? "badge-pending" : switch (now) {
                case VERIFIED, VERIFIED_MINOR, CHECKED_BY_ADVISOR -> "badge-ok";
                case PENDING -> "badge-pending";
                case NOT_FOUND -> "badge-bad";
            });
        });

        Label names = new Label();
        names.setId("identify-names");
        names.getStyleClass().add("citizen-names");
        names.setWrapText(true);
        names.textProperty().bind(vm.confirmedNamesProperty());
        Fields.collapseWhenEmpty(names);

        Label message = new Label();
        message.setId("identify-message");
        message.setWrapText(true);
        message.textProperty().bind(i18n.text(vm.resultKeyProperty()));

        Label detail = new Label();
        detail.setId("identify-detail");
        detail.getStyleClass().add("hint");
        detail.setWrapText(true);
        detail.textProperty().bind(i18n.computed(() -> detailText(vm.resultProperty().get(), i18n, zone),
                vm.resultProperty()));
        Fields.collapseWhenEmpty(detail);

        Label namesLabel = label(i18n, "identify.typed.names");
        TextField typedNames = new TextField();
        typedNames.setId("identify-typed-names");
        Fields.limit(typedNames, 120);
        typedNames.textProperty().bindBidirectional(vm.typedNamesProperty());
        var askNames = Bindings.createBooleanBinding(() -> (vm.canContinueProperty().get()
                        || vm.confirmationAskedProperty().get()) && vm.confirmedNamesProperty().get().isEmpty(),
                vm.canContinueProperty(), vm.confirmationAskedProperty(), vm.confirmedNamesProperty());
        // PIDE cannot vouch for the document: the advisor looks at the card and says so, explicitly.
        CheckBox confirm = new CheckBox();
        confirm.setId("identify-confirm");
        confirm.setWrapText(true);
        confirm.textProperty().bind(i18n.text("identify.confirm.physical"));
        confirm.selectedProperty().bindBidirectional(vm.advisorCheckedProperty());
        confirm.setMinHeight(44);
        Label confirmHint = new Label();
        confirmHint.setId("identify-confirm-hint");
        confirmHint.getStyleClass().add("hint");
        confirmHint.setWrapText(true);
        confirmHint.textProperty().bind(i18n.computed(() -> i18n.get(vm.resultProperty().get() == null
                ? "identify.confirm.hint" : "identify.not.found.confirm"), vm.resultProperty()));
        VBox confirmBox = new VBox(4, confirmHint, confirm);
        confirmBox.visibleProperty().bind(vm.confirmationAskedProperty());
        confirmBox.managedProperty().bind(confirmBox.visibleProperty());
        VBox namesBox = new VBox(4, namesLabel, typedNames, confirmBox);
        // PIDE gave no names: they are typed next, then Enter continues.
        askNames.addListener((o, was, now) -> {
            if (now) {
                pe.macexpress.desk.ui.help.Keys.focusSoon(typedNames);
            }
        });
        namesBox.visibleProperty().bind(askNames);
        namesBox.managedProperty().bind(askNames);

        VBox text = new VBox(6, state, names, message, detail, namesBox);
        HBox row = new HBox(16, photo, text);
        VBox card = new VBox(row);
        card.setId("identify-result");
        card.getStyleClass().add("card");
        card.visibleProperty().bind(vm.verifiedDocumentProperty().isNotNull());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private static String detailText(IdentityResult r, I18n i18n, ZoneId zone) {
        if (r == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        r.citizenData().filter(c -> c.hasRestriction())
                .ifPresent(c -> sb.append(i18n.get("identify.restriction", c.restriction())));
        if (r.cached()) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(i18n.get("identify.cached", i18n.date(r.answeredAt(), zone)));
        }
        if (r.outcome().verificationState() == VerificationState.PENDING) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(i18n.get("identify.pending.explain"));
        }
        return sb.toString();
    }

    /**
     * Another thing a citizen may come for without a procedure (e.g. a suggestion), beside "Nuevo
     * ciudadano": where the advisor already looks, in view on a 600 px screen.
     */
    public void addAction(javafx.scene.Node action) {
        continueRow.getChildren().add(action);
    }

    private static javafx.scene.layout.FlowPane continueRow(IdentifyViewModel vm, I18n i18n, Runnable onContinue) {
        Button next = new Button();
        next.setId("identify-continue");
        next.textProperty().bind(i18n.text("identify.continue"));
        next.disableProperty().bind(vm.canContinueProperty().not());
        next.defaultButtonProperty().bind(vm.canContinueProperty());
        next.setOnAction(e -> onContinue.run());
        Button clear = new Button();
        clear.setId("identify-clear");
        clear.textProperty().bind(i18n.text("identify.clear"));
        clear.setOnAction(e -> vm.reset());
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(10, 8, next, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Practice documents of training mode, one per answer a trainee should see. */
    private static Label trainingHint(I18n i18n, TrainingHints hints) {
        Label hint = new Label();
        hint.setId("identify-training-hint");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.textProperty().bind(i18n.text("identify.training.hint",
                hints.document(TrainingHints.Case.ADULT).orElse(""),
                hints.document(TrainingHints.Case.MINOR).orElse(""),
                hints.document(TrainingHints.Case.NOT_REGISTERED).orElse("")));
        return hint;
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setWrapText(true);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
