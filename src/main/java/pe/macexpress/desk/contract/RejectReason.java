package pe.macexpress.desk.contract;

import java.util.Locale;

/**
 * Why the central did not take a record. The wire code is what the central answers and what the
 * outbox keeps as the quarantine reason; it never holds personal data.
 */
public enum RejectReason {
    /** Same id, different content at the central. */
    CONFLICT("conflict"),
    /** The content hash does not match the record (damaged in transit or on disk). */
    HASH_MISMATCH("hash"),
    /** A required field is missing or malformed. */
    INVALID("invalid"),
    /** The procedure is not in the central's catalogue. */
    UNKNOWN_PROCEDURE("procedure"),
    /** The record is larger than the central accepts. */
    TOO_LARGE("size"),
    /** The central does not know this record kind or schema version (it is older than the workstation). */
    UNKNOWN_KIND("kind"),
    /** Issue 15: a time field is negative or far in the future (a clock or a forgery, not a time). */
    TIME("time"),
    /** Issue 15: a text holds control or bidi-override characters (refused by the central, never stored). */
    TEXT("text"),
    /** The record is no longer whole on this workstation (purged before it was sent). */
    MISSING_LOCALLY("missing"),
    /** Any other reason the central gave. */
    OTHER("other");

    private final String code;

    RejectReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "sync.reject." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The reason for a wire/outbox code; unknown codes are {@link #OTHER}. */
    public static RejectReason fromCode(String code) {
        for (RejectReason r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        return OTHER;
    }
}
