package pe.macexpress.desk.voice;

import java.util.Collection;
import java.util.UUID;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.store.OrientationEntry;
import pe.macexpress.desk.store.TimelineStore;
import pe.macexpress.desk.sync.SendPriority;
import pe.macexpress.desk.sync.StoredKind;

/** Orientations and requests outside the catalogue as the outbox sends them. */
public final class OrientationKind extends StoredKind<OrientationEntry> {
    private final TimelineStore timeline;

    public OrientationKind(TimelineStore timeline) {
        super(OrientationContent.SCHEMA, TimelineStore.ORIENTATION_KIND, SendPriority.NORMAL);
        this.timeline = timeline;
    }

    @Override
    protected Collection<OrientationEntry> find(Collection<UUID> ids) {
        return timeline.findRetainedOrientations(ids);
    }

    @Override
    protected UUID idOf(OrientationEntry r) {
        return r.id();
    }

    @Override
    protected Object content(OrientationEntry r) {
        return record(r);
    }

    public static OrientationContent record(OrientationEntry o) {
        return new OrientationContent(o.visitId().toString(), o.pointId(), o.advisorId(), o.type(), o.topic(),
                o.entityId(), o.citizenLanguage(), o.recordedAt().toEpochMilli());
    }
}
