package pe.macexpress.desk.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * The workstation's configuration, {@code macexpress.properties} in the data folder.
 * No file (or {@code mode=training}) means training mode: the embedded sandbox and fictitious data,
 * kept under {@code training/} so they never mix with production data under {@code data/}.
 */
public final class DeskSettings {
    public static final String FILE_NAME = "macexpress.properties";

    public enum Mode { TRAINING, PRODUCTION }

    private final Path home;
    private final Properties props;

    private DeskSettings(Path home, Properties props) {
        this.home = home;
        this.props = props;
    }

    public static DeskSettings load(Path home) {
        Properties props = new Properties();
        Path file = home.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        return new DeskSettings(home, props);
    }

    public static DeskSettings of(Path home, Properties props) {
        return new DeskSettings(home, props);
    }

    public Path home() {
        return home;
    }

    public Mode mode() {
        return "production".equalsIgnoreCase(props.getProperty("mode", "training").strip())
                ? Mode.PRODUCTION : Mode.TRAINING;
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

    /** PIDE base URL (direct, gateway or sandbox); blank in training mode until the sandbox starts. */
    public String pideBaseUrl() {
        return props.getProperty("pide.baseUrl", "").strip();
    }

    public String get(String key, String fallback) {
        return props.getProperty(key, fallback).strip();
    }

    public Duration duration(String key, Duration fallback) {
        String v = props.getProperty(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Duration.ofMillis(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public String workstationId() {
        return props.getProperty("workstation.id", "WS-" + Integer.toHexString(home.toString().hashCode())).strip();
    }

}
