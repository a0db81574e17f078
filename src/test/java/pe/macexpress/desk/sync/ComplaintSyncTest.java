package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.testing.SampleComplaints;
import pe.macexpress.desk.voice.ComplaintService;

/**
 * Issue 13: complaints leave before anything else. Attentions queued earlier wait behind a complaint
 * filed later: the first batch on the wire starts with it. Its answer then reaches the central as the
 * complaint's next revision.
 */
class ComplaintSyncTest {
    @TempDir
    Path dir;
    SyncRig rig;
    final List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    /** An engine whose uploads are recorded: the kinds of each batch, in order. */
    private SyncEngine recordingEngine(int batchSize) {
        OkHttpClient http = SyncRig.HTTP.newBuilder().addInterceptor(chain -> {
            var request = chain.request();
            if (request.url().encodedPath().endsWith("/records") && request.body() != null) {
                Buffer b = new Buffer();
                request.body().writeTo(b);
                byte[] body = b.readByteArray();
                try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    JsonNode batch = Wire.mapper().readTree(in.readAllBytes());
                    List<String> kinds = new ArrayList<>();
                    batch.get("r").forEach(r -> kinds.add(r.get("k").asText()));
                    batches.add(kinds);
                }
            }
            return chain.proceed(request);
        }).build();
        SyncConfig config = SyncRig.fastConfig().withBatch(batchSize);
        pe.macexpress.desk.sync.Central at = new pe.macexpress.desk.sync.Central(rig.central.baseUrl(), rig.token,
                rig.central.catalogKey());
        return new SyncEngine(rig.db, DeskContext.recordKinds(rig.db), new CentralClient(http, at, config), config,
                rig.clock);
    }

    @Test
    void aComplaintFiledAfterAttentionsLeavesFirstAndItsAnswerFollowsAsARevision() {
        rig.save(1, 5);
        ComplaintService complaints = new ComplaintService(rig.db, rig.clock, () -> 15);
        Complaint c = complaints.file(SampleComplaints.filing("qu"), "TAMBO-DEMO-01");

        assertEquals(SyncOutcome.DRAINED, recordingEngine(2).run(p -> { }).outcome());
        assertTrue(batches.size() >= 3, "five attentions and a complaint in batches of two");
        assertEquals("complaint", batches.get(0).get(0), "the complaint leads the first batch: " + batches);
        assertEquals(List.of("complaint", "attention"), batches.get(0));
        assertEquals(1L, rig.central.central().countsByKind().get("complaint"), "the central accepted it");
        assertEquals(0, rig.count("SELECT count(*) FROM outbox WHERE state <> 'acknowledged'"));

        assertTrue(complaints.answer(c.id(), complaints.today(), Complaint.AnswerVia.EMAIL, "Respondido.", "SUP-1"));
        batches.clear();
        assertEquals(SyncOutcome.DRAINED, recordingEngine(2).run(p -> { }).outcome());
        assertEquals(List.of(List.of("complaint")), batches);
        assertEquals(1L, rig.central.central().countsByKind().get("complaint"), "the same record, a new revision");
        assertTrue(rig.central.central().body(c.id().toString()).orElseThrow().contains("\"ao\""));
        assertTrue(rig.central.central().body(c.id().toString()).orElseThrow().contains("Respondido."),
                "the central holds the answered revision");
        assertEquals(0, rig.count("SELECT count(*) FROM outbox WHERE state <> 'acknowledged'"));
    }
}
