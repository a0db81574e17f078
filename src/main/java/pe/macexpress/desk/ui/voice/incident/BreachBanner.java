package pe.macexpress.desk.ui.voice.incident;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import pe.macexpress.desk.core.BreachClock;
import pe.macexpress.desk.ui.common.I18n;

/**
 * One line above every screen while a suspected personal-data breach waits for its notification to
 * the Autoridad: the time left of the 48 hours (or how long overdue), and the way to the
 * supervisor's screen where the notification is recorded. Small, never in the way of the counter.
 */
public final class BreachBanner extends HBox {

    public BreachBanner(BreachBannerViewModel vm, I18n i18n, Runnable openSupervisor) {
        setId("breach-banner");
        getStyleClass().add("breach-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(6, 12, 6, 12));

        Label text = new Label();
        text.setId("breach-banner-text");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(i18n.computed(() -> {
            BreachBannerViewModel.State s = vm.stateProperty().get();
            if (s == null) {
                return "";
            }
            BreachClock c = s.clock();
            String line = i18n.get(c.overdue() ? "incident.banner.overdue" : "incident.banner.left", c.hours(),
                    c.minutes());
            return s.open() > 1 ? line + " " + i18n.get("incident.banner.more", s.open() - 1) : line;
        }, vm.stateProperty()));
        vm.stateProperty().addListener((o, was, now) -> pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("overdue"), now != null && now.clock().overdue()));

        Button open = new Button();
        open.setId("breach-banner-open");
        open.textProperty().bind(i18n.text("incident.banner.action"));
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.setOnAction(e -> openSupervisor.run());

        getChildren().addAll(text, open);
        visibleProperty().bind(vm.stateProperty().isNotNull());
        managedProperty().bind(visibleProperty());

        // The minutes count down while the banner is on a screen.
        Timeline ticks = new Timeline(new KeyFrame(Duration.seconds(20), e -> vm.tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                ticks.play();
            } else {
                ticks.stop();
            }
        });
    }
}
