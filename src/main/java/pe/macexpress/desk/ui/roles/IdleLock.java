package pe.macexpress.desk.ui.roles;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TouchButtons;

/**
 * Issue 15 (roles): after a configurable time without keyboard, mouse or touch, an opaque lock
 * covers the whole desk (header, screen and status bar) and asks the signed-in advisor's PIN, or a
 * supervisor's. Nothing underneath is removed or rebuilt: the screen is only covered and disabled,
 * so unlocking shows the same screen with everything typed in it, and the keyboard where it was.
 */
public final class IdleLock {
    private final BorderPane shell;
    private final IdleLockViewModel vm;
    private final PauseTransition timer;
    private final StackPane cover = new StackPane();
    private final PasswordField pin = new PasswordField();
    private final ComboBox<Advisor> who;
    private final List<Node> disabled = new ArrayList<>();
    private Advisor session;
    private Node focusBefore;
    /** Where the caret was in the text field that had the keyboard (typing goes on right there). */
    private int caretBefore = -1;
    private boolean locked;

    public IdleLock(BorderPane shell, IdleLockViewModel vm, I18n i18n, ZoneId zone, Duration after) {
        this.shell = shell;
        this.vm = vm;
        this.timer = new PauseTransition(javafx.util.Duration.millis(Math.max(1, after.toMillis())));
        timer.setOnFinished(e -> lockNow());

        cover.setId("roles-lock");
        cover.getStyleClass().add("roles-lock");
        cover.setManaged(false);

        Label title = new Label();
        title.setId("roles-lock-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("roles.lock.title"));
        Label body = new Label();
        body.setId("roles-lock-body");
        body.setWrapText(true);
        body.textProperty().bind(i18n.text("roles.lock.body"));

        Label whoLabel = new Label();
        whoLabel.setWrapText(true);
        whoLabel.textProperty().bind(i18n.text("roles.lock.who"));
        who = new ComboBox<>(vm.people());
        who.setId("roles-lock-who");
        who.getStyleClass().add("roles-field");
        who.setMaxWidth(Double.MAX_VALUE);
        who.valueProperty().bindBidirectional(vm.whoProperty());
        who.setConverter(AdvisorNames.CONVERTER);
        whoLabel.setLabelFor(who);
        who.setOnHidden(e -> pin.requestFocus());

        Label pinLabel = new Label();
        pinLabel.setWrapText(true);
        pinLabel.textProperty().bind(i18n.text("roles.lock.pin"));
        pin.setId("roles-lock-pin");
        pin.getStyleClass().add("roles-field");
        pin.textProperty().bindBidirectional(vm.pinProperty());
        pinLabel.setLabelFor(pin);

        Label error = Fields.errorLine(i18n, "roles-lock-error", vm.errorKeyProperty());
        Label lockedLine = LockedUntil.label(i18n, "roles-lock-locked", vm.lockedUntilProperty(), zone);
        Button unlock = TouchButtons.of(i18n, "roles-lock-unlock", "roles.lock.unlock");
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(vm.busyProperty());
        unlock.setOnAction(e -> vm.submit(this::unlock));
        unlock.setMaxWidth(Double.MAX_VALUE);

        VBox dialog = new VBox(10, title, body, whoLabel, who, pinLabel, pin, lockedLine, error, unlock);
        dialog.getStyleClass().addAll("card", "roles-dialog");
        dialog.setMaxSize(480, javafx.scene.layout.Region.USE_PREF_SIZE);
        LockedUntil.neverCut(dialog);
        cover.getChildren().add(dialog);
        StackPane.setAlignment(dialog, Pos.CENTER);
        // Esc empties the PIN (there is no way around the lock but a PIN); keys never reach the desk.
        cover.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.pinProperty().set("");
                pin.requestFocus();
            } else if (e.getCode() == KeyCode.ENTER && !unlock.isDisabled() && !who.isShowing()) {
                vm.submit(this::unlock);
            }
            if (e.getCode() != KeyCode.TAB) {
                e.consume();
            }
        });
        who.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (!who.isShowing() && c != null && c.length() == 1 && Character.isDigit(c.charAt(0))) {
                e.consume();
                pin.appendText(c);
                pin.requestFocus();
                pin.end();
            }
        });
        shell.layoutBoundsProperty().addListener((o, was, now) -> fit());
    }

    /** Watches the scene's input: any key, click, touch or mouse move restarts the count. */
    public void install(Scene scene) {
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (session != null && !locked) {
                timer.playFromStart();
            }
        });
    }

    /** A session began: the count starts. */
    public void signedIn(Advisor advisor) {
        session = advisor;
        if (!locked) {
            timer.playFromStart();
        }
    }

    /** The session ended: no count, no lock. */
    public void signedOut() {
        session = null;
        timer.stop();
        if (locked) {
            uncover();
        }
    }

    /** Covers the desk now (the count ran out, or a test). Nothing happens without a session. */
    public void lockNow() {
        if (session == null || locked) {
            return;
        }
        locked = true;
        timer.stop();
        focusBefore = shell.getScene() == null ? null : shell.getScene().getFocusOwner();
        caretBefore = focusBefore instanceof javafx.scene.control.TextInputControl t ? t.getCaretPosition() : -1;
        for (Node part : new Node[] {shell.getTop(), shell.getCenter(), shell.getBottom(), shell.getLeft(), shell.getRight()}) {
            if (part != null && !part.isDisable()) {
                part.setDisable(true);
                disabled.add(part);
            }
        }
        vm.lockFor(session);
        if (!shell.getChildren().contains(cover)) {
            shell.getChildren().add(cover);
        }
        cover.toFront();
        fit();
        Platform.runLater(pin::requestFocus);
    }

    public boolean locked() {
        return locked;
    }

    private void unlock() {
        uncover();
        if (session != null) {
            timer.playFromStart();
        }
        if (focusBefore != null && focusBefore.getScene() != null) {
            Node back = focusBefore;
            int caret = caretBefore;
            Platform.runLater(() -> {
                back.requestFocus();
                if (back instanceof javafx.scene.control.TextInputControl t && caret >= 0) {
                    t.deselect();
                    t.positionCaret(Math.min(caret, t.getLength()));
                }
            });
        }
    }

    private void uncover() {
        locked = false;
        shell.getChildren().remove(cover);
        disabled.forEach(n -> n.setDisable(false));
        disabled.clear();
    }

    private void fit() {
        if (cover.getParent() != null) {
            cover.resizeRelocate(0, 0, shell.getWidth(), shell.getHeight());
        }
    }
}
