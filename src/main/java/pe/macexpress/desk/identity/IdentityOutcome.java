package pe.macexpress.desk.identity;

import java.util.Locale;
import pe.macexpress.desk.core.VerificationState;

/**
 * Every way an identity query can end. The mapping from PIDE result codes lives here and only
 * here, so it can be corrected from an entity's PIDE agreement manual in one place.
 */
public enum IdentityOutcome {
    VERIFIED,
    MINOR,
    NOT_FOUND,
    INVALID_INPUT,
    CREDENTIALS_REJECTED,
    PASSWORD_EXPIRED,
    QUOTA_EXCEEDED,
    /** No usable answer: timeout, DNS, TLS, refused, 5xx, captive portal, garbage, unknown code. */
    UNAVAILABLE;

    /** RENIEC "Consultar" {@code coResultado}; null for an unknown code (treated as UNAVAILABLE). */
    public static IdentityOutcome fromReniecCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.strip()) {
            case "0000" -> VERIFIED;
            case "0001" -> MINOR;
            case "0999" -> NOT_FOUND;
            case "1000" -> INVALID_INPUT;
            case "1001" -> CREDENTIALS_REJECTED;
            case "1002" -> PASSWORD_EXPIRED;
            case "1003" -> QUOTA_EXCEEDED;
            default -> null;
        };
    }

    /**
     * MIGRACIONES "CarnetExtranjeria" {@code strNumRespuesta}; null for an unknown code.
     * 0002 (their error or no connection) and 0003 (transaction failed) are the service being
     * unavailable; 0005 (IP/MAC/institution not allowed) is our access being refused.
     */
    public static IdentityOutcome fromMigracionesCode(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.strip()) {
            case "0000" -> VERIFIED;
            case "0001" -> NOT_FOUND;
            case "0002", "0003" -> UNAVAILABLE;
            case "0005" -> CREDENTIALS_REJECTED;
            case "0006" -> INVALID_INPUT;
            case "0007" -> MINOR;
            default -> null;
        };
    }

    public String messageKey() {
        return "identity.outcome." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** What the attention records. Anything that is not an answer about the citizen stays pending. */
    public VerificationState verificationState() {
        return switch (this) {
            case VERIFIED -> VerificationState.VERIFIED;
            case MINOR -> VerificationState.VERIFIED_MINOR;
            case NOT_FOUND -> VerificationState.NOT_FOUND;
            default -> VerificationState.PENDING;
        };
    }

    /**
     * PIDE-side trouble (unreachable, credentials, quota) must not stop the counter: the attention
     * goes on "por verificar". NOT_FOUND and INVALID_INPUT are answers about the document itself.
     */
    public boolean attentionMayContinue() {
        return this != NOT_FOUND && this != INVALID_INPUT;
    }
}
