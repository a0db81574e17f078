package pe.macexpress.desk.core;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the point's incident register. Its free texts ({@code what}, {@code done}) may name
 * people (an aggressor, a colleague): {@link #toString()} never shows them.
 *
 * @param occurredAt when it happened (the advisor may set it earlier than the registration)
 * @param recordedBy the advisor who registered it
 * @param recordedAt when it was registered
 * @param closing how a supervisor closed it (for a breach: the notification to the Autoridad); null while open
 */
public record Incident(UUID id, IncidentType type, IncidentSeverity severity, Instant occurredAt, String what,
                       String done, String recordedBy, String pointId, Instant recordedAt, Closing closing) {

    /** The longest free text (what happened, what was done) the central accepts, in characters. */
    public static final int MAX_TEXT = 2000;
    /** The longest notification reference (expediente, registry number) the central accepts. */
    public static final int MAX_REFERENCE = 120;
    /** The longest advisor or point id the central accepts. */
    public static final int MAX_ID = 64;

    public Incident {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(occurredAt);
        Objects.requireNonNull(recordedAt);
        what = what == null ? "" : what.strip();
        done = done == null ? "" : done.strip();
    }

    /**
     * Serious incidents are sent at once and listed for the supervisor until closed: any incident
     * judged grave, and every aggression, theft or suspected data breach whatever its severity.
     */
    public static boolean serious(IncidentType type, IncidentSeverity severity) {
        return severity == IncidentSeverity.GRAVE || type.alwaysSerious();
    }

    public boolean serious() {
        return serious(type, severity);
    }

    public boolean isBreach() {
        return type == IncidentType.DATA_BREACH;
    }

    public boolean isOpen() {
        return closing == null;
    }

    /**
     * A supervisor's closing of a serious incident.
     *
     * @param notifiedAt for a breach, when the Autoridad was notified; null otherwise
     * @param reference for a breach, the notification's reference or number; blank otherwise
     * @param closedBy the supervisor (who confirmed with their own PIN)
     * @param closedAt when it was recorded here
     */
    public record Closing(Instant notifiedAt, String reference, String closedBy, Instant closedAt) {
        public Closing {
            reference = reference == null ? "" : reference.strip();
            Objects.requireNonNull(closedBy);
            Objects.requireNonNull(closedAt);
        }
    }

    @Override
    public String toString() {
        return "Incident[" + id + " " + type.code() + " " + severity.code() + (isOpen() ? " open" : " closed") + "]";
    }
}
