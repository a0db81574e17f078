package pe.macexpress.desk.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file in the backup folder.
 *
 * @param automatic true for the daily backup, false for one taken on demand
 */
public record Backup(Path file, Instant takenAt, long bytes, boolean automatic) {
}
