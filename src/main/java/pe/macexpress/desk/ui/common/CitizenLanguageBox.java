package pe.macexpress.desk.ui.common;

import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import pe.macexpress.desk.i18n.Language;

/**
 * The box that picks the citizen's language (receipt, complaint copy, the visit's language), bound
 * both ways to a ViewModel's language tag. It offers every language the i18n folder has, including
 * files added after installation, and is a 44 px touch target.
 */
public final class CitizenLanguageBox {
    private CitizenLanguageBox() {
    }

    public static ComboBox<Language> of(I18n i18n, Property<String> tag, String id) {
        ComboBox<Language> box = new ComboBox<>();
        box.setId(id);
        box.setMinHeight(44);
        box.getItems().setAll(i18n.languages());
        box.setValue(i18n.localization().language(tag.getValue()));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                tag.setValue(now.tag());
            }
        });
        tag.addListener((o, was, now) -> box.setValue(i18n.localization().language(now)));
        return box;
    }
}
