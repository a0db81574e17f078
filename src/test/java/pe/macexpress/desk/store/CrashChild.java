package pe.macexpress.desk.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the crash tests' child JVMs share: args (database file, first seed), the instance lock taken,
 * the store opened, "ready" printed; then the child's own writing, until it is killed.
 */
final class CrashChild {
    /** The child's writing: prints each thing only after it was committed. */
    interface Writing {
        void run(Store db, long seed, PrintStream out);
    }

    private CrashChild() {
    }

    static void run(String[] args, Writing writing) {
        Path file = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (InstanceLock lock = InstanceLock.acquire(file.toAbsolutePath().getParent());
             Store db = Store.open(file, Clock.systemUTC())) {
            out.println("ready");
            out.flush();
            writing.run(db, seed, out);
        }
    }
}
