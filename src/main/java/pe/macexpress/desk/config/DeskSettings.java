package pe.macexpress.desk.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import pe.macexpress.desk.security.PrivateFiles;

/**
 * The workstation's configuration, {@code macexpress.properties} in the data folder, read once and
 * checked whole: every key must be one of {@link ConfigKeys} and every value acceptable, or
 * {@link ConfigException} says which line to fix before anything else happens. No file means
 * training mode: the embedded sandbox and fictitious data, kept under {@code training/} so they
 * never mix with production data under {@code data/}.
 */
public final class DeskSettings {
    public static final String FILE_NAME = "macexpress.properties";

    public enum Mode { TRAINING, PRODUCTION }

    private final Path home;
    private final Map<ConfigKey<?>, Object> values;

    private DeskSettings(Path home, Map<ConfigKey<?>, Object> values) {
        this.home = home;
        this.values = values;
    }

    /**
     * Reads {@code <home>/macexpress.properties} (UTF-8); no file: training mode with defaults.
     *
     * @throws ConfigException when the file cannot be read, is malformed, or holds an unknown key or a bad value
     */
    public static DeskSettings load(Path home) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new DeskSettings(home, Map.of());
        }
        if (!Files.isRegularFile(file)) {
            throw ConfigException.unreadable(file, null);
        }
        PrivateFiles.tightenFile(file); // issue 15: it may hold the PIDE password and the sync token
        return validated(home, SettingsReader.read(file).values());
    }

    /** The given entries, checked like a file's (for tests and tools). */
    public static DeskSettings of(Path home, Properties props) {
        Map<String, SettingsReader.Entry> entries = new LinkedHashMap<>();
        for (String key : new TreeSet<>(props.stringPropertyNames())) {
            entries.put(key, new SettingsReader.Entry(key, props.getProperty(key), 0));
        }
        return validated(home, entries.values());
    }

    /** Refuses the first problem in file order: an unknown key, or a value its key does not accept. */
    private static DeskSettings validated(Path home, Iterable<SettingsReader.Entry> entries) {
        Path file = home.resolve(FILE_NAME);
        Map<ConfigKey<?>, Object> values = new LinkedHashMap<>();
        for (SettingsReader.Entry e : entries) {
            ConfigKey<?> key = ConfigKeys.byName(e.key())
                    .orElseThrow(() -> ConfigException.unknownKey(file, e.line(), e.key()));
            String text = e.value().strip();
            if (text.isEmpty() && key.type().blankIsUnset()) {
                continue;
            }
            Object value = text.isEmpty() ? null : key.type().parse(text);
            if (value == null) {
                throw ConfigException.badValue(file, e.line(), key, text);
            }
            values.put(key, value);
        }
        return new DeskSettings(home, Map.copyOf(values));
    }

    /** The key's value from the file, or its default. */
    public <T> T get(ConfigKey<T> key) {
        @SuppressWarnings("unchecked") // put by validated() after key.type().parse(), which yields a T
        T value = (T) values.get(key);
        return value != null ? value : key.defaultFor(this);
    }

    /** Whether the file gives the key a value (a blank text value counts as not given). */
    public boolean isSet(ConfigKey<?> key) {
        return values.containsKey(key);
    }

    public Path home() {
        return home;
    }

    /** {@code <home>/macexpress.properties}, whether or not it exists. */
    public Path file() {
        return home.resolve(FILE_NAME);
    }

    public Mode mode() {
        return get(ConfigKeys.MODE);
    }

    public boolean training() {
        return mode() == Mode.TRAINING;
    }

    /** Database, lock and backups of the current mode. */
    public Path dataFolder() {
        return home.resolve(training() ? "training" : "data");
    }

    public Path databaseFile() {
        return dataFolder().resolve("desk.db");
    }

    public String workstationId() {
        return get(ConfigKeys.WORKSTATION_ID);
    }
}
