package pe.macexpress.desk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.UploadRecord;
import pe.macexpress.desk.store.Outbox;
import pe.macexpress.desk.store.OutboxEntry;
import pe.macexpress.desk.store.OutboxSettlement;

/**
 * Turns outbox entries into the records the central receives, the one way both the online upload
 * and the USB bundle send them: each kind reads and serializes its records, with hash, revision
 * and schema version; the entries of a record travel together. Records no kind of this version
 * knows, or no longer whole here, come back as settlements that set them aside.
 */
public final class OutboxRecords {
    private final RecordKinds kinds;
    private final Outbox outbox;

    public OutboxRecords(RecordKinds kinds, Outbox outbox) {
        this.kinds = kinds;
        this.outbox = outbox;
    }

    /** A record of the outbox: its kind and id. */
    public record Key(String kind, UUID id) {
    }

    /**
     * Records in the order of the entries, the entries each one settles, the schema version it
     * goes in, and the settlements of the entries set aside (not among the records).
     */
    public record Encoded(List<Key> keys, List<UploadRecord> records, Map<Key, List<Long>> entries,
                          Map<Key, Integer> schemaVersions, List<OutboxSettlement> setAside) {
    }

    public Encoded encode(List<OutboxEntry> claimed) {
        Map<Key, List<Long>> entries = new LinkedHashMap<>();
        for (OutboxEntry e : claimed) {
            entries.computeIfAbsent(new Key(e.kind(), e.recordId()), k -> new ArrayList<>()).add(e.id());
        }
        List<Key> keys = new ArrayList<>();
        List<UploadRecord> records = new ArrayList<>();
        Map<Key, Integer> versions = new LinkedHashMap<>();
        List<OutboxSettlement> setAside = new ArrayList<>();
        for (var byKind : groupByKind(entries.keySet()).entrySet()) {
            RecordKind kind = kinds.find(byKind.getKey()).orElse(null);
            List<UUID> ids = byKind.getValue();
            if (kind == null) {
                // A kind this version does not send (written by a newer release): never blocks the rest.
                ids.forEach(id -> setAside(entries.get(new Key(byKind.getKey(), id)), RejectReason.UNKNOWN_KIND,
                        setAside));
                continue;
            }
            Map<UUID, JsonNode> contents = kind.contents(ids);
            Map<UUID, Integer> versionCounts = outbox.versionCounts(kind.name(), ids);
            int sv = kind.schema().current();
            for (UUID id : ids) {
                Key key = new Key(kind.name(), id);
                JsonNode content = contents.get(id);
                if (content == null) {
                    setAside(entries.get(key), RejectReason.MISSING_LOCALLY, setAside);
                    continue;
                }
                keys.add(key);
                versions.put(key, sv);
                records.add(new UploadRecord(kind.name(), id.toString(), kind.schema().hash(content, sv),
                        versionCounts.getOrDefault(id, 1) - 1, sv, content));
            }
        }
        entries.keySet().retainAll(keys);
        return new Encoded(keys, records, entries, versions, setAside);
    }

    static void setAside(List<Long> entryIds, RejectReason reason, List<OutboxSettlement> into) {
        entryIds.forEach(id -> into.add(new OutboxSettlement(id, "rejected", reason.code(), 0)));
    }

    /** Record ids per kind, in claim order. */
    private static Map<String, List<UUID>> groupByKind(Iterable<Key> keys) {
        Map<String, List<UUID>> byKind = new LinkedHashMap<>();
        for (Key k : keys) {
            byKind.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(k.id());
        }
        return byKind;
    }
}
