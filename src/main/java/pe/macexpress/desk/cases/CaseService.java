package pe.macexpress.desk.cases;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import pe.macexpress.desk.contract.ClosureContent;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.CaseCounts;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.store.Store;

/**
 * Cases as the advisor follows them: listed in the order that needs attention first, searched by
 * code, document or name, closed with a final answer. Blocking: off the FX thread.
 */
public final class CaseService {
    private final Store store;
    private final Clock clock;

    public CaseService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public LocalDate today() {
        return CasePolicy.today(clock.instant());
    }

    /**
     * The cases {@code filter} keeps whose code, document number or names contain {@code query}
     * (accents and case ignored; blank = all), ordered: new results first, then overdue (oldest due
     * first), then by due date; closed cases last, newest first.
     */
    public List<FollowUpCase> find(CaseFilter filter, String query) {
        LocalDate today = today();
        String q = fold(query == null ? "" : query);
        // Closed cases are read only when the filter can show them.
        return store.cases().list(filter != CaseFilter.CLOSED && filter != CaseFilter.ALL).stream()
                .filter(c -> filter.matches(c, today))
                .filter(c -> q.isEmpty() || fold(c.code()).contains(q) || c.document().number().contains(q)
                        || fold(c.citizenNames()).contains(q))
                .sorted(order(today))
                .toList();
    }

    static Comparator<FollowUpCase> order(LocalDate today) {
        return Comparator.<FollowUpCase>comparingInt(c -> !c.isOpen() ? 3 : c.hasUnreadResult() ? 0
                        : c.isOverdue(today) ? 1 : 2)
                .thenComparing(c -> c.isOpen() ? c.dueDate() : LocalDate.MAX)
                .thenComparing(c -> c.isOpen() ? 0L : -c.closing().closedAt().toEpochMilli());
    }

    /** The case of an attention code typed anywhere in the desk (spaces, dashes and case forgiven). */
    public Optional<FollowUpCase> byCode(String code) {
        return AttentionCode.normalize(code).flatMap(store.cases()::findByCode);
    }

    /** A returning citizen's cases at this point, open first ("¿viene por su resultado?"). */
    public List<FollowUpCase> ofCitizen(Document document) {
        return store.cases().ofDocument(document.type(), document.number());
    }

    public CaseCounts counts() {
        return store.cases().counts(today());
    }

    /** Business days left until the plazo ends (0 on the last day, negative when late). */
    public int daysLeft(FollowUpCase c) {
        return PeruHolidays.businessDaysBetween(today(), c.dueDate());
    }

    /** The advisor opened the case: its result stops counting as new. */
    public void markRead(UUID attentionId) {
        store.cases().markRead(attentionId);
    }

    /**
     * What stops a closure from being saved, as a message key; blank when it can be: an answer must be
     * chosen, a refusal needs its reason, and a reason fits the record.
     */
    public static String problemKey(CaseAnswer answer, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (answer == null) {
            return "case.error.answer.missing";
        }
        if (answer.needsReason() && r.isEmpty()) {
            return "case.error.reason.missing";
        }
        return r.length() > ClosureContent.MAX_REASON ? "case.error.reason.long" : "";
    }

    /**
     * Closes the case with the advisor's final answer; the closure is queued for the central in the
     * same transaction. False when the case was already closed (by another advisor, or by a result).
     */
    public boolean close(UUID attentionId, CaseAnswer answer, String reason, String advisorId) {
        if (!problemKey(answer, reason).isEmpty()) {
            throw new IllegalArgumentException(problemKey(answer, reason));
        }
        // Issue 15: no control or bidi-override characters in what the central and the citizen will read.
        String clean = pe.macexpress.desk.security.TextGuard.clean(reason, ClosureContent.MAX_REASON);
        return store.cases().close(attentionId, answer, clean, advisorId);
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
