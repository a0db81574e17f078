package pe.macexpress.desk.identity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Logger;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.SettingsFile;

/**
 * The supervisor's password change (RENIEC "Actualizar"), for code 1002 "password expired". Not a
 * screen: the JavaFX view calls {@link #change} from a background thread and shows the
 * {@link Result}'s message key. On success the new password replaces {@code pide.password} in
 * {@code macexpress.properties} atomically (temporary file, fsync, atomic rename; other lines and
 * comments kept) and is used by the next query at once. Passwords are never logged, shown or put in
 * an exception message; the char arrays passed in are wiped.
 */
public final class CredentialChange {
    public static final int MIN_LENGTH = 8;

    private static final Logger LOG = Logger.getLogger(CredentialChange.class.getName());

    public enum Result {
        /** RENIEC accepted the new password and the configuration file holds it. */
        CHANGED,
        /** RENIEC accepted it, but the file could not be written: in force until the app closes. */
        CHANGED_NOT_SAVED,
        /** Checked here, nothing sent: empty, shorter than {@value #MIN_LENGTH}, same as the old one. */
        NEW_PASSWORD_INVALID,
        /** The two new entries differ; nothing sent. */
        CONFIRMATION_MISMATCH,
        /** RENIEC rejected the current password or the user (1001). */
        OLD_PASSWORD_REJECTED,
        /** RENIEC refused the new password (1000 or another code). */
        REFUSED,
        /** PIDE could not be reached: try again later. */
        UNAVAILABLE,
        /** Gateway mode: the gateway holds the credential; nothing to change on this workstation. */
        GATEWAY_MODE;

        public String messageKey() {
            return "identity.password." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    private final ReniecClient client;
    private final CredentialSource source;
    private final Path propertiesFile;

    /**
     * @param propertiesFile the {@code macexpress.properties} to update; null in training mode, where
     *                       the change only lives in memory (and in the in-process sandbox)
     */
    public CredentialChange(ReniecClient client, CredentialSource source, Path propertiesFile) {
        this.client = client;
        this.source = source;
        this.propertiesFile = propertiesFile;
    }

    /** Blocking; never on the FX thread. Wipes the three arrays before returning. */
    public Result change(char[] oldPassword, char[] newPassword, char[] confirmation) {
        try {
            PideCredentials current = source.get();
            if (!current.isPresent()) {
                return Result.GATEWAY_MODE;
            }
            if (newPassword == null || newPassword.length < MIN_LENGTH || oldPassword == null
                    || Arrays.equals(oldPassword, newPassword) || new String(newPassword).isBlank()) {
                return Result.NEW_PASSWORD_INVALID;
            }
            if (!Arrays.equals(newPassword, confirmation)) {
                return Result.CONFIRMATION_MISMATCH;
            }
            String next = new String(newPassword);
            IdentityResult r = client.actualizar(new String(oldPassword), next);
            switch (r.outcome()) {
                case VERIFIED -> {
                    PideCredentials updated = new PideCredentials(current.nuDniUsuario(), current.nuRucUsuario(), next);
                    source.set(updated);
                    if (propertiesFile == null) {
                        return Result.CHANGED;
                    }
                    try {
                        writePassword(propertiesFile, next);
                        LOG.info("PIDE password changed by the supervisor; configuration updated");
                        return Result.CHANGED;
                    } catch (IOException e) {
                        LOG.warning("PIDE password changed but the configuration could not be written ("
                                + e.getClass().getSimpleName() + ")");
                        return Result.CHANGED_NOT_SAVED;
                    }
                }
                case CREDENTIALS_REJECTED -> {
                    return Result.OLD_PASSWORD_REJECTED;
                }
                case UNAVAILABLE -> {
                    return r.code().isEmpty() ? Result.UNAVAILABLE : Result.REFUSED;
                }
                default -> {
                    return Result.REFUSED;
                }
            }
        } finally {
            wipe(oldPassword);
            wipe(newPassword);
            wipe(confirmation);
        }
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }

    /** Replaces (or adds) {@code pide.password}, keeping every other line; see {@link SettingsFile}. */
    static void writePassword(Path file, String password) throws IOException {
        SettingsFile.update(file, Map.of(ConfigKeys.PIDE_PASSWORD.name(), password));
    }

    @Override
    public String toString() {
        return "CredentialChange[" + source + "]";
    }
}
