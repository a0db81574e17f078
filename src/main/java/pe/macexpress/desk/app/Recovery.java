package pe.macexpress.desk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.Backup;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.StartupCheck;

/**
 * The way out when the database cannot be opened: offer the newest good backup and put it in place,
 * keeping the damaged file aside (never overwritten). Blocking; takes the data folder's lock itself.
 */
public final class Recovery {
    private Recovery() {
    }

    /** The backup to offer, when the database fails its start-up check and a good backup exists. */
    public static Optional<Backup> offer(DeskSettings settings, Clock clock) {
        try (InstanceLock lock = InstanceLock.acquire(settings.dataFolder())) {
            StartupCheck check = StartupCheck.run(settings.databaseFile(), BackupService.of(settings, clock));
            return check.canOpen() ? Optional.empty() : check.newestGood();
        }
    }

    /** Restores {@code backup}; returns where the damaged file was moved, if there was one. */
    public static Optional<Path> restore(DeskSettings settings, Clock clock, Backup backup) {
        try (InstanceLock lock = InstanceLock.acquire(settings.dataFolder())) {
            // Offered at start-up, before anyone signs in: the chain names the recovery itself as the actor.
            return BackupService.of(settings, clock).restore(backup.file(), settings.databaseFile(), "startup:recovery");
        }
    }
}
