package pe.macexpress.desk.config;

import java.util.function.Function;

/**
 * One key of {@code macexpress.properties}: its name, what it accepts, its default and a one-line
 * Spanish description (the README's table is checked against these). Declared once, in
 * {@link ConfigKeys}; read with {@link DeskSettings#get(ConfigKey)}.
 *
 * @param <T> the type the value is read as (Duration for {@code …Ms} and {@code …days}, Integer,
 *            Boolean, String, or an enum)
 */
public final class ConfigKey<T> {
    /** Whether a value may appear in messages: secrets and personal data never do. */
    enum Visibility { SHOWN, PERSONAL, SECRET }

    private final String name;
    private final ConfigType<T> type;
    private final Function<DeskSettings, T> defaultValue;
    private final String defaultText;
    private final Visibility visibility;
    private final String description;

    ConfigKey(String name, ConfigType<T> type, Function<DeskSettings, T> defaultValue, String defaultText,
              Visibility visibility, String description) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.defaultText = defaultText;
        this.visibility = visibility;
        this.description = description;
    }

    public String name() {
        return name;
    }

    /** The default as written in the README ("5000", "training", "(vacío)", "= retention.days"). */
    public String defaultText() {
        return defaultText;
    }

    /** One line, in Spanish, for the README's table. */
    public String description() {
        return description;
    }

    /** A password or token: marked in the README, never shown anywhere. */
    public boolean secret() {
        return visibility == Visibility.SECRET;
    }

    /** Whether a bad value may be quoted back in a message (not for secrets or personal data). */
    public boolean valueShown() {
        return visibility == Visibility.SHOWN;
    }

    /** What the key accepts, for messages and the README. */
    public ConfigHint hint() {
        return type.hint();
    }

    ConfigType<T> type() {
        return type;
    }

    T defaultFor(DeskSettings settings) {
        return defaultValue.apply(settings);
    }

    @Override
    public String toString() {
        return name;
    }
}
