package pe.macexpress.desk.ui.common;

import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.i18n.Localization;

/**
 * The box that picks the citizen's language (receipt, complaint copy, the visit's language), bound
 * both ways to a ViewModel's language tag. It offers every language the i18n folder has, including
 * files added after installation, and is a 44 px touch target.
 *
 * <p>Issue 16: a language whose file lacks texts says so where it is chosen ("Aymar aru — 9 %
 * traducido, sin revisión" in the open list, "Aymar aru (9 %)" on the closed box, in the advisor's
 * language), so nobody picks it expecting every screen in it; complete languages (Spanish, Quechua)
 * show their name alone. {@link #describe} does the same for the advisor's own language menus.
 */
public final class CitizenLanguageBox {
    private static final String RELABEL = CitizenLanguageBox.class.getName() + ".relabel";

    private CitizenLanguageBox() {
    }

    public static ComboBox<Language> of(I18n i18n, Property<String> tag, String id) {
        ComboBox<Language> box = new ComboBox<>();
        box.setId(id);
        box.setMinHeight(44);
        box.getItems().setAll(i18n.languages());
        describe(i18n, box);
        box.setValue(i18n.localization().language(tag.getValue()));
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                tag.setValue(now.tag());
            }
        });
        tag.addListener((o, was, now) -> box.setValue(i18n.localization().language(now)));
        return box;
    }

    /**
     * A language as a menu shows it: its own name, and for a language that is not complete how much
     * of it is translated and that no native speaker has reviewed it, in the advisor's language.
     */
    public static String label(I18n i18n, Language language) {
        Localization l10n = i18n.localization();
        if (l10n.isComplete(language.tag())) {
            return language.displayName();
        }
        return i18n.get("language.partial", language.displayName(), percent(l10n, language.tag()));
    }

    /** The short form for a closed box where room is scarce (the window's header): "Aymar aru (9 %)". */
    public static String shortLabel(I18n i18n, Language language) {
        Localization l10n = i18n.localization();
        if (l10n.isComplete(language.tag())) {
            return language.displayName();
        }
        return i18n.get("language.partial.short", language.displayName(), percent(l10n, language.tag()));
    }

    /** Whole per cent translated, rounded down: a language one text short never reads "100 %". */
    static int percent(Localization l10n, String tag) {
        return (int) Math.floor(l10n.coverage(tag) * 100);
    }

    /** JavaFX's key: how many of a combo box's items it measures for its own width. */
    private static final String ROWS_TO_MEASURE = "comboBoxRowsToMeasureWidth";

    /**
     * Shows every language of {@code box} with {@link #label} in its open list (wrapping, never
     * cut) and the chosen one with {@link #shortLabel}, relabelled when the advisor changes language.
     * The box is as wide as what it shows closed, not as its longest item: a long "traducido, sin
     * revisión" must not widen the window's header or a side panel.
     */
    public static void describe(I18n i18n, ComboBox<Language> box) {
        box.getProperties().put(ROWS_TO_MEASURE, 0);
        cells(i18n, box);
        ChangeListener<Language> relabel = (o, was, now) -> cells(i18n, box);
        // The box keeps its listener; the I18n (the window's) holds it weakly, so a screen that goes
        // away does not stay reachable through the language.
        box.getProperties().put(RELABEL, relabel);
        i18n.languageProperty().addListener(new WeakChangeListener<>(relabel));
    }

    private static void cells(I18n i18n, ComboBox<Language> box) {
        box.setCellFactory(list -> new LanguageCell(i18n, false));
        box.setButtonCell(new LanguageCell(i18n, true));
    }

    private static final class LanguageCell extends ListCell<Language> {
        private final I18n i18n;
        private final boolean compact;

        LanguageCell(I18n i18n, boolean compact) {
            this.i18n = i18n;
            this.compact = compact;
            if (!compact) {
                // In the open list: as wide as the list, the rest of a long label on a second line.
                setWrapText(true);
                setPrefWidth(0);
                setMinHeight(44);
            }
        }

        @Override
        protected void updateItem(Language language, boolean empty) {
            super.updateItem(language, empty);
            setText(empty || language == null ? null : compact ? shortLabel(i18n, language) : label(i18n, language));
        }
    }
}
