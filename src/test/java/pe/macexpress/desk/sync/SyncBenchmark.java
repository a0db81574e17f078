package pe.macexpress.desk.sync;

import pe.macexpress.desk.testing.ThrottledLink;
import pe.macexpress.desk.testing.SyncSamples;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import java.util.List;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.contract.AttentionContent;
import pe.macexpress.desk.contract.UploadBatch;
import pe.macexpress.desk.contract.UploadRecord;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Store;

/**
 * Sync benchmark, run by hand (surefire excludes *Benchmark; see README): drains N attentions
 * (default 5,000) through an emulated satellite link — 256 kbit/s each way, 600 ms RTT, a dropped
 * connection every 300 KB — with the batch engine, then a one-request-per-record baseline against
 * the same central (on a sample, extrapolated: at 600 ms per record it would take an hour).
 * Bytes are counted by the link itself (both directions, HTTP headers included).
 * Args: [attentions] [baseline sample] [drop every N bytes].
 */
public final class SyncBenchmark {
    private static final long BITS = 256_000;
    private static final long RTT_MS = 600;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        long dropEvery = args.length > 2 ? Long.parseLong(args[2]) : 300_000;
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sync-benchmark-");
        System.out.printf("SyncBenchmark  %s  java %s  link %d kbit/s each way, RTT %d ms, drop every %d KB%n",
                Instant.now(), System.getProperty("java.version"), BITS / 1000, RTT_MS, dropEvery / 1000);
        try (SandboxServer central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null);
             Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            String token = central.central().enroll(central.central().issueCode(), "WS-BENCH").orElseThrow();
            AttentionStore store = db.attentions();
            for (long s = 1; s <= n; s++) {
                store.save(SyncSamples.of(s));
            }
            try (ThrottledLink link = new ThrottledLink(central.port(), BITS, RTT_MS, dropEvery)) {
                SyncConfig config = SyncConfig.defaults();
                OkHttpClient http = new OkHttpClient();
                SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
                        new CentralClient(http, new Central(link.baseUrl(), token), config), config, Clock.systemUTC());
                long t0 = System.nanoTime();
                SyncResult r = engine.run(null);
                double seconds = (System.nanoTime() - t0) / 1e9;
                report("batch", n, r.requests(), link, seconds);
                System.out.println("  " + r.summaryLine() + "  (client's own byte count)");
                System.out.printf("  central: %d attentions stored, %d duplicates answered; outcome %s%n",
                        central.central().attentions(), central.central().stat("duplicates"), r.outcome());
            }
            if (sample <= 0) {
                return;
            }
            try (ThrottledLink link = new ThrottledLink(central.port(), BITS, RTT_MS, dropEvery)) {
                int requests = 0;
                OkHttpClient http = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
                long t0 = System.nanoTime();
                for (long s = 1_000_000; s < 1_000_000 + sample; s++) {
                    requests += baselineSend(http, link.baseUrl(), token, SyncSamples.of(s));
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                report("baseline (1 request/record, measured on " + sample + ")", sample, requests, link, seconds);
                System.out.printf("  baseline extrapolated to %d: %.0f s%n", n, seconds * n / sample);
            }
        }
    }

    /** The naive client: one plain JSON POST per attention, retried until answered. Returns requests made. */
    private static int baselineSend(OkHttpClient http, String base, String token, Attention a) {
        UploadBatch root = new UploadBatch(List.of(new UploadRecord(AttentionContent.KIND, a.id().toString(),
                AttentionKind.hash(a), 0, AttentionContent.SCHEMA.current(), AttentionKind.content(a))));
        int tries = 0;
        while (true) {
            tries++;
            try (Response r = http.newCall(new Request.Builder().url(base + "/api/v1/records")
                    .header("Authorization", "Bearer " + token)
                    .post(RequestBody.create(Wire.json(root),
                            MediaType.get("application/json"))).build()).execute()) {
                if (r.code() == 200) {
                    r.body().bytes();
                    return tries;
                }
            } catch (java.io.IOException e) {
                // retry at once
            }
        }
    }

    private static void report(String what, int n, int requests, ThrottledLink link, double seconds) {
        long bytes = link.upBytes() + link.downBytes();
        double bw = BITS / 8.0;
        int roundTrips = requests + link.connections.get();
        double ideal = link.upBytes() / bw + link.downBytes() / bw + roundTrips * RTT_MS / 1000.0;
        System.out.printf("%s: %d attentions%n", what, n);
        System.out.printf("  requests per 1,000 attentions: %.1f (%d requests, %d connections, %d drops)%n",
                requests * 1000.0 / n, requests, link.connections.get(), link.drops.get());
        System.out.printf("  bytes on the wire per attention: %.0f (up %d, down %d, headers included)%n",
                (double) bytes / n, link.upBytes(), link.downBytes());
        System.out.printf("  drain time: %.1f s; ideal (bytes ÷ bandwidth + round trips × RTT): %.1f s;"
                + " ratio %.2f%n", seconds, ideal, seconds / ideal);
    }
}
