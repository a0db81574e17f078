package pe.macexpress.desk.security;

import java.util.Objects;

/**
 * One thing that must be answerable later: who ({@code actor}: an advisor id, or "cli:<os user>",
 * or "system"), did what ({@code action}, one of {@link AuditActions}), why ({@code purpose}),
 * about whom ({@code subject}: a document or person reference, stored only as a blind index, never
 * in clear) and with which non-personal detail (outcome, counts, file names without people).
 */
public record AuditEvent(String actor, String action, String purpose, String subject, String detail) {
    public AuditEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        purpose = purpose == null ? "" : TextGuard.clean(purpose, 200);
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : TextGuard.clean(detail, 500);
    }

    public static AuditEvent of(String actor, String action) {
        return new AuditEvent(actor, action, "", "", "");
    }
}
