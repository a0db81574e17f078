package pe.macexpress.desk.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.IncidentContent;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.store.IncidentStore;
import pe.macexpress.desk.sync.RecordKind;
import pe.macexpress.desk.sync.SendPriority;

/**
 * Incidents as the outbox sends them. URGENT: a serious incident (and a breach's notification) must
 * reach the central before anything else at the next link; every incident rides in that lane, they
 * are few and small.
 */
public final class IncidentKind implements RecordKind {
    private final IncidentStore incidents;

    public IncidentKind(IncidentStore incidents) {
        if (!IncidentContent.KIND.equals(IncidentStore.OUTBOX_KIND)) {
            throw new IllegalStateException("the store and the contract name incidents differently");
        }
        this.incidents = incidents;
    }

    @Override
    public ContentSchema schema() {
        return IncidentContent.SCHEMA;
    }

    @Override
    public SendPriority priority() {
        return SendPriority.URGENT;
    }

    @Override
    public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        for (Incident i : incidents.find(ids)) {
            out.put(i.id(), Wire.mapper().valueToTree(record(i)));
        }
        return out;
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
