package pe.macexpress.desk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.ContentSchema;

/**
 * One kind of record the outbox carries to the central (attention, capture, survey, complaint, …).
 * A capability adds a kind by implementing this (most extend {@link StoredKind}) next to its store
 * repository (which queues the record's changes with {@code Outbox.enqueue(tx, name(), id, change)})
 * and registering it in the composition root, with a handler for it in the reference central. The engine needs nothing else.
 */
public interface RecordKind {

    /** The content's fields per schema version and its hash; {@code schema().kind()} is the wire name. */
    ContentSchema schema();

    default String name() {
        return schema().kind();
    }

    SendPriority priority();

    /**
     * The current content (in the schema's current version) of each record among {@code ids} that
     * is still whole on this workstation. A record absent from the answer is not sent (it was purged
     * or deleted) and its entries are set aside as "missing".
     */
    Map<UUID, JsonNode> contents(Collection<UUID> ids);

    /**
     * Queues what this kind held back from the outbox (an anonymous survey waits to leave in a
     * shuffled group, so the queue's order never ties it to the visit it rates). Called before each
     * upload run and each USB bundle; most kinds queue at once and hold nothing.
     */
    default void release(java.time.Instant now) {
    }
}
