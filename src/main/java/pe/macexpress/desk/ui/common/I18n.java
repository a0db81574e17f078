package pe.macexpress.desk.ui.common;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.i18n.Localization;

/**
 * The UI's view of {@link Localization}: one current language, and text bindings that follow it.
 * Views bind every label to {@link #text}, so switching the language re-labels the live screen
 * without rebuilding it, and whatever the advisor typed stays where it was.
 */
public final class I18n {
    private final Localization localization;
    private final ObjectProperty<Language> language;
    private final StringBinding languageTag;

    public I18n(Localization localization, String initialTag) {
        this.localization = localization;
        this.language = new SimpleObjectProperty<>(localization.language(initialTag));
        this.languageTag = Bindings.createStringBinding(() -> language.get().tag(), language);
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The current language's tag ("es", "qu"), for ViewModels that need the language but no texts. */
    public ObservableValue<String> languageTag() {
        return languageTag;
    }

    public String tag() {
        return language.get().tag();
    }

    public List<Language> languages() {
        return localization.languages();
    }

    public Localization localization() {
        return localization;
    }

    /** Text now, in the current language. */
    public String get(String key, Object... args) {
        return localization.text(tag(), key, args);
    }

    /** A date and time in the current language's one short format ("2 dic 2026, 14:05", "2 Kap 2026, 14:05"), at the counter's time zone. */
    public String dateTime(Instant at, ZoneId zone) {
        return localization.dateTime(tag(), at, zone);
    }

    /** A date in the current language's one format ("2 dic 2026", "2 Kapaq Raymi 2026"). */
    public String date(java.time.LocalDate day) {
        return localization.date(tag(), day);
    }

    /** The day of an instant at the counter, medium form, in the current language. */
    public String date(Instant at, ZoneId zone) {
        return date(at.atZone(zone).toLocalDate());
    }

    /**
     * Text that follows the language. Arguments that are ObservableValues are read when the binding
     * is computed, and the binding also follows them.
     */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> localization.text(tag(), key, resolve(args)), dependencies(args));
    }

    /** Text whose key itself changes (e.g. the message of the current error). Blank key: blank text. */
    public StringBinding text(ObservableValue<String> key) {
        return Bindings.createStringBinding(() -> {
            String k = key.getValue();
            return k == null || k.isEmpty() ? "" : localization.text(tag(), k);
        }, language, key);
    }

    /** Any computation that depends on the language (e.g. a procedure name from the catalogue). */
    public StringBinding computed(Callable<String> compute, Observable... more) {
        Observable[] deps = new Observable[more.length + 1];
        deps[0] = language;
        System.arraycopy(more, 0, deps, 1, more.length);
        return Bindings.createStringBinding(compute, deps);
    }

    private static Object[] resolve(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof ObservableValue<?> ov ? ov.getValue() : args[i];
        }
        return out;
    }

    private Observable[] dependencies(Object[] args) {
        List<Observable> deps = new ArrayList<>();
        deps.add(language);
        for (Object a : args) {
            if (a instanceof Observable o) {
                deps.add(o);
            }
        }
        return deps.toArray(Observable[]::new);
    }
}
