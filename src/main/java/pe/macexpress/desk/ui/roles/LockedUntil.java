package pe.macexpress.desk.ui.roles;

import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/** Issue 15 (roles): "too many wrong PINs: wait until …", in the advisor's language; no room taken otherwise. */
final class LockedUntil {
    private LockedUntil() {
    }

    static Label label(I18n i18n, String id, ObservableValue<Instant> until, ZoneId zone) {
        Label locked = new Label();
        locked.setId(id);
        locked.getStyleClass().addAll("error-text", "roles-locked");
        locked.setWrapText(true);
        locked.textProperty().bind(i18n.computed(() -> until.getValue() == null ? ""
                : i18n.get("roles.signin.locked", i18n.dateTime(until.getValue(), zone)), until));
        Fields.collapseWhenEmpty(locked);
        return locked;
    }

    /** Wrapped lines of a dialog take the height their text needs (never cut to "…" when an error line appears). */
    static void neverCut(javafx.scene.layout.Pane dialog) {
        for (javafx.scene.Node n : dialog.getChildren()) {
            if (n instanceof Label l) {
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }
}
