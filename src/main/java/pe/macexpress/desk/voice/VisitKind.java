package pe.macexpress.desk.voice;

import java.util.Collection;
import java.util.UUID;
import pe.macexpress.desk.contract.VisitContent;
import pe.macexpress.desk.store.TimelineStore;
import pe.macexpress.desk.store.VisitEntry;
import pe.macexpress.desk.sync.SendPriority;
import pe.macexpress.desk.sync.StoredKind;

/** Visits' timelines as the outbox sends them. NORMAL: figures, nothing a citizen waits for. */
public final class VisitKind extends StoredKind<VisitEntry> {
    private final TimelineStore timeline;

    public VisitKind(TimelineStore timeline) {
        super(VisitContent.SCHEMA, TimelineStore.VISIT_KIND, SendPriority.NORMAL);
        this.timeline = timeline;
    }

    @Override
    protected Collection<VisitEntry> find(Collection<UUID> ids) {
        return timeline.findVisits(ids);
    }

    @Override
    protected UUID idOf(VisitEntry r) {
        return r.id();
    }

    @Override
    protected Object content(VisitEntry r) {
        return record(r);
    }

    public static VisitContent record(VisitEntry v) {
        return new VisitContent(v.pointId(), v.advisorId(), v.turn(), v.arrivedAt().toEpochMilli(),
                v.calledAt().toEpochMilli(), v.endedAt().toEpochMilli(), v.citizenLanguage(), v.attentions(),
                v.orientations(), v.orientationOnly());
    }
}
