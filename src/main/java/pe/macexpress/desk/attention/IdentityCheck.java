package pe.macexpress.desk.attention;

import java.time.Clock;
import java.util.Optional;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.identity.IdentityResult;
import pe.macexpress.desk.identity.IdentityVerifier;
import pe.macexpress.desk.identity.QueryContext;

/**
 * Picks how a document is verified: DNI through RENIEC, CE through MIGRACIONES when configured,
 * passports and PTP/CPP by the advisor, since no PIDE service exists for them. Blocking.
 */
public final class IdentityCheck {
    private final IdentityVerifier dniVerifier;
    private final IdentityVerifier ceVerifier;
    private final Clock clock;

    /** @param ceVerifier null until the MIGRACIONES contract is configured: a CE stays "por verificar" */
    public IdentityCheck(IdentityVerifier dniVerifier, IdentityVerifier ceVerifier, Clock clock) {
        this.dniVerifier = dniVerifier;
        this.ceVerifier = ceVerifier;
        this.clock = clock;
    }

    /**
     * The service's answer; empty when no service exists for this kind of document.
     *
     * @param context advisor, workstation and visit (or attention) id, recorded in the identity audit
     */
    public Optional<IdentityResult> verify(Document document, QueryContext context) {
        if (document.type() == DocumentType.DNI) {
            return Optional.of(dniVerifier.verify(document, context));
        }
        if (document.type() == DocumentType.CE) {
            return Optional.of(ceVerifier != null
                    ? ceVerifier.verify(document, context)
                    : IdentityResult.unavailable("no MIGRACIONES service configured", clock.instant()));
        }
        return Optional.empty();
    }
}
