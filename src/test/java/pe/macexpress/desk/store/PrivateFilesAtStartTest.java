package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.testing.SampleAttentions;

/**
 * Issue 15, finding "At rest: the database, backups and aside copies are 0644 in 0755 folders;
 * another OS user read names, DNIs…": whatever the modes were left at (an older version, a copy, a
 * hand-made restore), the start path makes the data folder and its subfolders 0700 and the files
 * that hold personal data 0600.
 */
class PrivateFilesAtStartTest {
    @TempDir
    Path dir;

    @Test
    void looseModesLeftBehindAreTightenedAtTheNextStart() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path data = dir.resolve("data");
        Path db = data.resolve("desk.db");
        try (Store store = Store.open(db, Clock.systemUTC())) {
            store.attentions().save(SampleAttentions.of(1));
            new BackupService(data.resolve("backups"), 3, Clock.systemUTC()).backupNow(store);
            Files.createDirectories(store.attachmentsFolder());
            Files.write(store.attachmentsFolder().resolve("doc.jpg"), store.documents().seal(new byte[] {1, 2, 3}));
        }
        Files.copy(db, data.resolve("desk-aside-20261202-101500.db"));
        Files.createDirectories(data.resolve("logs"));
        Files.writeString(data.resolve("logs").resolve("desk.log"), "log");
        Files.createDirectories(data.resolve("exports"));
        Files.writeString(data.resolve("exports").resolve("atenciones.csv"), "export");
        // The finding: everything readable by others, as an older version or a copy left it.
        loosen(data);
        assertEquals("rwxr-xr-x", mode(data));
        assertEquals("rw-r--r--", mode(db));

        try (Store store = Store.open(db, Clock.systemUTC())) {
            store.attentions().save(SampleAttentions.of(2)); // the -wal and -shm exist now
            Map<String, String> modes = modes(data);
            Map<String, String> expected = new TreeMap<>();
            modes.forEach((name, mode) -> expected.put(name, Files.isDirectory(data.resolve(name)) ? "rwx------" : "rw-------"));
            assertEquals(expected, modes);
            assertEquals("rw-------", modes.get("desk.db-wal"));
            assertEquals("rw-------", modes.get("desk.db-shm"));
            assertEquals("rw-------", modes.get("desk-aside-20261202-101500.db"));
            assertEquals("rw-------", modes.get("attachments/doc.jpg"));
            assertEquals("rwx------", modes.get("backups"));
            assertEquals("rw-------", modes.get("logs/desk.log"));
            assertEquals("rw-------", modes.get("exports/atenciones.csv"));
        }
    }

    @Test
    void aBackupFolderOutsideTheDataFolderAndTheSettingsFileAreTightenedAtStart() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path home = dir.resolve("home");
        Path usb = dir.resolve("usb").resolve("backups");
        Files.createDirectories(usb);
        Files.writeString(usb.resolve("desk-20261202.db"), "a backup");
        loosen(usb.getParent());
        Files.createDirectories(home);
        Files.writeString(home.resolve("macexpress.properties"), "backup.folder=" + usb.toString().replace("\\", "/") + "\n");
        Path properties = home.resolve("macexpress.properties");
        Files.setPosixFilePermissions(properties, PosixFilePermissions.fromString("rw-r--r--"));
        DeskSettings settings = DeskSettings.load(home);
        assertEquals("rw-------", mode(properties), "the settings file may hold the PIDE password and the sync token");
        BackupService.of(settings, Clock.systemUTC());
        assertEquals("rwx------", mode(usb));
        assertEquals("rw-------", mode(usb.resolve("desk-20261202.db")));
    }

    @Test
    void aNewBackupAndItsDocumentsArePrivateAtOnce() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path usb = dir.resolve("usb");
        try (Store store = Store.open(dir.resolve("data").resolve("desk.db"), Clock.systemUTC())) {
            store.attentions().save(SampleAttentions.of(3));
            Files.createDirectories(store.attachmentsFolder());
            Files.write(store.attachmentsFolder().resolve("doc.jpg"), store.documents().seal(new byte[] {1, 2, 3}));
            Backup b = new BackupService(usb, 3, Clock.systemUTC()).backupNow(store);
            assertEquals("rw-------", mode(b.file()));
            assertEquals("rw-------", mode(usb.resolve("attachments").resolve("doc.jpg")));
            assertEquals("rwx------", mode(usb));
        }
    }

    @Test
    void aDatabaseIsCreatedPrivateFromItsFirstByte() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
        Path db = dir.resolve("fresh").resolve("desk.db");
        try (Store store = Store.open(db, Clock.systemUTC())) {
            assertEquals("rw-------", mode(db));
            assertEquals("rwx------", mode(db.getParent()));
        }
    }

    private static void loosen(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static Map<String, String> modes(Path root) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                modes.put(root.relativize(p).toString().replace('\\', '/'), mode(p));
            }
        }
        return modes;
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
