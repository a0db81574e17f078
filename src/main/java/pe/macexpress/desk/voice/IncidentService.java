package pe.macexpress.desk.voice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.store.IncidentStore;

/**
 * The incident register as the desk uses it: any advisor registers, a supervisor closes a serious
 * one (a breach with the notification to the Autoridad). A serious incident asks for a sync at
 * once; offline that attempt fails quietly and the next link sends it first (kind URGENT).
 * Blocking: off the FX thread.
 */
public final class IncidentService {
    private final IncidentStore store;
    private final Clock clock;
    private final Runnable urgentSync;

    /** @param urgentSync starts a sync now (a no-op when none can run yet) */
    public IncidentService(IncidentStore store, Clock clock, Runnable urgentSync) {
        this.store = store;
        this.clock = clock;
        this.urgentSync = urgentSync;
    }

    /** Why a registration cannot be saved, as a message key; empty when it can. */
    public static Optional<String> problem(IncidentType type, IncidentSeverity severity, Instant occurredAt,
                                           String what, String done, Instant now) {
        if (type == null) {
            return Optional.of("incident.error.type");
        }
        if (severity == null) {
            return Optional.of("incident.error.severity");
        }
        if (occurredAt == null) {
            return Optional.of("incident.error.when");
        }
        if (occurredAt.isAfter(now.plusSeconds(60))) {
            return Optional.of("incident.error.future");
        }
        if (what == null || what.isBlank()) {
            return Optional.of("incident.error.what");
        }
        if (what.strip().length() > Incident.MAX_TEXT || (done != null && done.strip().length() > Incident.MAX_TEXT)) {
            return Optional.of("incident.error.long");
        }
        return Optional.empty();
    }

    /** Registers an incident; a serious one asks sync to run now. */
    public Incident register(IncidentType type, IncidentSeverity severity, Instant occurredAt, String what,
                             String done, String advisorId, String pointId) {
        Instant now = clock.instant();
        // Issue 15: control and bidi-override characters never reach the record (the length is checked below).
        what = what == null ? null : pe.macexpress.desk.security.TextGuard.clean(what, Integer.MAX_VALUE);
        done = done == null ? null : pe.macexpress.desk.security.TextGuard.clean(done, Integer.MAX_VALUE);
        problem(type, severity, occurredAt, what, done, now).ifPresent(key -> {
            throw new IllegalArgumentException("incident not valid: " + key);
        });
        Incident incident = new Incident(UUID.randomUUID(), type, severity, occurredAt, what, done, advisorId,
                pointId, now, null);
        store.record(incident);
        if (incident.serious()) {
            askForSync();
        }
        return incident;
    }

    /** Why a closing cannot be recorded, as a message key; empty when it can. */
    public static Optional<String> closingProblem(Incident incident, Instant notifiedAt, String reference, Instant now) {
        if (!incident.isOpen()) {
            return Optional.of("incident.error.closed");
        }
        if (incident.isBreach()) {
            if (notifiedAt == null) {
                return Optional.of("incident.error.notified.when");
            }
            if (notifiedAt.isBefore(incident.occurredAt())) {
                return Optional.of("incident.error.notified.before");
            }
            if (notifiedAt.isAfter(now.plusSeconds(60))) {
                return Optional.of("incident.error.future");
            }
            if (reference == null || reference.isBlank()) {
                return Optional.of("incident.error.reference");
            }
            if (reference.strip().length() > Incident.MAX_REFERENCE) {
                return Optional.of("incident.error.long");
            }
        }
        return Optional.empty();
    }

    /**
     * A supervisor (already confirmed by their PIN) closes an open incident; for a breach the
     * notification's time and reference are required. Sent at once as a new revision.
     */
    public boolean close(Incident incident, Instant notifiedAt, String reference, String supervisorId) {
        Instant now = clock.instant();
        closingProblem(incident, notifiedAt, reference, now).ifPresent(key -> {
            throw new IllegalArgumentException("closing not valid: " + key);
        });
        boolean closed = store.close(incident.id(), new Incident.Closing(incident.isBreach() ? notifiedAt : null,
                incident.isBreach() ? reference : "", supervisorId, now));
        if (closed) {
            askForSync();
        }
        return closed;
    }

    private void askForSync() {
        try {
            urgentSync.run();
        } catch (RuntimeException e) {
            // Saved already; the next sync (at the next link at the latest) sends it first.
        }
    }

    public List<Incident> openBreaches() {
        return store.openBreaches();
    }

    /** What the supervisor sees: open serious incidents first (oldest first), then the recent ones. */
    public List<Incident> forSupervisor() {
        List<Incident> open = store.openSerious();
        List<Incident> list = new java.util.ArrayList<>(open);
        store.recent(IncidentStore.RECENT_SHOWN).stream().filter(i -> !open.contains(i)).forEach(list::add);
        return list;
    }

    public Instant now() {
        return clock.instant();
    }
}
