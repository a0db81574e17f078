package pe.macexpress.desk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A background {@code sync} (the scheduled unit) that holds the data folder's {@link InstanceLock}
 * says so in {@code sync-holder}: its process id and start time. The counter application, finding
 * the folder locked, asks it to stop by creating {@code sync-stop}; the sync sees it within a second,
 * cancels its call and releases the lock. A sync that does not answer within the wait is ended by
 * the application (only the process named in the file, and only if it is still the same process:
 * same id and start time). Issue 15: a sync stuck on a server that drips bytes kept the counter
 * application out of its own data folder.
 */
public final class SyncHold implements AutoCloseable {
    static final String HOLDER = "sync-holder";
    static final String STOP = "sync-stop";
    private static final Logger LOG = Logger.getLogger(SyncHold.class.getName());

    private final Path folder;

    private SyncHold(Path folder) {
        this.folder = folder;
    }

    /** Written by a {@code sync} run once it holds the lock; closing it removes both files. */
    public static SyncHold announce(Path folder) {
        ProcessHandle me = ProcessHandle.current();
        String text = me.pid() + "\n" + me.info().startInstant().map(Instant::toString).orElse("") + "\n";
        try {
            Files.deleteIfExists(folder.resolve(STOP));
            Path tmp = folder.resolve(HOLDER + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, folder.resolve(HOLDER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Without the file the application cannot ask; the run's own deadline still ends it.
            LOG.warning("sync-holder not written: " + e.getClass().getSimpleName());
        }
        return new SyncHold(folder);
    }

    /** True once the application asked this run to stop. */
    public boolean stopRequested() {
        return Files.exists(folder.resolve(STOP));
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(folder.resolve(HOLDER));
            Files.deleteIfExists(folder.resolve(STOP));
        } catch (IOException e) {
            LOG.fine("sync hold files left: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Takes the folder over from a background sync: asks it to stop, waits up to {@code wait} for
     * the lock, then ends the sync process itself and waits a little more. Returns the lock, or
     * empty when the folder is held by something other than a sync (the application itself) or
     * could not be freed.
     */
    static Optional<InstanceLock> takeOver(Path folder, Duration wait) {
        Optional<ProcessHandle> holder = holder(folder);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.writeString(folder.resolve(STOP), "stop\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<InstanceLock> lock = waitFor(folder, wait);
        if (lock.isPresent()) {
            return lock;
        }
        ProcessHandle p = holder.get();
        if (p.isAlive() && holder(folder).map(h -> h.pid() == p.pid()).orElse(false)) {
            LOG.warning("a background sync did not stop when asked; ending it");
            p.destroy();
            lock = waitFor(folder, Duration.ofSeconds(5));
            if (lock.isEmpty() && p.isAlive()) {
                p.destroyForcibly();
                lock = waitFor(folder, Duration.ofSeconds(5));
            }
        }
        return lock;
    }

    private static Optional<InstanceLock> waitFor(Path folder, Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return Optional.of(InstanceLock.tryAcquire(folder));
            } catch (StoreException e) {
                if (e.kind() != StoreException.Kind.LOCKED || System.nanoTime() > end) {
                    return Optional.empty();
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /**
     * The live process named in {@code sync-holder}, if it is still the one that wrote it (same
     * start time: a process id reused by another program is never touched).
     */
    static Optional<ProcessHandle> holder(Path folder) {
        try {
            String[] lines = Files.readString(folder.resolve(HOLDER), StandardCharsets.UTF_8).split("\n");
            long pid = Long.parseLong(lines[0].strip());
            String started = lines.length > 1 ? lines[1].strip() : "";
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().startInstant().map(Instant::toString).orElse("").equals(started));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
