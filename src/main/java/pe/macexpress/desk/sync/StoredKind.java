package pe.macexpress.desk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.Wire;

/**
 * The shape most kinds share: a store finds the whole records among some ids, and each becomes its
 * contract record on the wire. A kind then says only how to find, which id, and what content.
 *
 * @param <T> the store's record
 */
public abstract class StoredKind<T> implements RecordKind {
    private final ContentSchema schema;
    private final SendPriority priority;

    /**
     * @param outboxKind the name the store queues the records under: must be the contract's
     *                   (a mismatch would leave its outbox entries unsendable, so it fails at start)
     */
    protected StoredKind(ContentSchema schema, String outboxKind, SendPriority priority) {
        if (!schema.kind().equals(outboxKind)) {
            throw new IllegalStateException("the store queues '" + outboxKind + "', the contract names '"
                    + schema.kind() + "'");
        }
        this.schema = schema;
        this.priority = priority;
    }

    /** The records among {@code ids} still whole on this workstation (purged ones are left out). */
    protected abstract Collection<T> find(Collection<UUID> ids);

    protected abstract UUID idOf(T record);

    /** The contract record (a {@code contract} record) for {@code record}, in the current schema version. */
    protected abstract Object content(T record);

    @Override
    public final ContentSchema schema() {
        return schema;
    }

    @Override
    public final SendPriority priority() {
        return priority;
    }

    @Override
    public final Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        for (T record : find(ids)) {
            out.put(idOf(record), Wire.mapper().valueToTree(content(record)));
        }
        return out;
    }
}
