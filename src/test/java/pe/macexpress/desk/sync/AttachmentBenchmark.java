package pe.macexpress.desk.sync;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.contract.AttachmentStatus;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.SampleDocuments;
import pe.macexpress.desk.testing.SyncSamples;
import pe.macexpress.desk.testing.ThrottledLink;

/**
 * Documents benchmark, run by hand (surefire excludes *Benchmark; see README): N captures (default
 * 300), each an attention record and one document of 150 KB, drained by the sync engine through
 * an emulated satellite link — 256 kbit/s each way, 600 ms RTT, a dropped connection every 300 KB
 * — then, on the same central and a fresh link, the naive baseline: one PUT per whole file, started
 * over from byte 0 after every drop (measured on a sample, extrapolated). The ideal is the document
 * bytes divided by the link's rate; "document bytes sent" are the body bytes the central read
 * (whole chunks or not), so every byte a drop wasted counts. At full size the run takes about 30 min.
 * Args: [captures] [document KB] [baseline sample] [drop every N bytes] [workers] [request KB] [chunk KB].
 */
public final class AttachmentBenchmark {
    private static final long BITS = 256_000;
    private static final long RTT_MS = 600;
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    private AttachmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int size = (args.length > 1 ? Integer.parseInt(args[1]) : 150) * 1024;
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long dropEvery = args.length > 3 ? Long.parseLong(args[3]) : 300_000;
        AttachmentUploader.Settings d = AttachmentUploader.Settings.defaults();
        AttachmentUploader.Settings settings = new AttachmentUploader.Settings(
                args.length > 6 ? Integer.parseInt(args[6]) * 1024 : d.chunkBytes(),
                args.length > 5 ? Integer.parseInt(args[5]) * 1024 : d.requestBytes(),
                args.length > 4 ? Integer.parseInt(args[4]) : d.workers());
        double rate = BITS / 8.0;
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "attachment-benchmark-");
        System.out.printf("AttachmentBenchmark  %s  java %s  link %d kbit/s each way, RTT %d ms, drop every %d KB%n",
                Instant.now(), System.getProperty("java.version"), BITS / 1000, RTT_MS, dropEvery / 1000);
        System.out.printf("  %d captures, one document of %d KB each; uploader: %d workers, requests of %d KB,"
                + " chunks of %d KB%n", n, size / 1024, settings.workers(), settings.requestBytes() / 1024,
                settings.chunkBytes() / 1024);
        try (SandboxServer central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null);
             Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            String token = central.central().enroll(central.central().issueCode(), "WS-BENCH").orElseThrow();
            for (int i = 0; i < n; i++) {
                db.attentions().save(SyncSamples.of(i + 1));
                SampleDocuments.add(db, size, i);
            }
            long documentBytes = (long) n * size;
            double ideal = documentBytes / rate;
            double seconds;
            long received;
            try (ThrottledLink link = new ThrottledLink(central.port(), BITS, RTT_MS, dropEvery)) {
                SyncConfig config = SyncConfig.defaults();
                SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
                        new CentralClient(new OkHttpClient(), new Central(link.baseUrl(), token), config), config,
                        Clock.systemUTC(), settings);
                long t0 = System.nanoTime();
                AtomicLong recordsDone = new AtomicLong();
                SyncResult r = engine.run(p -> {
                    if (p.documentBytesSent() > 0) {
                        recordsDone.compareAndSet(0, System.nanoTime());
                    }
                });
                seconds = (System.nanoTime() - t0) / 1e9;
                received = central.centralApi().attachmentBytesReceived();
                long[] totals = central.central().attachmentTotals();
                System.out.printf("chunked, resumable (%s): %d documents accepted (%d bytes), %d attentions stored;"
                        + " outcome %s%n", "this desk", totals[0], totals[1], central.central().attentions(),
                        r.outcome());
                System.out.printf("  records first: the first document byte was acknowledged %.1f s after the start%n",
                        recordsDone.get() == 0 ? -1 : (recordsDone.get() - t0) / 1e9);
                System.out.printf("  link: %d drops, %d connections; up %d bytes, down %d bytes (headers included)%n",
                        link.drops.get(), link.connections.get(), link.upBytes(), link.downBytes());
                System.out.printf("  drain time %.1f s; ideal (document bytes ÷ rate) %.1f s; ratio %.3f (target ≤ 1.15)%n",
                        seconds, ideal, seconds / ideal);
                System.out.printf("  document bytes sent %d for %d; ratio %.3f (target ≤ 1.05)%n", received,
                        documentBytes, (double) received / documentBytes);
                System.out.printf("  all bytes up (records, documents, headers) ÷ rate: %.1f s%n", link.upBytes() / rate);
            }
            if (sample <= 0) {
                return;
            }
            List<Attachment> baseline = new ArrayList<>();
            for (int i = 0; i < sample; i++) {
                baseline.add(SampleDocuments.add(db, size, i));
            }
            try (ThrottledLink link = new ThrottledLink(central.port(), BITS, RTT_MS, dropEvery)) {
                OkHttpClient http = new OkHttpClient.Builder().retryOnConnectionFailure(false)
                        .readTimeout(Duration.ofSeconds(120)).build();
                long before = central.centralApi().attachmentBytesReceived();
                long t0 = System.nanoTime();
                int requests = 0;
                for (Attachment a : baseline) {
                    requests += wholeFile(http, link.baseUrl(), token, db.attachmentsFolder().resolve(a.file()), a);
                }
                double bs = (System.nanoTime() - t0) / 1e9;
                long bReceived = central.centralApi().attachmentBytesReceived() - before;
                long bBytes = (long) sample * size;
                System.out.printf("baseline, whole-file resend (measured on %d documents): %d requests, %d drops%n",
                        sample, requests, link.drops.get());
                System.out.printf("  drain time %.1f s; ideal %.1f s; ratio %.3f; extrapolated to %d: %.0f s"
                        + " (this desk: %.0f s)%n", bs, bBytes / rate, bs / (bBytes / rate), n, bs * n / sample, seconds);
                System.out.printf("  document bytes sent %d for %d; ratio %.3f (this desk: %.3f)%n", bReceived, bBytes,
                        (double) bReceived / bBytes, (double) received / documentBytes);
            }
        }
    }

    /** The naive client: PUT the whole file from byte 0 until one try gets through; returns the tries. */
    private static int wholeFile(OkHttpClient http, String base, String token, Path file, Attachment a)
            throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        int chunk = (int) Math.min(AttachmentStatus.MAX_CHUNK, bytes.length);
        for (int tries = 1; ; tries++) {
            try (Response r = http.newCall(new Request.Builder().url(base + "/api/v1/attachments/" + a.id())
                    .header("Authorization", "Bearer " + token)
                    .header(AttachmentStatus.OFFSET_HEADER, "0")
                    .header(AttachmentStatus.LENGTH_HEADER, Long.toString(bytes.length))
                    .header(AttachmentStatus.SHA256_HEADER, a.sha256())
                    .header(AttachmentStatus.CHUNK_HEADER, Integer.toString(chunk))
                    .put(RequestBody.create(bytes, OCTETS)).build()).execute()) {
                if (r.code() == 200 && Wire.read(r.body().bytes(), AttachmentStatus.class).accepted()) {
                    return tries;
                }
            } catch (java.io.IOException e) {
                // dropped: start over
            }
        }
    }
}
