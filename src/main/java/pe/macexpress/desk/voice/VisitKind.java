package pe.macexpress.desk.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.VisitContent;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.TimelineStore;
import pe.macexpress.desk.store.VisitEntry;
import pe.macexpress.desk.sync.RecordKind;
import pe.macexpress.desk.sync.SendPriority;

/** Visits' timelines as the outbox sends them. NORMAL: figures, nothing a citizen waits for. */
public final class VisitKind implements RecordKind {
    private final TimelineStore timeline;

    public VisitKind(TimelineStore timeline) {
        if (!VisitContent.KIND.equals(TimelineStore.VISIT_KIND)) {
            throw new IllegalStateException("the store and the contract name visits differently");
        }
        this.timeline = timeline;
    }

    @Override
    public ContentSchema schema() {
        return VisitContent.SCHEMA;
    }

    @Override
    public SendPriority priority() {
        return SendPriority.NORMAL;
    }

    @Override
    public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        for (VisitEntry v : timeline.findVisits(ids)) {
            out.put(v.id(), Wire.mapper().valueToTree(record(v)));
        }
        return out;
    }

    public static VisitContent record(VisitEntry v) {
        return new VisitContent(v.pointId(), v.advisorId(), v.turn(), v.arrivedAt().toEpochMilli(),
                v.calledAt().toEpochMilli(), v.endedAt().toEpochMilli(), v.citizenLanguage(), v.attentions(),
                v.orientations(), v.orientationOnly());
    }
}
