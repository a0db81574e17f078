package pe.macexpress.desk.sync;

import pe.macexpress.desk.testing.SyncSamples;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.Outbox;
import pe.macexpress.desk.store.SettingStore;

/** A client database in a folder, the sandbox central on loopback, and engines between them. */
final class SyncRig implements AutoCloseable {
    static final String WORKSTATION = "WS-TEST-01";
    static final OkHttpClient HTTP = new OkHttpClient();

    final Path dir;
    final SandboxServer central;
    final Clock clock = Clock.systemUTC();
    Store db;
    AttentionStore attentions;
    Outbox outbox;
    SettingStore settings;
    final String token;

    SyncRig(Path dir) throws Exception {
        this.dir = dir;
        this.central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null);
        this.token = central.central().enroll(central.central().issueCode(), WORKSTATION).orElseThrow();
        open();
    }

    /** Opens (again) the client database, as the application does at start. */
    void open() {
        db = Store.open(dir.resolve("desk.db"), clock);
        attentions = db.attentions();
        outbox = db.outbox();
        settings = db.settings();
        outbox.resetInFlight();
    }

    void reopen() {
        db.close();
        open();
    }

    void save(long fromSeed, int count) {
        for (long s = fromSeed; s < fromSeed + count; s++) {
            attentions.save(SyncSamples.of(s));
        }
    }

    /** Short timeouts and tiny backoff: tests must not wait like a real link. */
    static SyncConfig fastConfig() {
        return SyncConfig.defaults().withTimeouts(Duration.ofMillis(1000), Duration.ofMillis(1000))
                .withBackoff(40, Duration.ofMillis(2), Duration.ofMillis(20));
    }

    /**
     * An engine as the desk wires it: catalogues go to a catalogue service that checks the central's
     * signature, pulled changes to the cases.
     */
    SyncEngine engine(String baseUrl, SyncConfig config) {
        Central at = new Central(baseUrl, token, central.catalogKey());
        SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db), new CentralClient(HTTP, at, config),
                config, clock);
        engine.catalogTo(new pe.macexpress.desk.catalog.CatalogService(db, at::catalogKey, clock).sink());
        engine.changesTo(new pe.macexpress.desk.cases.ChangeProcessor(db, clock));
        return engine;
    }

    SyncEngine engine() {
        return engine(central.baseUrl(), fastConfig());
    }

    /** Every attention of the client, id → hash of its current content. */
    Map<String, String> clientRecords() {
        Map<String, String> m = new TreeMap<>();
        for (Attention a : attentions.recent(Integer.MAX_VALUE)) {
            m.put(a.id().toString(), AttentionKind.hash(a));
        }
        return m;
    }

    long count(String sql) {
        return Sql.number(db, sql);
    }

    /** The central holds exactly the client's attentions (id and hash): none lost, none twice, none in flight. */
    void assertConsistent() {
        assertEquals(clientRecords(), new TreeMap<>(central.central().all()), "central vs client (id → hash)");
        assertEquals(central.central().attentions(), count("SELECT count(*) FROM attention"));
        assertEquals(0, count("SELECT count(*) FROM outbox WHERE state = 'sending'"), "left 'sending'");
        assertEquals(0, count("SELECT count(*) FROM outbox WHERE state = 'pending'"), "left 'pending'");
    }

    @Override
    public void close() {
        db.close();
        central.close();
    }
}
