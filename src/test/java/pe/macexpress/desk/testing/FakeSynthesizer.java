package pe.macexpress.desk.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A stand-in for eSpeak NG: a shell script named {@code espeak-ng} (or {@code espeak}) in a folder
 * that tests give as the PATH. Asked {@code --voices}, it lists the voices it was given (and notes
 * each time it was asked); otherwise it writes its arguments and what it read on its standard input
 * to files, then sleeps 30 s in a child process unless killed (or fails, or ends at once, if told).
 */
public final class FakeSynthesizer {
    /** eSpeak NG 1.51's own header and rows for the voices these tests care about. */
    public static final List<String> VOICES = List.of(
            "Pty Language       Age/Gender VoiceName          File                 Other Languages",
            " 5  af              --/M      Afrikaans          gmw/af               ",
            " 5  es              --/M      Spanish_(Spain)    roa/es               ",
            " 5  es-419          --/M      Spanish_(Latin_America) roa/es-419           (es-mx 6)(es 6)",
            " 5  gn              --/M      Guarani            sai/gn               ",
            " 5  qu              --/M      Quechua            qu                   ");

    private static final String SCRIPT = """
            #!/bin/sh
            d="$(dirname "$0")"
            if [ "$1" = "--voices" ]; then
              echo asked >> "$d/voices.asked"
              [ -f "$d/voices.fail" ] && exit 2
              [ -f "$d/voices.hang" ] && sleep 30
              cat "$d/voices.txt"
              exit 0
            fi
            printf '%s\\n' "$@" > "$d/args"
            cat > "$d/said"
            [ -f "$d/fail" ] && exit 3
            if [ -f "$d/quick" ]; then echo $$ > "$d/pid.new"; mv "$d/pid.new" "$d/pid"; exit 0; fi
            sleep 30 &
            echo $! > "$d/child.new"; mv "$d/child.new" "$d/child"
            echo $$ > "$d/pid.new"; mv "$d/pid.new" "$d/pid"
            wait
            """;

    private final Path folder;

    private FakeSynthesizer(Path folder) {
        this.folder = folder;
    }

    /** Installs the fake as {@code name} in {@code folder} (the PATH the tests give), listing {@link #VOICES}. */
    public static FakeSynthesizer install(Path folder, String name) throws IOException {
        Path script = folder.resolve(name);
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        if (!script.toFile().setExecutable(true)) {
            throw new IOException("cannot make the fake synthesizer executable");
        }
        Files.write(folder.resolve("voices.txt"), VOICES, StandardCharsets.UTF_8);
        return new FakeSynthesizer(folder);
    }

    public String path() {
        return folder.toString();
    }

    /** From now on each utterance fails (exit code 3) after reading its words. */
    public void failEachUtterance() throws IOException {
        Files.writeString(folder.resolve("fail"), "");
    }

    /** From now on each utterance ends at once, successfully. */
    public void endEachUtteranceAtOnce() throws IOException {
        Files.writeString(folder.resolve("quick"), "");
    }

    /** From now on {@code --voices} fails. */
    public void failTheVoiceList() throws IOException {
        Files.writeString(folder.resolve("voices.fail"), "");
    }

    /** From now on {@code --voices} hangs (30 s) before answering. */
    public void hangOnTheVoiceList() throws IOException {
        Files.writeString(folder.resolve("voices.hang"), "");
    }

    /** How many times it was asked for its voices. */
    public int voiceListsAsked() throws IOException {
        Path f = folder.resolve("voices.asked");
        return Files.exists(f) ? Files.readAllLines(f).size() : 0;
    }

    /** Waits until an utterance has started (words read, child sleeping); forgets it for the next one. */
    public Started awaitStarted() throws IOException {
        await(() -> Files.exists(folder.resolve("pid")), "the synthesizer to start");
        long pid = Long.parseLong(Files.readString(folder.resolve("pid")).strip());
        Path childFile = folder.resolve("child");
        long child = Files.exists(childFile) ? Long.parseLong(Files.readString(childFile).strip()) : -1;
        Started s = new Started(pid, child, Files.readAllLines(folder.resolve("args"), StandardCharsets.UTF_8),
                Files.readString(folder.resolve("said"), StandardCharsets.UTF_8));
        for (String f : List.of("pid", "child", "args", "said")) {
            Files.deleteIfExists(folder.resolve(f));
        }
        return s;
    }

    /** Whether any utterance was started since the last {@link #awaitStarted}. */
    public boolean anyStarted() {
        return Files.exists(folder.resolve("pid")) || Files.exists(folder.resolve("args"));
    }

    /** One utterance as the fake saw it: its process, its sleeping child, its arguments and its words. */
    public record Started(long pid, long child, List<String> args, String said) {
        public boolean alive() {
            return Set.of(pid, child).stream().anyMatch(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive)
                    .orElse(false));
        }

        /** Waits until neither the process nor its child is alive. */
        public void awaitGone() {
            await(() -> !alive(), "the synthesizer and its child to be gone");
        }
    }

    /** Waits (up to 20 s) for {@code condition}; fails naming {@code what} otherwise. Not a timing assertion. */
    public static void await(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("gave up waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }
}
