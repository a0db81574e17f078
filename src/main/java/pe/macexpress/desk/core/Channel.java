package pe.macexpress.desk.core;

import java.util.Locale;
import java.util.Optional;

/**
 * How a procedure is carried out at the counter; the catalogue says which one a procedure offers and
 * each attention records the one it was actually served through.
 */
public enum Channel {
    /** The entity's online service, opened inside the desk. */
    PORTAL,
    /** A form filled at the counter, forwarded to the entity by the central. */
    CAPTURE,
    /** Done with the citizen following the entity's own instructions. */
    COUNTER,
    /** The citizen is sent to another office. */
    REFERRAL;

    /** What the database and the wire carry: "portal", "capture", … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "channel." + code();
    }

    public static Optional<Channel> fromCode(String code) {
        for (Channel c : values()) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
