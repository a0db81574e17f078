package pe.macexpress.desk.core;

import java.util.Locale;
import java.util.Optional;

/** Why an attention opened a case: what the desk waits for before the citizen has a final answer. */
public enum CaseReason {
    /** Saved as pendiente: something is left to do (a portal task for when the link returns, a missing paper). */
    PENDIENTE,
    /** Saved as derivado: another office answers. */
    DERIVADO,
    /** An offline capture forwarded to the entity: it answers later. */
    CAPTURA,
    /** A procedure whose entity answers within a plazo (a duplicate DNI to collect). */
    PLAZO,
    /** The central sent a result for an attention that had no case. */
    RESULTADO;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "case.reason." + code();
    }

    public static Optional<CaseReason> fromCode(String code) {
        for (CaseReason r : values()) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
