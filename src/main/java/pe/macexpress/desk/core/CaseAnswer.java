package pe.macexpress.desk.core;

import java.util.Locale;
import java.util.Optional;

/** The final answer that ends a case ("toda demanda tiene que ser respondida"). */
public enum CaseAnswer {
    /** The citizen received what they asked for (a document, a result). */
    ENTREGADO,
    /** The entity resolved it; nothing is left for the citizen to collect. */
    RESUELTO,
    /** The entity refused it: the reason is required. */
    RECHAZADO,
    /** The citizen gave it up. */
    DESISTIDO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "case.answer." + code();
    }

    /** A refusal without its reason cannot be told to the citizen. */
    public boolean needsReason() {
        return this == RECHAZADO;
    }

    public static Optional<CaseAnswer> fromCode(String code) {
        for (CaseAnswer a : values()) {
            if (a.code().equals(code)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
