package pe.macexpress.desk.ui.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.store.FollowUpCase;

/**
 * Where an attention code stands, as the code look-up shows it: found at this workstation, or
 * answered by another source (the central's look-up, wired later). No citizen data: a code read out
 * by phone must not reveal who it belongs to.
 *
 * @param servedAt when the attention ended; null when the source does not say
 * @param outcome the attention's outcome; null when the source does not say
 * @param dueDate the case's last day; null when there is no case
 * @param result the entity's latest result; null until one arrived
 * @param resultNote the entity's note ("" when none)
 * @param resultAt when the result was given; null without result
 * @param closedWith the case's final answer; null while open (or without a case)
 * @param closingReason the reason of the final answer ("" when none)
 * @param closedAt when the case was closed; null while open
 * @param here true when found at this workstation, false when another source answered
 */
public record CodeStatus(String code, String procedureId, Instant servedAt, OutcomeType outcome, LocalDate dueDate,
                         CaseAnswer result, String resultNote, Instant resultAt, CaseAnswer closedWith,
                         String closingReason, Instant closedAt, boolean here) {

    public CodeStatus {
        resultNote = resultNote == null ? "" : resultNote;
        closingReason = closingReason == null ? "" : closingReason;
    }

    /** What this workstation knows: the attention, and its case when it has one. */
    public static CodeStatus local(Attention a, Optional<FollowUpCase> followUp) {
        FollowUpCase c = followUp.orElse(null);
        FollowUpCase.Result r = c == null ? null : c.result();
        FollowUpCase.Closing k = c == null ? null : c.closing();
        return new CodeStatus(a.code(), a.procedureId(), a.endedAt(), a.outcome().type(),
                c == null ? null : c.dueDate(), r == null ? null : r.status(), r == null ? "" : r.note(),
                r == null ? null : r.at(), k == null ? null : k.answer(), k == null ? "" : k.reason(),
                k == null ? null : k.closedAt(), true);
    }

    public boolean hasCase() {
        return dueDate != null || closedWith != null;
    }

    /** What the central answered for a code another point gave (procedure and results, never the citizen). */
    public static CodeStatus fromCentral(pe.macexpress.desk.contract.CodeStatus s) {
        OutcomeType outcome;
        try {
            outcome = OutcomeType.valueOf(s.outcome());
        } catch (IllegalArgumentException | NullPointerException e) {
            outcome = null;
        }
        pe.macexpress.desk.contract.ResultNotice last = s.results().isEmpty() ? null
                : s.results().get(s.results().size() - 1);
        return new CodeStatus(s.code(), s.procedureId(), Instant.ofEpochMilli(s.endedAt()), outcome, null,
                last == null ? null : CaseAnswer.fromCode(last.status()).orElse(null),
                last == null ? "" : last.note(), last == null ? null : Instant.ofEpochMilli(last.at()),
                null, "", null, false);
    }
}
