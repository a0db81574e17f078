package pe.macexpress.desk.voice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.store.ArrivalTurn;
import pe.macexpress.desk.store.OrientationEntry;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.TimelineStore;
import pe.macexpress.desk.store.VisitEntry;

/**
 * The visit's timeline (issue 13, points 1 and 2): the arrival queue of a point (turns per day in
 * the counter's time zone), the end of each visit with its times and counts, and orientations and
 * requests outside the catalogue. Blocking (SQLite): never on the FX thread.
 */
public final class VisitTimeline {
    private final TimelineStore store;
    private final Clock clock;
    private final ZoneId zone;

    public VisitTimeline(Store store, Clock clock, ZoneId zone) {
        this.store = store.timeline();
        this.clock = clock;
        this.zone = zone;
    }

    /** The counter's day now: turns start again at 1 each day. */
    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** "Llegó": the next turn of today at {@code pointId}. */
    public ArrivalTurn arrive(String pointId) {
        return store.arrive(pointId, today(), clock.instant());
    }

    /** Who is waiting today at {@code pointId}, by turn. */
    public List<ArrivalTurn> waiting(String pointId) {
        return store.waiting(pointId, today());
    }

    /** "Llamar": the turn is called to the counter now; empty when someone else called it or it left. */
    public Optional<ArrivalTurn> call(UUID turnId) {
        return store.call(turnId, clock.instant());
    }

    /** "Se fue": left without being served. */
    public boolean left(UUID turnId) {
        return store.markLeft(turnId, clock.instant());
    }

    /** How many left without being served today at {@code pointId}. */
    public int leftToday(String pointId) {
        return store.leftCount(pointId, today());
    }

    /** Ends a visit that identified the citizen: its timeline from the visit, ended now. */
    public VisitEntry close(Visit visit) {
        var arrival = visit.arrival();
        Instant now = clock.instant();
        Instant arrived = arrival.arrivedAt() == null ? now : arrival.arrivedAt();
        Instant called = arrival.calledAt() == null ? arrived : arrival.calledAt();
        VisitEntry v = new VisitEntry(visit.id(), visit.point().id(), visit.advisor().id(), visit.turn(), arrived,
                called, now.isBefore(called) ? called : now, visit.citizenLanguage(), visit.saved().size(),
                visit.orientations(), false);
        store.saveVisit(v, visit.turnId());
        return v;
    }

    /**
     * Ends a visit where the citizen only asked (no identification, no procedure): its timeline,
     * ended now. {@code turn} is the called turn, or null for a walk-in (then arrived and called at
     * {@code start}).
     */
    public VisitEntry closeOrientationOnly(UUID visitId, String pointId, String advisorId, ArrivalTurn turn,
                                           Instant start, String citizenLanguage, int orientations) {
        Instant now = clock.instant();
        Instant arrived = turn == null ? start : turn.arrivedAt();
        Instant called = turn == null || turn.calledAt() == null ? arrived : turn.calledAt();
        VisitEntry v = new VisitEntry(visitId, pointId, advisorId, turn == null ? null : turn.turn(), arrived, called,
                now.isBefore(called) ? called : now, citizenLanguage, 0, orientations, true);
        store.saveVisit(v, turn == null ? null : turn.id());
        return v;
    }

    /**
     * Records an orientation ({@code unmet} false) or a request outside the catalogue ({@code unmet}
     * true) in visit {@code visitId}.
     *
     * @param entityId the catalogue entity, or empty for "no sé"
     */
    public OrientationEntry recordOrientation(UUID visitId, String pointId, String advisorId, boolean unmet,
                                              String topic, String entityId, String citizenLanguage) {
        Objects.requireNonNull(visitId);
        // Issue 15: cut at the limit and without control or bidi-override characters.
        String text = pe.macexpress.desk.security.TextGuard.clean(topic == null ? "" : topic.strip(),
                OrientationContent.MAX_TOPIC).strip();
        if (unmet && text.isEmpty()) {
            throw new IllegalArgumentException("a request outside the catalogue needs what was asked");
        }
        OrientationEntry o = new OrientationEntry(UUID.randomUUID(), visitId, pointId, advisorId,
                unmet ? OrientationContent.UNMET : OrientationContent.ORIENTATION, text, entityId, citizenLanguage,
                clock.instant());
        store.saveOrientation(o);
        return o;
    }
}
