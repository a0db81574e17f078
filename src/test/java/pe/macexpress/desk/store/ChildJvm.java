package pe.macexpress.desk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A test's child JVM on the test class path; collects the stdout lines that were completed. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        try {
            return new ChildJvm(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void read() {
        StringBuilder line = new StringBuilder();
        try (InputStream in = process.getInputStream()) {
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) >= 0; ) {
                line.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                int nl;
                while ((nl = line.indexOf("\n")) >= 0) {
                    // Only lines the child finished printing count; a line cut by the kill does not.
                    synchronized (lines) {
                        lines.add(line.substring(0, nl).strip());
                        lines.notifyAll();
                    }
                    line.delete(0, nl + 1);
                }
            }
        } catch (IOException e) {
            // The child died: what was read so far is what it said.
        }
    }

    /** Waits until the child has printed {@code count} complete lines; false on timeout or death. */
    boolean awaitLines(int count, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        synchronized (lines) {
            while (lines.size() < count) {
                long left = end - System.currentTimeMillis();
                if (left <= 0 || !process.isAlive()) {
                    return lines.size() >= count;
                }
                lines.wait(Math.min(left, 50));
            }
            return true;
        }
    }

    /** SIGKILL on Linux: no shutdown hooks, no finally blocks, no flushing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child JVM survived SIGKILL");
        }
        // Every line the child completed must be read before anyone looks at lines(); on a loaded
        // machine this can take a while, and a short timeout would under-count confirmations.
        reader.join(60_000);
        if (reader.isAlive()) {
            throw new IllegalStateException("child's output not drained after 60 s");
        }
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
