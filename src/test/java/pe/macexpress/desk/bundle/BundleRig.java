package pe.macexpress.desk.bundle;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.catalog.CatalogService;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.CentralClient;
import pe.macexpress.desk.sync.SyncConfig;
import pe.macexpress.desk.sync.SyncEngine;
import pe.macexpress.desk.testing.SyncSamples;

/** A desk database, the reference central on loopback, the desk's bundles and a way to POST a file. */
final class BundleRig implements AutoCloseable {
    static final String WORKSTATION = "PIAS-NAPO-01";
    static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .readTimeout(java.time.Duration.ofMinutes(2)).build();

    final Path dir;
    final SandboxServer central;
    final Store db;
    final Central pinned;
    final Bundles bundles;
    final Clock clock = Clock.systemUTC();

    BundleRig(Path dir) throws IOException {
        this.dir = dir;
        this.central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null);
        this.db = Store.open(dir.resolve("desk.db"), clock);
        String token = central.central().enroll(central.central().issueCode(), WORKSTATION).orElseThrow();
        this.pinned = new Central(central.baseUrl(), token, central.catalogKey());
        pinned.pinBundleKey(central.bundleKey());
        this.bundles = new Bundles(db, DeskContext.recordKinds(db), () -> new Bundles.Identity(WORKSTATION,
                pinned.token(), pinned.bundleKey()), new CatalogService(db, pinned::catalogKey, clock).sink(), clock);
        bundles.changesTo(new pe.macexpress.desk.cases.ChangeProcessor(db, clock)); // as DeskContext.bundles wires it
    }

    void save(long from, int n) {
        for (long s = from; s < from + n; s++) {
            db.attentions().save(SyncSamples.of(s));
        }
    }

    /** The central's answer to a file: its status, and the body written to {@code answer}. */
    record Posted(int status, String error, Path answer) {
    }

    Posted post(Path bundle, Path answer) throws IOException {
        Request r = new Request.Builder().url(central.baseUrl() + "/api/v1/bundles")
                .post(RequestBody.create(bundle.toFile(), MediaType.get("application/octet-stream"))).build();
        try (Response res = HTTP.newCall(r).execute()) {
            if (res.code() != 200) {
                return new Posted(res.code(), res.body().string(), null);
            }
            try (var in = res.body().byteStream()) {
                Files.copy(in, answer, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return new Posted(200, null, answer);
        }
    }

    /** The online sync, as the desk wires it. */
    SyncEngine engine() {
        SyncConfig config = SyncConfig.defaults().withTimeouts(java.time.Duration.ofSeconds(5),
                java.time.Duration.ofSeconds(5)).withBackoff(3, java.time.Duration.ofMillis(2),
                java.time.Duration.ofMillis(20));
        return new SyncEngine(db, DeskContext.recordKinds(db), new CentralClient(HTTP, pinned, config), config, clock);
    }

    long count(String sql) {
        return pe.macexpress.desk.store.Sql.number(db, sql);
    }

    @Override
    public void close() {
        db.close();
        central.close();
    }
}
