package pe.macexpress.desk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test's child JVM on the test class path, with its stdout going straight to a file. A file, not
 * a pipe read by a thread: every write the child completed before SIGKILL is in the file for sure,
 * while a pipe reader racing the JDK's drain on process exit was seen to lose the last lines under
 * load (the crash test then counted committed-and-printed attentions as unconfirmed).
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ChildJvm start(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        try {
            Path output = Files.createTempFile("child-jvm-", ".out");
            Process p = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return new ChildJvm(p, output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the child has printed {@code count} complete lines; false on timeout or death. */
    boolean awaitLines(int count, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (lines().size() < count) {
            if (System.currentTimeMillis() >= end || !process.isAlive()) {
                return lines().size() >= count;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** SIGKILL on Linux: no shutdown hooks, no finally blocks, no flushing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("child JVM survived SIGKILL");
        }
    }

    /** The lines the child finished printing; a line cut by the kill does not count. */
    List<String> lines() {
        String text;
        try {
            text = Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> complete = new ArrayList<>();
        int start = 0;
        for (int nl; (nl = text.indexOf('\n', start)) >= 0; start = nl + 1) {
            complete.add(text.substring(start, nl).strip());
        }
        return complete;
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        try {
            Files.deleteIfExists(output);
        } catch (IOException e) {
            // A temp file left behind is harmless.
        }
    }
}
