package pe.macexpress.desk.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the text of one key becomes a typed value. Values are compared exactly (case matters:
 * {@code production}, not {@code Production}); only the spaces around a value are ignored. A blank
 * value means "not set" for text keys and is refused for the others, whose line should go instead.
 */
final class ConfigType<T> {
    private final Function<String, T> parse;
    private final Function<T, String> format;
    private final boolean blankIsUnset;
    private final ConfigHint hint;

    private ConfigType(Function<String, T> parse, Function<T, String> format, boolean blankIsUnset, ConfigHint hint) {
        this.parse = parse;
        this.format = format;
        this.blankIsUnset = blankIsUnset;
        this.hint = hint;
    }

    /** The typed value of a stripped, non-blank text, or null when the text is not acceptable. */
    T parse(String text) {
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A value as it would be written in the file (README defaults). */
    String format(T value) {
        return format.apply(value);
    }

    boolean blankIsUnset() {
        return blankIsUnset;
    }

    /** What the key accepts. */
    ConfigHint hint() {
        return hint;
    }

    static ConfigType<String> text() {
        return new ConfigType<>(v -> v, v -> v, true, new ConfigHint("config.hint.text", List.of(), "any text"));
    }

    /** Text matching {@code regex} (whole value), or blank. */
    static ConfigType<String> matching(String regex, ConfigHint hint) {
        Pattern p = Pattern.compile(regex);
        return new ConfigType<>(v -> p.matcher(v).matches() ? v : null, v -> v, true, hint);
    }

    static ConfigType<String> digits(int count) {
        return matching("[0-9]{" + count + "}",
                new ConfigHint("config.hint.digits", List.of(String.valueOf(count)), "exactly " + count + " digits"));
    }

    /** A RUC: 11 digits, a known prefix and a valid check digit; blank when not used. */
    static ConfigType<String> ruc() {
        return new ConfigType<>(v -> pe.macexpress.desk.core.RucCheck.isValid(v) ? v : null, v -> v, true,
                new ConfigHint("config.hint.ruc", List.of(), "a valid RUC (11 digits, check digit)"));
    }

    /** An http or https address with a host; blank when not used. Whether https is required is another rule. */
    static ConfigType<String> url() {
        return new ConfigType<>(v -> {
            URI u;
            try {
                u = new URI(v);
            } catch (URISyntaxException e) {
                return null;
            }
            String scheme = u.getScheme();
            boolean web = "http".equals(scheme) || "https".equals(scheme);
            return web && u.getRawAuthority() != null && !u.getRawAuthority().isBlank() ? v : null;
        }, v -> v, true, new ConfigHint("config.hint.url", List.of(), "an http:// or https:// address"));
    }

    /** A folder, absolute or relative to the data folder; blank for the default. */
    static ConfigType<String> folder() {
        return new ConfigType<>(v -> {
            try {
                Path.of(v);
                return v;
            } catch (InvalidPathException e) {
                return null;
            }
        }, v -> v, true, new ConfigHint("config.hint.path", List.of(), "a valid folder path"));
    }

    /** One of the names, exactly; {@code names} in the order the hint lists them. */
    static <T> ConfigType<T> oneOf(Map<String, T> byName, List<String> names) {
        String joined = String.join(", ", names);
        return new ConfigType<>(byName::get,
                v -> byName.entrySet().stream().filter(e -> e.getValue().equals(v)).findFirst().orElseThrow().getKey(),
                false, new ConfigHint("config.hint.choice", List.of(joined), "one of: " + joined));
    }

    static ConfigType<String> oneOf(String... names) {
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        for (String n : names) {
            byName.put(n, n);
        }
        return oneOf(byName, List.of(names));
    }

    static ConfigType<Boolean> bool() {
        return new ConfigType<>(v -> switch (v) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        }, String::valueOf, false, new ConfigHint("config.hint.boolean", List.of(), "true or false"));
    }

    static ConfigType<Integer> integer(int min, int max) {
        return new ConfigType<>(v -> inRange(v, min, max) ? Integer.valueOf(v) : null, String::valueOf, false,
                range("config.hint.integer", min, max, "a whole number"));
    }

    /** A duration written in milliseconds. */
    static ConfigType<Duration> millis(long min, long max) {
        return new ConfigType<>(v -> inRange(v, min, max) ? Duration.ofMillis(Long.parseLong(v)) : null,
                d -> String.valueOf(d.toMillis()), false, range("config.hint.millis", min, max, "milliseconds"));
    }

    /** A duration written in whole days. */
    static ConfigType<Duration> days(long min, long max) {
        return new ConfigType<>(v -> inRange(v, min, max) ? Duration.ofDays(Long.parseLong(v)) : null,
                d -> String.valueOf(d.toDays()), false, range("config.hint.days", min, max, "days"));
    }

    private static boolean inRange(String v, long min, long max) {
        // Digits only (an optional minus): no "+5", "5.0" or "5 000", which Long.parseLong would treat unevenly.
        if (!v.matches("-?[0-9]{1,18}")) {
            return false;
        }
        long n = Long.parseLong(v);
        return n >= min && n <= max;
    }

    private static ConfigHint range(String key, long min, long max, String unit) {
        // Arguments as text: MessageFormat would group digits ("600.000"), which the file does not accept.
        return new ConfigHint(key, List.of(String.valueOf(min), String.valueOf(max)),
                unit + " from " + min + " to " + max);
    }

    @Override
    public String toString() {
        return hint.english();
    }
}
