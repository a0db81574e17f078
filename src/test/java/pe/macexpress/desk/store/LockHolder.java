package pe.macexpress.desk.store;

import java.nio.file.Path;

/** Child JVM of {@link StoreInstanceLockTest}: holds a data folder's lock until killed. Arg: folder. */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (InstanceLock lock = InstanceLock.acquire(Path.of(args[0]))) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
