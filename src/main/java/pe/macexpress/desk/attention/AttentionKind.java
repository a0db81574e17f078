package pe.macexpress.desk.attention;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.AttentionContent;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.sync.RecordKind;
import pe.macexpress.desk.sync.SendPriority;

/** Attentions as the outbox sends them: the serializer from the domain record to its wire content. */
public final class AttentionKind implements RecordKind {
    private final AttentionStore attentions;

    public AttentionKind(AttentionStore attentions) {
        if (!AttentionContent.KIND.equals(AttentionStore.OUTBOX_KIND)) {
            throw new IllegalStateException("the store and the contract name attentions differently");
        }
        this.attentions = attentions;
    }

    @Override
    public ContentSchema schema() {
        return AttentionContent.SCHEMA;
    }

    @Override
    public SendPriority priority() {
        return SendPriority.NORMAL;
    }

    @Override
    public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        attentions.findRetained(ids).forEach((id, a) -> out.put(id, content(a)));
        return out;
    }

    /** The attention as the central receives it, in the current schema version. */
    public static AttentionContent record(Attention a) {
        return new AttentionContent(a.code(), a.visitId().toString(), a.advisorId(), a.pointId(),
                a.document().type().code(), a.document().number(), a.document().check(), a.citizenNames(),
                a.verification().code(), a.verificationCode(), a.procedureId(), a.outcome().type().name(),
                AttentionService.sendableDetail(a.outcome().detail()), a.language(), a.startedAt().toEpochMilli(), a.endedAt().toEpochMilli(),
                a.servedVia().channel().code(), a.servedVia().reference(), a.servedVia().catalogVersion(),
                millis(a.arrival().arrivedAt()), millis(a.arrival().calledAt()), a.citizenLanguage());
    }

    private static Long millis(java.time.Instant at) {
        return at == null ? null : at.toEpochMilli();
    }

    public static JsonNode content(Attention a) {
        return Wire.mapper().valueToTree(record(a));
    }

    /** The content hash the central would hold for this attention sent now. */
    public static String hash(Attention a) {
        return AttentionContent.SCHEMA.hash(content(a), AttentionContent.SCHEMA.current());
    }
}
