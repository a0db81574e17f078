package pe.macexpress.desk.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.Document;

/**
 * One case: an attention whose final answer is still awaited, or was given. The citizen and the
 * procedure are the attention's (joined, never copied): retention blanks them in one place.
 *
 * @param awaiting what the citizen must bring or come to collect, or what is pending (advisor's words)
 * @param dueDate the last day of the plazo, in business days
 * @param result the entity's latest result from the central; null until one arrives
 * @param closing the final answer; null while the case is open
 */
public record FollowUpCase(UUID attentionId, String code, String procedureId, String pointId, Document document,
                           String citizenNames, CaseReason reason, String awaiting, Instant openedAt,
                           LocalDate dueDate, Result result, Closing closing) {

    /** An entity's answer received from the central; {@code unread} until an advisor opens the case. */
    public record Result(CaseAnswer status, String note, Instant at, boolean unread) {
    }

    /**
     * @param closureId the id of the closure record sent to the central; null when the central itself
     *                  closed the case (its result said "entregado")
     * @param closedBy the advisor's id, or {@link #BY_CENTRAL}
     */
    public record Closing(UUID closureId, CaseAnswer answer, String reason, Instant closedAt, String closedBy) {
        public static final String BY_CENTRAL = "central";
    }

    public boolean isOpen() {
        return closing == null;
    }

    /** Late: open, no result yet, and the plazo ended before {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return isOpen() && result == null && dueDate.isBefore(today);
    }

    public boolean hasUnreadResult() {
        return result != null && result.unread();
    }

    @Override
    public String toString() {
        return "FollowUpCase[" + code + " " + reason + (isOpen() ? " open" : " closed") + "]";
    }
}
