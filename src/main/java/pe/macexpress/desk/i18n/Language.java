package pe.macexpress.desk.i18n;

import java.util.Locale;

/** A language the counter can speak; {@code displayName} is the language's own name for itself. */
public record Language(String tag, String displayName) {

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
