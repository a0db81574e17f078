package pe.macexpress.desk.ui.common;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * A status-bar button (e.g. "⚠ Incidente") that gives way when the bar's warnings would otherwise
 * be cut short or hidden: it shows "⚠" alone (its text stays in the tooltip and for screen
 * readers) and the bar turns {@code :tight} (desk.css narrows its buttons' side padding, their
 * 44 px height untouched). Both come back once the warnings fit again with room to spare.
 */
public final class CompactButton {
    private static final PseudoClass TIGHT = PseudoClass.getPseudoClass("tight");
    private boolean compact;
    /** The bar's buttons' widths, summed, the last time they were shown in full. */
    private double fullButtons;

    private CompactButton() {
    }

    /** @param warnings the bar's stretch of warnings (a child of the bar), which must not be squeezed */
    public static void install(Button button, HBox warnings) {
        Label sign = new Label("⚠");
        sign.getStyleClass().add("compact-sign");
        install(button, warnings, sign);
    }

    /** The same with another sign (issue 14: the reports button's small bar chart). */
    public static void install(Button button, HBox warnings, Node sign) {
        button.setGraphic(sign);
        button.setContentDisplay(ContentDisplay.LEFT);
        CompactButton state = new CompactButton();
        Runnable fit = () -> Platform.runLater(() -> state.fit(button, warnings));
        warnings.widthProperty().addListener((o, was, now) -> fit.run());
        // Issue 14: the bar itself may lack room with no warning at all (its warnings' stretch then has width 0).
        if (warnings.getParent() instanceof javafx.scene.layout.Region bar) {
            bar.widthProperty().addListener((o, was, now) -> fit.run());
        }
        button.textProperty().addListener((o, was, now) -> fit.run());
        for (Node n : warnings.getChildren()) {
            n.managedProperty().addListener((o, was, now) -> fit.run());
            if (n instanceof javafx.scene.control.Labeled l) {
                l.textProperty().addListener((o, was, now) -> fit.run());
            }
        }
    }

    private void fit(Button button, HBox warnings) {
        Parent bar = warnings.getParent();
        if (bar == null) {
            return;
        }
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
        if (bar instanceof HBox row && row.getWidth() > 0) {
            // What the whole bar needs beside what it has: buttons and counts at their full width.
            double used = row.snappedLeftInset() + row.snappedRightInset();
            int count = 0;
            for (Node n : row.getChildren()) {
                if (n.isManaged()) {
                    used += n == warnings ? needed : n.prefWidth(-1);
                    count++;
                }
            }
            used += Math.max(0, count - 1) * row.getSpacing();
            free = Math.min(free, row.getWidth() - used);
        }
        if (!compact) {
            fullButtons = buttons(bar);
            if (free < -0.5) {
                compact = true;
                apply(button, bar, true);
            }
        } else if (free - (fullButtons - buttons(bar)) >= 0) {
            compact = false;
            apply(button, bar, false);
        }
    }

    private static void apply(Button button, Parent bar, boolean on) {
        button.setContentDisplay(on ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        bar.pseudoClassStateChanged(TIGHT, on);
    }

    private static double buttons(Parent bar) {
        double sum = 0;
        for (Node n : bar.getChildrenUnmodifiable()) {
            if (n instanceof Button b && b.isManaged()) {
                sum += b.prefWidth(-1);
            }
        }
        return sum;
    }
}
