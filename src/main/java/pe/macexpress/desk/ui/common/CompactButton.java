package pe.macexpress.desk.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A status-bar button (e.g. "⚠ Incidente") gives way to "⚠" alone (its text stays in the tooltip and for
 * screen readers) whenever the bar's warnings would otherwise be cut short; it takes its words back
 * once they fit again. The warnings never end in "…" because of it.
 */
public final class CompactButton {
    private boolean compact;
    private double fullWidth;

    private CompactButton() {
    }

    /** @param warnings the bar's stretch of warnings, which gives way first */
    public static void install(Button button, HBox warnings) {
        Label sign = new Label("⚠");
        sign.getStyleClass().add("incident-sign");
        button.setGraphic(sign);
        button.setContentDisplay(ContentDisplay.LEFT);
        CompactButton state = new CompactButton();
        Runnable fit = () -> Platform.runLater(() -> state.fit(button, warnings));
        warnings.widthProperty().addListener((o, was, now) -> fit.run());
        button.textProperty().addListener((o, was, now) -> fit.run());
        for (Node n : warnings.getChildren()) {
            n.managedProperty().addListener((o, was, now) -> fit.run());
            if (n instanceof javafx.scene.control.Labeled l) {
                l.textProperty().addListener((o, was, now) -> fit.run());
            }
        }
    }

    private void fit(Button button, HBox warnings) {
        double needed = 0;
        int shown = 0;
        for (Node n : warnings.getChildren()) {
            if (n.isManaged()) {
                needed += n.prefWidth(-1);
                shown++;
            }
        }
        needed += Math.max(0, shown - 1) * warnings.getSpacing();
        double free = warnings.getWidth() - needed;
        if (!compact) {
            fullWidth = button.prefWidth(-1);
            if (free < -0.5) {
                compact = true;
                button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }
        } else if (free - (fullWidth - button.prefWidth(-1)) >= 0) {
            compact = false;
            button.setContentDisplay(ContentDisplay.LEFT);
        }
    }
}
