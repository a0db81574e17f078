package pe.macexpress.desk.sync;

import java.nio.file.Path;
import java.time.Clock;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Database;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.Outbox;

/**
 * Child JVM of {@link SyncCrashTest}: opens the client database as the application does (lock,
 * reset of in-flight entries) and syncs in small batches, printing a line per batch, until killed.
 * Args: database file, central URL, token.
 */
public final class SyncCrashClient {
    private SyncCrashClient() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        try (InstanceLock lock = InstanceLock.acquire(file.toAbsolutePath().getParent());
             Database db = Database.open(file)) {
            Outbox outbox = new Outbox(db, Clock.systemUTC());
            outbox.resetInFlight();
            SyncConfig config = SyncRig.fastConfig().withBatch(SyncCrashTest.BATCH);
            SyncEngine engine = new SyncEngine(db, outbox, new AttentionStore(db, Clock.systemUTC()),
                    new CentralClient(new OkHttpClient(), new Central(args[1], args[2]), config), config, Clock.systemUTC());
            System.out.println("ready");
            System.out.flush();
            SyncResult r = engine.run(p -> {
                System.out.println("batch " + p.recordsSent());
                System.out.flush();
            });
            System.out.println("done " + r.summaryLine());
            System.out.flush();
        }
        System.exit(0);
    }
}
