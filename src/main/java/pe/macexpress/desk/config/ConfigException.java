package pe.macexpress.desk.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pe.macexpress.desk.i18n.Localization;

/**
 * {@code macexpress.properties} cannot be used as it is: the application and every command refuse
 * to start, and say so in the user's language with {@link #describe}. Carries what that needs: the
 * kind of problem, the file, the key and line when known, the offending value (never for a secret
 * or personal data), what the key accepts and the closest known key. {@link #getMessage()} is plain
 * English for logs, without secrets.
 */
public final class ConfigException extends RuntimeException {
    public enum Kind {
        /** The file exists but cannot be read (permissions, a folder, an I/O error). */
        UNREADABLE,
        /** Not a valid properties file: a broken {@code \}{@code u} escape, or not UTF-8. */
        MALFORMED,
        /** A key the application does not know (a typo is never ignored). */
        UNKNOWN_KEY,
        /** A known key with a value it does not accept. */
        BAD_VALUE,
        /** The same key on two lines: which one would count is not obvious to whoever reads the file. */
        DUPLICATE_KEY
    }

    /** Longest value quoted back: the point is to recognise the line, not to copy it. */
    private static final int SHOWN_VALUE_LENGTH = 60;

    private final Kind kind;
    private final Path file;
    private final int line;
    private final String key;
    private final String value;
    private final boolean valueHidden;
    private final ConfigHint hint;
    private final String suggestion;

    private ConfigException(Kind kind, Path file, int line, String key, String value, boolean valueHidden,
                            ConfigHint hint, String suggestion, Throwable cause) {
        super(technical(kind, file, line, key, value, valueHidden, hint, suggestion), cause);
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.key = key;
        this.value = value;
        this.valueHidden = valueHidden;
        this.hint = hint;
        this.suggestion = suggestion;
    }

    static ConfigException unreadable(Path file, Throwable cause) {
        return new ConfigException(Kind.UNREADABLE, file, 0, null, null, false, null, null, cause);
    }

    /** @param key the key of the broken line when it could be told, else null */
    static ConfigException malformed(Path file, int line, String key, ConfigHint hint, Throwable cause) {
        return new ConfigException(Kind.MALFORMED, file, line, key, null, false, hint, null, cause);
    }

    static ConfigException unknownKey(Path file, int line, String key) {
        return new ConfigException(Kind.UNKNOWN_KEY, file, line, key, null, false, null,
                ConfigKeys.closest(key).orElse(null), null);
    }

    static ConfigException badValue(Path file, int line, ConfigKey<?> key, String rawValue) {
        boolean hidden = !key.valueShown();
        return new ConfigException(Kind.BAD_VALUE, file, line, key.name(), hidden ? null : shown(rawValue), hidden,
                key.hint(), null, null);
    }

    static ConfigException duplicateKey(Path file, int line, String key) {
        return new ConfigException(Kind.DUPLICATE_KEY, file, line, key, null, false, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The configuration file ({@code <home>/macexpress.properties}). */
    public Path file() {
        return file;
    }

    /** Line of the file (from 1), or 0 when not known. */
    public int line() {
        return line;
    }

    /** The key concerned, if the problem is about one. */
    public Optional<String> key() {
        return Optional.ofNullable(key);
    }

    /** The refused value as written, shortened; empty for secrets, personal data and other kinds. */
    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** What the key (or the file) accepts. */
    public Optional<ConfigHint> hint() {
        return Optional.ofNullable(hint);
    }

    /** The known key an unknown one probably meant. */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /**
     * The problem in the user's language, one sentence per line: what is wrong, where (file, line,
     * key), what is accepted or meant, and what to do.
     */
    public String describe(Localization l, String tag) {
        String where = line > 0 ? l.text(tag, "config.error.where.line", file.toString(), String.valueOf(line))
                : file.toString();
        List<String> lines = new ArrayList<>();
        lines.add(switch (kind) {
            case UNREADABLE -> l.text(tag, "config.error.unreadable", where);
            case MALFORMED -> key == null ? l.text(tag, "config.error.malformed", where)
                    : l.text(tag, "config.error.malformed.key", where, key);
            case UNKNOWN_KEY -> l.text(tag, "config.error.unknown.key", where, key);
            case BAD_VALUE -> valueHidden ? l.text(tag, "config.error.bad.value.hidden", where, key)
                    : value.isEmpty() ? l.text(tag, "config.error.empty.value", where, key)
                    : l.text(tag, "config.error.bad.value", where, key, value);
            case DUPLICATE_KEY -> l.text(tag, "config.error.duplicate.key", where, key);
        });
        if (hint != null) {
            lines.add(l.text(tag, "config.error.expected", l.text(tag, hint.messageKey(), hint.args().toArray())));
        }
        if (suggestion != null) {
            lines.add(l.text(tag, "config.error.suggestion", suggestion));
        }
        lines.add(switch (kind) {
            case UNREADABLE -> l.text(tag, "config.error.action.unreadable");
            case MALFORMED -> l.text(tag, "config.error.action.malformed");
            case UNKNOWN_KEY -> l.text(tag, "config.error.action.unknown");
            case BAD_VALUE -> l.text(tag, "config.error.action.value");
            case DUPLICATE_KEY -> l.text(tag, "config.error.action.duplicate");
        });
        return String.join("\n", lines);
    }

    private static String shown(String raw) {
        StringBuilder sb = new StringBuilder();
        raw.codePoints().limit(SHOWN_VALUE_LENGTH)
                .forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return raw.codePointCount(0, raw.length()) > SHOWN_VALUE_LENGTH ? sb + "…" : sb.toString();
    }

    private static String technical(Kind kind, Path file, int line, String key, String value, boolean hidden,
                                    ConfigHint hint, String suggestion) {
        StringBuilder sb = new StringBuilder("invalid configuration ").append(file);
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ").append(switch (kind) {
            case UNREADABLE -> "cannot read the file";
            case MALFORMED -> "malformed" + (key == null ? "" : " entry '" + key + "'");
            case UNKNOWN_KEY -> "unknown key '" + key + "'";
            case BAD_VALUE -> "bad value for '" + key + "'" + (hidden ? " (not shown)" : " '" + value + "'");
            case DUPLICATE_KEY -> "key '" + key + "' appears more than once";
        });
        if (hint != null) {
            sb.append(" (expected ").append(hint.english()).append(')');
        }
        if (suggestion != null) {
            sb.append("; did you mean '").append(suggestion).append("'?");
        }
        return sb.toString();
    }
}
