package pe.macexpress.desk.voice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;
import pe.macexpress.desk.cases.CasePolicy;
import pe.macexpress.desk.cases.PeruHolidays;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.store.ComplaintStore;
import pe.macexpress.desk.store.Store;

/**
 * The Libro de Reclamaciones: files complaints (numbered per point, due after the configured
 * working days, counted as cases count them) and records their answers. Never on the FX thread.
 */
public final class ComplaintService {
    public static final int DEFAULT_ANSWER_DAYS = 15;

    private final ComplaintStore complaints;
    private final Clock clock;
    private final IntSupplier answerDays;
    private final pe.macexpress.desk.security.AuditTrail audit;

    /** @param answerDays the plazo in working days ({@code complaint.answerDays}), read at each filing */
    public ComplaintService(Store store, Clock clock, IntSupplier answerDays) {
        this.complaints = store.complaints();
        this.clock = clock;
        this.answerDays = answerDays;
        this.audit = store.audit();
    }

    /**
     * Issue 15 (audit): a copy of a complaint written to a file (it holds the complainant's personal
     * data) is a chain row first: who, which complaint number, how; never the complainant's name.
     * Throws when the row cannot be written; then the copy is not written.
     */
    public void auditCopyExport(String advisorId, pe.macexpress.desk.core.Complaint c, String how) {
        audit.record(new pe.macexpress.desk.security.AuditEvent(advisorId == null ? "system" : advisorId,
                pe.macexpress.desk.security.AuditActions.EXPORT, "", "",
                "table=complaint number=" + c.number().text() + " rows=1 to=" + how));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CasePolicy.ZONE));
    }

    /** The answer's last day for a complaint filed on {@code filed}. */
    public LocalDate dueFrom(LocalDate filed) {
        return PeruHolidays.addBusinessDays(filed, answerDays.getAsInt());
    }

    public int answerDays() {
        return answerDays.getAsInt();
    }

    /** Stores it with the point's next number; the filing must have no problems. */
    public Complaint file(ComplaintFiling filing, String pointId) {
        return complaints.file(guarded(filing), pointId, clock.instant(), dueFrom(today()), CasePolicy.ZONE);
    }

    /**
     * The filing without control or bidi-override characters in any of its texts (issue 15: a
     * right-to-left override would make the book's copy read otherwise than what is stored). Only
     * characters are dropped: the lengths the form checked still hold.
     */
    static ComplaintFiling guarded(ComplaintFiling f) {
        java.util.function.UnaryOperator<String> g =
                t -> pe.macexpress.desk.security.TextGuard.clean(t, Integer.MAX_VALUE);
        return new ComplaintFiling(f.visitId(), f.advisorId(), f.documentType(), g.apply(f.documentNumber()),
                g.apply(f.names()), g.apply(f.address()), g.apply(f.phone()), g.apply(f.email()), f.replyVia(),
                f.minor(), g.apply(f.guardianNames()), g.apply(f.guardianDocument()), g.apply(f.facts()),
                g.apply(f.request()), g.apply(f.action()), f.language(), f.confirmation());
    }

    /** Records the answer; false when it was already answered. */
    public boolean answer(UUID id, LocalDate on, Complaint.AnswerVia via, String summary, String advisorId) {
        // Issue 15: control and bidi-override characters never reach the record (the length is checked below).
        String s = pe.macexpress.desk.security.TextGuard.clean(summary == null ? "" : summary, Integer.MAX_VALUE).strip();
        if (s.isEmpty() || s.length() > Complaint.Answer.MAX_SUMMARY || on.isAfter(today())) {
            throw new IllegalArgumentException("an answer needs a summary of at most "
                    + Complaint.Answer.MAX_SUMMARY + " characters and a day not in the future");
        }
        return complaints.answer(id, new Complaint.Answer(on, via, s, advisorId, clock.instant()));
    }

    public List<Complaint> list(boolean openOnly) {
        return complaints.list(openOnly);
    }

    public Optional<Complaint> find(UUID id) {
        return complaints.find(id);
    }

    /** Numbers issued but absent here (lost with a restored older backup), as [first, last]. */
    public List<long[]> missingNumbers(String pointId) {
        return complaints.missingNumbers(pointId);
    }

    /** The last number could not be written to the high-water-mark file (disk full or read-only). */
    public boolean numberMarkFailed() {
        return complaints.highWaterFailed();
    }

    /** [open, overdue] today. */
    public int[] openAndOverdue() {
        return complaints.openAndOverdue(today());
    }
}
