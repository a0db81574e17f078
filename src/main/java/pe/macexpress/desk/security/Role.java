package pe.macexpress.desk.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person signed in at the desk may do. A supervisor's actions (Supervisión, enrollment,
 * PIDE credentials, flag resolution, exports with personal data, restore) need a supervisor's own
 * PIN at the moment of the action; a trainer exists only in training mode.
 */
public enum Role {
    ADVISOR,
    SUPERVISOR,
    TRAINER;

    /** The name stored in the database and written on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        for (Role r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
