package pe.macexpress.desk.core;

import java.util.Locale;

/** How the citizen's identity stands for an attention; stored with every attention. */
public enum VerificationState {
    /** RENIEC (or MIGRACIONES) confirmed the document and names. */
    VERIFIED,
    /** Confirmed, but the holder is a minor: PIDE restricts the data (code 0001). */
    VERIFIED_MINOR,
    /** PIDE could not be reached: the attention went on, to be verified later. */
    PENDING,
    /** PIDE answered that it has no data for this document. */
    NOT_FOUND,
    /** The document has no PIDE service (passport, PTP/CPP): the advisor checked it by sight. */
    CHECKED_BY_ADVISOR;

    public String code() {
        return name();
    }

    public String messageKey() {
        return "verification." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
