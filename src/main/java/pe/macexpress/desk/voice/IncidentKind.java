package pe.macexpress.desk.voice;

import java.util.Collection;
import java.util.UUID;
import pe.macexpress.desk.contract.IncidentContent;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.store.IncidentStore;
import pe.macexpress.desk.sync.SendPriority;
import pe.macexpress.desk.sync.StoredKind;

/**
 * Incidents as the outbox sends them. URGENT: a serious incident (and a breach's notification) must
 * reach the central before anything else at the next link; every incident rides in that lane, they
 * are few and small.
 */
public final class IncidentKind extends StoredKind<Incident> {
    private final IncidentStore incidents;

    public IncidentKind(IncidentStore incidents) {
        super(IncidentContent.SCHEMA, IncidentStore.OUTBOX_KIND, SendPriority.URGENT);
        this.incidents = incidents;
    }

    @Override
    protected Collection<Incident> find(Collection<UUID> ids) {
        return incidents.find(ids);
    }

    @Override
    protected UUID idOf(Incident r) {
        return r.id();
    }

    @Override
    protected Object content(Incident r) {
        return record(r);
    }

    public static IncidentContent record(Incident i) {
        Incident.Closing c = i.closing();
        return new IncidentContent(i.type().code(), i.severity().code(), i.occurredAt().toEpochMilli(), i.what(),
                i.done(), i.recordedBy(), i.pointId(), i.recordedAt().toEpochMilli(),
                c == null || c.notifiedAt() == null ? null : c.notifiedAt().toEpochMilli(),
                c == null ? null : c.reference(), c == null ? null : c.closedBy(),
                c == null ? null : c.closedAt().toEpochMilli());
    }
}
