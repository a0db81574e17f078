package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.central.KindHandler;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.OutboxChange;

/**
 * A record kind is added by writing its content schema, its serializer (a {@link RecordKind}) and
 * its central handler only: this test adds a throw-away "note" kind without touching the engine
 * and shows it is sent before the attentions, acknowledged, and reconciled.
 */
class RecordKindsTest {
    @TempDir
    Path dir;
    private SyncRig rig;

    /** The throw-away kind's content: a text and a time. Kept in memory; a real kind reads its repository. */
    static final ContentSchema NOTE = new ContentSchema("note", List.of(List.of("t", "at")), Set.of("at"));

    static final class NoteKind implements RecordKind {
        final Map<UUID, JsonNode> notes = new ConcurrentHashMap<>();

        @Override
        public ContentSchema schema() {
            return NOTE;
        }

        @Override
        public SendPriority priority() {
            return SendPriority.URGENT;
        }

        @Override
        public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
            Map<UUID, JsonNode> out = new java.util.LinkedHashMap<>();
            ids.forEach(id -> Optional.ofNullable(notes.get(id)).ifPresent(n -> out.put(id, n)));
            return out;
        }
    }

    static final class NoteHandler implements KindHandler {
        @Override
        public ContentSchema schema() {
            return NOTE;
        }

        @Override
        public Optional<RejectReason> validate(JsonNode content, int schemaVersion) {
            return content.path("t").asText("").isBlank() ? Optional.of(RejectReason.INVALID) : Optional.empty();
        }
    }

    private final NoteKind notes = new NoteKind();

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private SyncEngine engine(int batch) {
        SyncConfig config = SyncRig.fastConfig().withBatch(batch);
        return new SyncEngine(rig.db, RecordKinds.of(new AttentionKind(rig.attentions), notes),
                new CentralClient(SyncRig.HTTP, new Central(rig.central.baseUrl(), rig.token), config), config,
                rig.clock);
    }

    private UUID note(String text) {
        UUID id = UUID.randomUUID();
        notes.notes.put(id, Wire.mapper().createObjectNode().put("t", text).put("at", rig.clock.millis()));
        rig.outbox.enqueue("note", id, OutboxChange.CREATED);
        return id;
    }

    @Test
    void aNewKindIsSentFirstAcknowledgedAndReconciledWithoutTouchingTheEngine() throws Exception {
        rig.central.centralApi().accept(new NoteHandler());
        rig.save(1, 5);
        UUID first = note("corte de luz 10:40–11:15");
        UUID second = note("se cayó el enlace satelital");

        List<List<String>> centralAfterFirstBatch = new ArrayList<>();
        SyncResult r = engine(2).run(p -> {
            if (p.recordsSent() == 2 && centralAfterFirstBatch.isEmpty()) {
                centralAfterFirstBatch.addAll(rig.central.central().records());
            }
        });
        assertEquals(SyncOutcome.DRAINED, r.outcome(), r.summaryLine());
        assertEquals(7, r.accepted());
        assertEquals(List.of("note", "note"), centralAfterFirstBatch.stream().map(x -> x.get(0)).toList(),
                "the urgent kind went in the first batch, before 5 older attentions");
        assertEquals(Map.of("attention", 5L, "note", 2L), rig.central.central().countsByKind());
        assertEquals(NOTE.hash(notes.notes.get(first), 1), rig.central.central().all().get(first.toString()));

        rig.central.central().forgetAll(); // restored from an old backup
        assertEquals(7, engine(2).reconcile(), "both kinds are compared and queued again");
        assertEquals(SyncOutcome.DRAINED, engine(2).run(null).outcome());
        assertEquals(Map.of("attention", 5L, "note", 2L), rig.central.central().countsByKind());
        assertTrue(rig.central.central().all().containsKey(second.toString()));
    }

    @Test
    void aKindTheCentralDoesNotKnowIsSetAsideWithoutBlockingTheRest() {
        rig.save(1, 3);
        note("la central todavía no sabe de notas");
        SyncResult r = engine(200).run(null);
        assertEquals(SyncOutcome.REMAINING, r.outcome(), r.summaryLine());
        assertEquals(3, r.accepted());
        assertEquals(1, r.rejected());
        try (SyncService service = new SyncService(engine(200), rig.db, SyncRig.fastConfig(), rig.clock)) {
            assertEquals(List.of(RejectReason.UNKNOWN_KIND),
                    service.quarantined().stream().map(QuarantinedRecord::reason).toList());
            assertEquals("note", service.quarantined().get(0).kind());
        }
    }

    @Test
    void aKindThisDeskDoesNotSendIsSetAsideLocally() {
        rig.save(1, 2);
        rig.outbox.enqueue("written-by-a-newer-release", UUID.randomUUID(), OutboxChange.CREATED);
        SyncResult r = rig.engine().run(null);
        assertEquals(2, r.accepted());
        assertEquals(1, r.rejected());
        assertEquals(2, rig.central.central().stat("uploads"), "the unknown record never left the desk");
        assertEquals("kind", rig.outbox.quarantined().get(0).reason());
    }
}
