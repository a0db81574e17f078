package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.voice.IncidentService;

/**
 * An incident marked serious is sent first at the next sync: attentions queued before it while the
 * central was unreachable, then the link comes back and the first upload batch carries the
 * incident before any attention. Real sync to the sandbox central on loopback.
 */
class IncidentSyncTest {
    @TempDir
    Path dir;
    SyncRig rig;
    /** The /records bodies as they crossed the wire (inflated), in order. */
    final List<JsonNode> uploads = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private OkHttpClient recording() {
        return SyncRig.HTTP.newBuilder().addNetworkInterceptor(chain -> {
            Request request = chain.request();
            if (request.url().encodedPath().endsWith("/records") && request.body() != null) {
                Buffer buffer = new Buffer();
                request.body().writeTo(buffer);
                try (InputStream in = new GZIPInputStream(buffer.inputStream())) {
                    uploads.add(Wire.mapper().readTree(in));
                }
            }
            return chain.proceed(request);
        }).build();
    }

    private SyncEngine engine(String baseUrl, SyncConfig config) {
        Central at = new Central(baseUrl, rig.token, rig.central.catalogKey());
        return new SyncEngine(rig.db, DeskContext.recordKinds(rig.db), new CentralClient(recording(), at, config),
                config, rig.clock);
    }

    private static String deadUrl() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + s.getLocalPort();
        }
    }

    @Test
    void aSeriousIncidentQueuedAfterAttentionsOfflineLeavesFirstWhenTheLinkComesBack() throws Exception {
        rig.save(1, 25);
        IncidentService incidents = new IncidentService(rig.db.incidents(), rig.clock, () -> { });
        Incident theft = incidents.register(IncidentType.THEFT, IncidentSeverity.GRAVE, rig.clock.instant(),
                "Robo de la laptop de respaldo", "Denuncia en la comisaría", "ADV-DEMO-1", "PT-1");
        rig.save(100, 5);
        assertTrue(rig.count("SELECT min(id) FROM outbox WHERE kind = 'attention'")
                < rig.count("SELECT id FROM outbox WHERE kind = 'incident'"), "attentions were queued before it");

        SyncConfig config = SyncRig.fastConfig().withBatch(10).withBackoff(1, java.time.Duration.ofMillis(1),
                java.time.Duration.ofMillis(1));
        SyncResult offline = engine(deadUrl(), config).run(p -> { });
        assertEquals(SyncOutcome.UNREACHABLE, offline.outcome());
        assertEquals(31, rig.count("SELECT count(*) FROM outbox WHERE state = 'pending'"), "nothing left while offline");
        assertEquals(0, rig.central.central().countsByKind().getOrDefault(Admin.Stats.INCIDENT, 0L));
        uploads.clear();

        SyncResult online = engine(rig.central.baseUrl(), config).run(p -> { });
        assertEquals(SyncOutcome.DRAINED, online.outcome());
        assertTrue(uploads.size() >= 4, "31 records in batches of 10: " + uploads.size());
        JsonNode first = uploads.get(0).get("r");
        assertEquals(10, first.size());
        assertEquals(Admin.Stats.INCIDENT, first.get(0).get("k").asText(), "the incident leads the first batch");
        assertEquals(theft.id().toString(), first.get(0).get("i").asText());
        for (int i = 1; i < first.size(); i++) {
            assertEquals("attention", first.get(i).get("k").asText());
        }
        assertEquals(1L, rig.central.central().countsByKind().get(Admin.Stats.INCIDENT));
        assertEquals(30L, rig.central.central().countsByKind().get("attention"));
        try (okhttp3.Response stats = SyncRig.HTTP.newCall(new Request.Builder()
                .url(rig.central.baseUrl() + "/api/v1/admin/stats")
                .header("Authorization", "Bearer " + rig.central.adminToken()).get().build()).execute()) {
            assertEquals(1, Wire.read(stats.body().bytes(), Admin.Stats.class).incidents(), "GET /admin/stats counts it");
        }
        assertEquals(0, rig.count("SELECT count(*) FROM outbox WHERE state <> 'acknowledged'"));
    }

    @Test
    void registeringASeriousIncidentOnlineSyncsAtOnceAndItsNotificationFollowsAsARevision() throws Exception {
        SyncConfig config = SyncRig.fastConfig();
        try (SyncService sync = new SyncService(engine(rig.central.baseUrl(), config), rig.db, config, rig.clock)) {
            IncidentService incidents = new IncidentService(rig.db.incidents(), rig.clock, sync::syncNow);
            Incident breach = incidents.register(IncidentType.DATA_BREACH, IncidentSeverity.MODERADA,
                    rig.clock.instant().minusSeconds(3600), "Se perdió una memoria USB", "", "ADV-DEMO-1", "PT-1");
            sync.syncNow().get(20, TimeUnit.SECONDS);
            assertEquals(1L, rig.central.central().countsByKind().get(Admin.Stats.INCIDENT),
                    "sent by the sync the registration asked for");

            assertTrue(incidents.close(breach, rig.clock.instant().minusSeconds(60), "ANPD-2026-0042", "ADV-DEMO-2"));
            sync.syncNow().get(20, TimeUnit.SECONDS);
            assertEquals(0, rig.count("SELECT count(*) FROM outbox WHERE state <> 'acknowledged'"),
                    "the notification's revision was accepted");
            JsonNode last = uploads.get(uploads.size() - 1).get("r").get(0);
            assertEquals(1, last.get("v").asInt(), "revision 1");
            assertEquals("ANPD-2026-0042", last.get("a").get("nr").asText());
            assertEquals(1L, rig.central.central().countsByKind().get(Admin.Stats.INCIDENT), "one record, revised");
        }
    }
}
