package pe.macexpress.desk.sync;

import java.nio.file.Path;
import java.time.Clock;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.InstanceLock;

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
             Store db = Store.open(file, Clock.systemUTC())) {
            db.outbox().resetInFlight();
            SyncConfig config = SyncRig.fastConfig().withBatch(SyncCrashTest.BATCH);
            SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
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
