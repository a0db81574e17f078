package pe.macexpress.desk.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.OrientationEntry;
import pe.macexpress.desk.store.TimelineStore;
import pe.macexpress.desk.sync.RecordKind;
import pe.macexpress.desk.sync.SendPriority;

/** Orientations and requests outside the catalogue as the outbox sends them. */
public final class OrientationKind implements RecordKind {
    private final TimelineStore timeline;

    public OrientationKind(TimelineStore timeline) {
        if (!OrientationContent.KIND.equals(TimelineStore.ORIENTATION_KIND)) {
            throw new IllegalStateException("the store and the contract name orientations differently");
        }
        this.timeline = timeline;
    }

    @Override
    public ContentSchema schema() {
        return OrientationContent.SCHEMA;
    }

    @Override
    public SendPriority priority() {
        return SendPriority.NORMAL;
    }

    @Override
    public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        for (OrientationEntry o : timeline.findRetainedOrientations(ids)) {
            out.put(o.id(), Wire.mapper().valueToTree(record(o)));
        }
        return out;
    }

    public static OrientationContent record(OrientationEntry o) {
        return new OrientationContent(o.visitId().toString(), o.pointId(), o.advisorId(), o.type(), o.topic(),
                o.entityId(), o.citizenLanguage(), o.recordedAt().toEpochMilli());
    }
}
