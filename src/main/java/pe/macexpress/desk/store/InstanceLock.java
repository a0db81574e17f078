package pe.macexpress.desk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One application per data folder. An OS file lock, so it is released by the OS even when the
 * process is killed: no stale lock file blocks the next start after a power cut.
 */
public final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws StoreException LOCKED if another instance holds the folder, READ_ONLY if it cannot be written */
    public static InstanceLock acquire(Path folder) {
        return tryAcquire(folder);
    }

    /**
     * Like {@link #acquire}, but when a background {@code sync} holds the folder it is asked to stop
     * (and ended if it does not within {@code wait}): the counter application always gets in
     * (issue 15). Another application window holding the folder is still refused (LOCKED).
     */
    public static InstanceLock acquireTakingOverSync(Path folder, java.time.Duration wait) {
        try {
            return tryAcquire(folder);
        } catch (StoreException e) {
            if (e.kind() != StoreException.Kind.LOCKED) {
                throw e;
            }
            return SyncHold.takeOver(folder, wait).orElseThrow(() -> e);
        }
    }

    static InstanceLock tryAcquire(Path folder) {
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve("instance.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreException(StoreException.Kind.LOCKED, "another instance uses " + folder, null);
            }
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.LOCKED, "this process already uses " + folder, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException(StoreException.Kind.READ_ONLY, "cannot write in " + folder, e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing; the caller reports the first error.
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // The OS drops the lock with the process anyway.
        }
    }
}
