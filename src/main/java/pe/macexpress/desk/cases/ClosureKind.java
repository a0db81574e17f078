package pe.macexpress.desk.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.ClosureContent;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.CaseStore;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.sync.RecordKind;
import pe.macexpress.desk.sync.SendPriority;

/** Case closures as the outbox sends them. HIGH: a final answer matters more than the bulk of attentions. */
public final class ClosureKind implements RecordKind {
    private final CaseStore cases;

    public ClosureKind(CaseStore cases) {
        if (!ClosureContent.KIND.equals(CaseStore.OUTBOX_KIND)) {
            throw new IllegalStateException("the store and the contract name closures differently");
        }
        this.cases = cases;
    }

    @Override
    public ContentSchema schema() {
        return ClosureContent.SCHEMA;
    }

    @Override
    public SendPriority priority() {
        return SendPriority.HIGH;
    }

    @Override
    public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        for (FollowUpCase c : cases.findClosures(ids)) {
            out.put(c.closing().closureId(), Wire.mapper().valueToTree(record(c)));
        }
        return out;
    }

    public static ClosureContent record(FollowUpCase c) {
        FollowUpCase.Closing closing = c.closing();
        return new ClosureContent(c.attentionId().toString(), c.code(), closing.answer().code(), closing.reason(),
                closing.closedBy(), closing.closedAt().toEpochMilli());
    }
}
