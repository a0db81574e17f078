package pe.macexpress.desk.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import pe.macexpress.desk.testing.SampleComplaints;

/**
 * Child JVM of {@link ComplaintNumberingCrashTest}: takes the instance lock, then files complaints
 * as fast as it can, printing each number only after {@code file} returned, until it is killed.
 * Args: database file, point id.
 */
public final class ComplaintCrashWriter {
    private ComplaintCrashWriter() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String point = args[1];
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (InstanceLock lock = InstanceLock.acquire(file.toAbsolutePath().getParent());
             Store db = Store.open(file, Clock.systemUTC())) {
            ComplaintStore store = db.complaints();
            out.println("ready");
            out.flush();
            while (true) {
                long seq = store.file(SampleComplaints.filing("es"), point, Clock.systemUTC().instant(),
                        LocalDate.now().plusDays(21), ZoneOffset.UTC).number().sequence();
                out.println(seq);
                out.flush();
            }
        }
    }
}
