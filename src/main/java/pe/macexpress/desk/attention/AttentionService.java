package pe.macexpress.desk.attention;

import java.time.Clock;
import java.util.UUID;
import pe.macexpress.desk.cases.CasePolicy;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.security.TextGuard;
import java.util.function.BiConsumer;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.Transaction;
import pe.macexpress.desk.store.StoreException;

/** Turns what the advisor recorded into a committed attention. Blocking: off the FX thread. */
public final class AttentionService {
    private static final int CODE_ATTEMPTS = 5;

    private final Store store;
    private final Clock clock;
    private final CasePolicy cases;

    /** Cases are opened with the bundled catalogue's plazos (tools and tests). */
    public AttentionService(Store store, Clock clock) {
        this(store, clock, new CasePolicy(Catalog::bundled));
    }

    /** @param cases opens the case of an attention whose answer comes later, with the catalogue in use */
    public AttentionService(Store store, Clock clock, CasePolicy cases) {
        this.store = store;
        this.clock = clock;
        this.cases = cases;
    }

    /**
     * Commits one attention of the visit. Returns only after the commit: when it throws, nothing
     * was saved and the screen keeps what the advisor typed so the same call can be retried.
     */
    public Attention record(Visit visit, String procedureId, Outcome outcome, String language) {
        return record(visit, procedureId, outcome, language, ServedVia.UNRECORDED, (tx, a) -> { });
    }

    /**
     * Commits one attention served through {@code via}, its case when its answer comes later, and
     * in the same transaction whatever {@code alongside} adds for it (a capture and its documents):
     * all of it or nothing.
     */
    public Attention record(Visit visit, String procedureId, Outcome outcome, String language, ServedVia via,
                            BiConsumer<Transaction, Attention> alongside) {
        outcome = withGuardian(outcome, visit.guardian());
        outcome = new Outcome(outcome.type(), sendableDetail(outcome.detail())); // issue 15: cut at input
        StoreException last = null;
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            Attention a = new Attention(UUID.randomUUID(), AttentionCode.next(), visit.id(), visit.advisor().id(),
                    visit.point().id(), visit.document(), visit.citizenNames(), visit.verification(),
                    visit.identity() == null ? "" : visit.identity().code(), procedureId, outcome, language,
                    visit.currentStart(), clock.instant(), via, visit.arrival());
            try {
                store.write(tx -> {
                    store.attentions().save(tx, a);
                    cases.openFor(tx, a, store.cases());
                    alongside.accept(tx, a);
                    return null;
                });
                visit.addSaved(a);
                return a;
            } catch (StoreException e) {
                // Only a clash of the 40-bit random code is worth another try; everything else goes up.
                if (e.kind() != StoreException.Kind.IO || !String.valueOf(e.getMessage()).contains("attention.code")) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    /** Marks the guardian's document in the outcome detail (type, number and check, data not prose). */
    static final String GUARDIAN_MARK = "apoderado ";

    /**
     * The detail as it may be kept and sent (issue 15): without control or bidi-override characters
     * and at most {@link TextGuard#MAX_FREE_TEXT} characters, the guardian's mark at its end kept
     * whole. A 22 KB detail (pasted, or saved before the limit) is cut rather than quarantined forever.
     */
    public static String sendableDetail(String detail) {
        String all = TextGuard.clean(detail == null ? "" : detail, Integer.MAX_VALUE);
        if (all.length() <= TextGuard.MAX_FREE_TEXT) {
            return all;
        }
        int mark = all.lastIndexOf(" · " + GUARDIAN_MARK);
        String tail = mark >= 0 && all.length() - mark <= 80 ? all.substring(mark) : "";
        return TextGuard.clean(all.substring(0, all.length() - tail.length()), TextGuard.MAX_FREE_TEXT - tail.length())
                + tail;
    }

    /**
     * The outcome as stored when a minor came with a guardian: the guardian's document appended to
     * the detail, e.g. {@code "… · apoderado DNI 10117410-2"}, so it travels in the attention record.
     */
    static Outcome withGuardian(Outcome outcome, pe.macexpress.desk.core.Document guardian) {
        if (guardian == null) {
            return outcome;
        }
        String doc = GUARDIAN_MARK + guardian.type().code() + " " + guardian.number()
                + (guardian.check().isEmpty() ? "" : "-" + guardian.check());
        return new Outcome(outcome.type(), outcome.detail().isEmpty() ? doc : outcome.detail() + " · " + doc);
    }
}
