package pe.macexpress.desk.speech;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import pe.macexpress.desk.i18n.Localization;

/**
 * The workstation's eSpeak NG ({@code espeak-ng}, else the older {@code espeak}), found on the PATH.
 * Nothing is started until the first {@link #canSpeak} or {@link #say}: then the list of voices is
 * asked once ({@code --voices}), on the speech thread, and kept. Each utterance is one process on
 * that single background thread; a new one stops the old, {@link #stop} kills it (and its children)
 * and returns at once, and {@code onEnd} always runs exactly once.
 *
 * <p>Privacy: the words go to the synthesizer on its standard input, never on its command line,
 * where any user of the PC could read a citizen's name or DNI with {@code ps}; nothing said is
 * logged.
 *
 * <p>Voices: Spanish prefers Latin American Spanish ({@code es-419}); Quechua ({@code qu}) and
 * Guarani ({@code gn}) have their own. eSpeak NG has <b>no Aymara voice</b>: by default Aymara has
 * none (the speaker button is hidden for an Aymara-speaking citizen) rather than a voice that
 * mispronounces; a workstation may map it to the Quechua voice as an approximation with the setting
 * {@code speech.voices=ay=qu} (the two languages share most sounds, but it is not Aymara).
 */
public final class EspeakSpeech implements Speech {
    /** The synthesizers looked for on the PATH, preferred first. */
    static final List<String> PROGRAMS = List.of("espeak-ng", "espeak");
    private static final long VOICE_LIST_WAIT_SECONDS = 10;

    /**
     * @param wordsPerMinute how fast it speaks (eSpeak's default is 175; citizens are read to slower)
     * @param voices         extra voices for languages without their own, as language → eSpeak voice
     *                       ({@code ay → qu}: the Quechua voice reads Aymara, as an approximation)
     */
    public record Options(int wordsPerMinute, Map<String, String> voices) {
        public static final int DEFAULT_RATE = 140;
        public static final Options DEFAULT = new Options(DEFAULT_RATE, Map.of());

        public Options {
            voices = Map.copyOf(voices);
        }

        /** From the settings: {@code speech.rate} and {@code speech.voices} ("ay=qu,xx=es"; blank: none). */
        public static Options of(int wordsPerMinute, String voices) {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            for (String pair : voices == null ? new String[0] : voices.split(",")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            return new Options(wordsPerMinute, m);
        }
    }

    private final Path program;
    private final SpokenText spoken;
    private final Options options;
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Job> current = new AtomicReference<>();
    private volatile boolean broken;
    private ExecutorService worker;
    private CompletableFuture<Set<String>> voices;

    private EspeakSpeech(Path program, SpokenText spoken, Options options) {
        this.program = program;
        this.spoken = spoken;
        this.options = options;
    }

    /**
     * The synthesizer found on {@code pathEnv} (the value of PATH: folders separated by the system's
     * path separator; production passes {@code System.getenv("PATH")}); one that can say nothing if
     * there is none. Starts no process.
     */
    public static EspeakSpeech find(String pathEnv, Localization localization, Options options) {
        return new EspeakSpeech(locate(pathEnv).orElse(null), new SpokenText(localization), options);
    }

    /** The first {@link #PROGRAMS} that is an executable file in one of {@code pathEnv}'s absolute folders. */
    static Optional<Path> locate(String pathEnv) {
        if (pathEnv == null || pathEnv.isBlank()) {
            return Optional.empty();
        }
        for (String name : PROGRAMS) {
            for (String folder : pathEnv.split(File.pathSeparator)) {
                try {
                    Path dir = Path.of(folder);
                    if (folder.isBlank() || !dir.isAbsolute()) {
                        continue; // "." or a relative folder would run whatever sits in the current folder
                    }
                    Path candidate = dir.resolve(name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (RuntimeException e) {
                    // A malformed folder in PATH: skip it.
                }
            }
        }
        return Optional.empty();
    }

    /** Its speed and lent voices, as configured. */
    public Options options() {
        return options;
    }

    /** The synthesizer found, if any. */
    public Optional<Path> program() {
        return Optional.ofNullable(program);
    }

    @Override
    public boolean canSpeak(String languageTag) {
        if (program == null || broken || languageTag == null || failed.contains(languageTag)) {
            return false;
        }
        CompletableFuture<Set<String>> list = voices();
        return list.isDone() && voice(languageTag, list.getNow(Set.of())) != null;
    }

    @Override
    public CompletableFuture<Void> ready() {
        return program == null ? CompletableFuture.completedFuture(null) : voices().thenApply(v -> null);
    }

    /**
     * The eSpeak voice for {@code languageTag}, waiting for the voice list (at most a few seconds):
     * for the command line ({@code doctor}), never from the FX thread.
     */
    public Optional<String> voiceFor(String languageTag) {
        if (program == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(voice(languageTag, voices().get(VOICE_LIST_WAIT_SECONDS + 1, TimeUnit.SECONDS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return Optional.empty();
        }
    }

    @Override
    public void say(String languageTag, Utterance what, Runnable onEnd) {
        Job job = new Job(languageTag, what, onEnd);
        Job old = current.getAndSet(job);
        if (old != null) {
            old.cancel();
        }
        if (program == null || broken) {
            job.finish();
            return;
        }
        voices(); // queued before the job on the same thread, so the job finds the list
        worker().execute(job);
    }

    @Override
    public void stop() {
        Job job = current.getAndSet(null);
        if (job != null) {
            job.cancel();
        }
    }

    /** The voice list, asked once on the speech thread (started by the first call). */
    private synchronized CompletableFuture<Set<String>> voices() {
        if (voices == null) {
            voices = CompletableFuture.supplyAsync(this::askVoices, worker());
        }
        return voices;
    }

    private synchronized ExecutorService worker() {
        if (worker == null) {
            // One thread, so utterances never overlap; it ends after a minute idle (a counter is quiet most of the day).
            java.util.concurrent.ThreadPoolExecutor one = new java.util.concurrent.ThreadPoolExecutor(1, 1, 60,
                    TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                        Thread t = new Thread(r, "speech");
                        t.setDaemon(true);
                        return t;
                    });
            one.allowCoreThreadTimeOut(true);
            worker = one;
        }
        return worker;
    }

    /** The languages of the installed voices ({@code --voices}: a header, then "Pty Language …" rows). */
    private Set<String> askVoices() {
        Process p = null;
        Path list = null;
        try {
            // Into a file, not a pipe: a synthesizer that hangs must not hold this thread past the wait.
            list = Files.createTempFile("espeak-voices", ".txt");
            p = new ProcessBuilder(program.toString(), "--voices").redirectOutput(list.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(VOICE_LIST_WAIT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
                broken = true;
                return Set.of();
            }
            return parseVoices(Files.readAllLines(list, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            broken = true;
            return Set.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        } finally {
            if (p != null && p.isAlive()) {
                kill(p);
            }
            if (list != null) {
                try {
                    Files.deleteIfExists(list);
                } catch (IOException e) {
                    // A temporary file left behind holds only the names of voices.
                }
            }
        }
    }

    static Set<String> parseVoices(List<String> lines) {
        Set<String> languages = new LinkedHashSet<>();
        for (String line : lines) {
            String[] cols = line.strip().split("\\s+");
            if (cols.length >= 2 && cols[0].matches("\\d+")) {
                languages.add(cols[1]);
            }
        }
        return languages;
    }

    /**
     * The voice for {@code tag} among {@code installed}: the workstation's mapping first (e.g.
     * ay → qu), Spanish as spoken in Latin America where installed, else the language's own voice or
     * a regional one ("gn", "qu", "es"). Aymara has no eSpeak NG voice: none unless mapped.
     */
    String voice(String tag, Set<String> installed) {
        String mapped = options.voices().get(tag);
        if (mapped != null) {
            return installed.contains(mapped) ? mapped : null;
        }
        if (tag.equals("es") && installed.contains("es-419")) {
            return "es-419";
        }
        if (installed.contains(tag)) {
            return tag;
        }
        return installed.stream().filter(v -> v.startsWith(tag + "-")).findFirst().orElse(null);
    }

    private static void kill(Process p) {
        // Children first: once the parent is gone they are no longer its descendants.
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** One utterance: queued, then one synthesizer process, then onEnd (once, whatever happened). */
    private final class Job implements Runnable {
        private final String tag;
        private final Utterance what;
        private final Runnable onEnd;
        private final AtomicBoolean ended = new AtomicBoolean();
        private boolean cancelled;
        private Process process;

        Job(String tag, Utterance what, Runnable onEnd) {
            this.tag = tag;
            this.what = what;
            this.onEnd = onEnd;
        }

        @Override
        public void run() {
            try {
                speak();
            } finally {
                current.compareAndSet(this, null);
                finish();
            }
        }

        private void speak() {
            // The list was queued before this job on the same thread: it is known by now.
            String voice = tag == null ? null : voice(tag, voices().exceptionally(e -> Set.of()).join());
            if (voice == null || failed.contains(tag)) {
                return;
            }
            String words = spoken.words(tag, what);
            if (words.isBlank()) {
                return;
            }
            Process p;
            synchronized (this) {
                if (cancelled) {
                    return;
                }
                try {
                    p = new ProcessBuilder(program.toString(), "-v", voice, "-s",
                            Integer.toString(options.wordsPerMinute()), "-b", "1", "--stdin")
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
                } catch (IOException e) {
                    broken = true; // the synthesizer went away or cannot run: nothing more is tried
                    return;
                }
                process = p;
            }
            try (OutputStream in = p.getOutputStream()) {
                in.write(words.getBytes(StandardCharsets.UTF_8));
                in.write('\n');
            } catch (IOException e) {
                // Stopped (or died) before reading everything: its exit code tells which.
            }
            try {
                int code = p.waitFor();
                if (code != 0 && !isCancelled()) {
                    failed.add(tag); // this voice does not work here: its button hides from now on
                }
            } catch (InterruptedException e) {
                kill(p);
                Thread.currentThread().interrupt();
            }
        }

        void cancel() {
            boolean started;
            synchronized (this) {
                cancelled = true;
                started = process != null;
                if (started && process.isAlive()) {
                    kill(process);
                }
            }
            if (!started) {
                finish(); // still waiting its turn: ended now (it will not start)
            }
        }

        private synchronized boolean isCancelled() {
            return cancelled;
        }

        void finish() {
            if (ended.compareAndSet(false, true)) {
                try {
                    onEnd.run();
                } catch (RuntimeException e) {
                    // The caller's own failure must not stop the speech thread.
                }
            }
        }
    }
}
