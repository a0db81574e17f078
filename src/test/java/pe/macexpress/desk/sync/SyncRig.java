package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Database;
import pe.macexpress.desk.store.Outbox;
import pe.macexpress.desk.store.SettingStore;

/** A client database in a folder, the sandbox central on loopback, and engines between them. */
final class SyncRig implements AutoCloseable {
    static final String WORKSTATION = "WS-TEST-01";
    static final OkHttpClient HTTP = new OkHttpClient();

    final Path dir;
    final SandboxServer central;
    final Clock clock = Clock.systemUTC();
    Database db;
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
        db = Database.open(dir.resolve("desk.db"));
        attentions = new AttentionStore(db, clock);
        outbox = new Outbox(db, clock);
        settings = new SettingStore(db);
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

    SyncEngine engine(String baseUrl, SyncConfig config) {
        return new SyncEngine(db, outbox, attentions, new CentralClient(HTTP, new Central(baseUrl, token), config),
                config, clock);
    }

    SyncEngine engine() {
        return engine(central.baseUrl(), fastConfig());
    }

    /** Every attention of the client, id → hash of its current content. */
    Map<String, String> clientRecords() {
        return db.read(c -> {
            Map<String, String> m = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM attention"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Attention a = attentions.find(java.util.UUID.fromString(rs.getString(1))).orElseThrow();
                    m.put(a.id().toString(), AttentionRecords.hash(AttentionRecords.content(a)));
                }
            }
            return m;
        });
    }

    long count(String sql) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
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
