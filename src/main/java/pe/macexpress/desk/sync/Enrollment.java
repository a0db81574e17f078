package pe.macexpress.desk.sync;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Enrolls this workstation with a central: trades a one-time code for the workstation's own token,
 * writes URL and token to {@code macexpress.properties} (atomically) and applies them at once.
 * Blocking: call it from a background task (the settings screen) or the {@code enroll} command.
 */
public final class Enrollment {

    public enum Result {
        /** Token received and saved. */
        ENROLLED,
        /** The central refused the code (unknown, used or expired). */
        BAD_CODE,
        /** No answer from the URL (or not the central's JSON: captive portal, wrong address). */
        UNREACHABLE,
        /** The token could not be saved in the configuration file. */
        NOT_SAVED;

        public String messageKey() {
            return "sync.enroll." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    private final Path settingsFile;
    private final Central central;
    private final okhttp3.OkHttpClient http;
    private final String workstationId;

    /** @param settingsFile {@code macexpress.properties}; null to keep the token in memory only (training) */
    public Enrollment(Path settingsFile, Central central, okhttp3.OkHttpClient http, String workstationId) {
        this.settingsFile = settingsFile;
        this.central = central;
        this.http = http;
        this.workstationId = workstationId;
    }

    /** Never logs or returns the code or the token. */
    public Result enroll(String serverUrl, String code) {
        throw new UnsupportedOperationException("not yet");
    }
}
