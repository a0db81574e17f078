package pe.macexpress.desk.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.store.CaseStore;
import pe.macexpress.desk.store.Transaction;

/**
 * Which attentions open a case, and until when: pendiente and derivado always; a capture forwarded
 * to its entity and a procedure the entity answers within a plazo when served. The due date is the
 * procedure's plazo in business days (Peru's national holidays skipped), or
 * {@value #DEFAULT_PLAZO_DAYS} when the catalogue gives none.
 */
public final class CasePolicy {
    public static final int DEFAULT_PLAZO_DAYS = 10;
    /** Plazos are counted in Peru's calendar, whatever the workstation's clock zone. */
    public static final ZoneId ZONE = ZoneId.of("America/Lima");

    private final Supplier<Catalog> catalog;

    public CasePolicy(Supplier<Catalog> catalog) {
        this.catalog = catalog;
    }

    /** Why {@code a} opens a case; empty when it was answered at the counter (or not served). */
    public Optional<CaseReason> reasonFor(Attention a, Optional<Procedure> procedure) {
        return switch (a.outcome().type()) {
            case PENDIENTE -> Optional.of(CaseReason.PENDIENTE);
            case DERIVADO -> Optional.of(CaseReason.DERIVADO);
            case NO_ATENDIDO -> Optional.empty();
            case ATENDIDO -> a.servedVia().channel() == Channel.CAPTURE ? Optional.of(CaseReason.CAPTURA)
                    : procedure.filter(Procedure::followUp).map(p -> CaseReason.PLAZO);
        };
    }

    /** The last day of the plazo for an attention ended at {@code at}. */
    public static LocalDate due(Instant at, Optional<Procedure> procedure) {
        int days = procedure.map(Procedure::plazoDays).filter(d -> d != null && d > 0).orElse(DEFAULT_PLAZO_DAYS);
        return PeruHolidays.addBusinessDays(today(at), days);
    }

    public static LocalDate today(Instant now) {
        return now.atZone(ZONE).toLocalDate();
    }

    /** Opens the attention's case in the transaction that saves it, when it needs one. */
    public void openFor(Transaction tx, Attention a, CaseStore cases) {
        Optional<Procedure> procedure = catalog.get().find(a.procedureId());
        reasonFor(a, procedure).ifPresent(reason ->
                cases.open(tx, a.id(), reason, a.outcome().detail(), a.endedAt(), due(a.endedAt(), procedure)));
    }
}
