package pe.macexpress.desk.config;

import java.nio.file.Path;
import java.util.Map;

/** Where the workstation keeps its data: {@code --home DIR}, else {@code MACEXPRESS_HOME}, else ~/.macexpress. */
public final class DataHome {
    public static final String ENV = "MACEXPRESS_HOME";

    private DataHome() {
    }

    public static Path resolve(String homeOption, Map<String, String> env) {
        if (homeOption != null && !homeOption.isBlank()) {
            return Path.of(homeOption).toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".macexpress").toAbsolutePath();
    }
}
