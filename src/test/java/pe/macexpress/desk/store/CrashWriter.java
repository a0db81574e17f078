package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child JVM of {@link StoreCrashTest}: takes the instance lock, then saves attentions through
 * {@link AttentionStore} as fast as it can and prints each seed only after {@code save} returned,
 * until it is killed. Args: database file, first seed.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (InstanceLock lock = InstanceLock.acquire(file.toAbsolutePath().getParent());
             Store db = Store.open(file, Clock.systemUTC())) {
            AttentionStore store = db.attentions();
            out.println("ready");
            out.flush();
            while (true) {
                store.save(SampleAttentions.of(seed));
                out.println(seed);
                out.flush();
                seed++;
            }
        }
    }
}
