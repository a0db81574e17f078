package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreInstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessOnTheSameFolderIsRefusedUntilTheFirstDies() throws Exception {
        try (ChildJvm holder = ChildJvm.start(LockHolder.class, dir.toString())) {
            assertTrue(holder.awaitLines(1, 30_000), "child did not take the lock");
            StoreException e = assertThrows(StoreException.class, () -> InstanceLock.acquire(dir));
            assertEquals(StoreException.Kind.LOCKED, e.kind());
            holder.kill();
        }
        try (InstanceLock lock = InstanceLock.acquire(dir)) {
            // SIGKILL left no stale lock behind.
            assertEquals(StoreException.Kind.LOCKED,
                    assertThrows(StoreException.class, () -> InstanceLock.acquire(dir)).kind(),
                    "a second lock in the same process is refused too");
        }
        InstanceLock.acquire(dir).close();
    }
}
