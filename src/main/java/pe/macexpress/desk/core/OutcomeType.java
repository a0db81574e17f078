package pe.macexpress.desk.core;

import java.util.Locale;

/** What came of one procedure; every kind but ATENDIDO needs a detail written by the advisor. */
public enum OutcomeType {
    ATENDIDO(false),
    /** Follow-up needed: the detail says what is pending. */
    PENDIENTE(true),
    /** Referred: the detail says to whom. */
    DERIVADO(true),
    /** Not served: the detail says why. */
    NO_ATENDIDO(true);

    private final boolean needsDetail;

    OutcomeType(boolean needsDetail) {
        this.needsDetail = needsDetail;
    }

    public boolean needsDetail() {
        return needsDetail;
    }

    public String messageKey() {
        return "outcome." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
