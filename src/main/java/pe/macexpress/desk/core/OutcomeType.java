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

    /** The question the detail answers ("¿A quién se deriva?"); blank when no detail is needed. */
    public String detailQuestionKey() {
        return needsDetail ? "procedure.detail." + name().toLowerCase(Locale.ROOT).replace('_', '.') : "";
    }

    /**
     * What stops an outcome from being saved, as a message key: none chosen, or its detail missing;
     * blank when it can be saved. Every channel's screen asks the same.
     */
    public static String problemKey(OutcomeType chosen, String detail) {
        if (chosen == null) {
            return "procedure.error.outcome.missing";
        }
        return new Outcome(chosen, detail).isComplete() ? "" : "procedure.error.detail.missing";
    }
}
