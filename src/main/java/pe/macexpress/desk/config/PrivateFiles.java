package pe.macexpress.desk.config;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders and files that hold personal data (documents, their backups, a portal's storage),
 * readable by the OS user who runs the desk or the central only: 0700 and 0600 where the file
 * system has POSIX permissions; elsewhere (FAT on a USB stick, Windows) the OS's defaults.
 */
public final class PrivateFiles {
    private PrivateFiles() {
    }

    /** Creates {@code folder} (and its parents) when absent, then makes it 0700. */
    public static Path folder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (posix(folder.getFileSystem())) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }

    /** What a new file is created with: 0600 from its first byte (no window where others could read it). */
    public static FileAttribute<?>[] fileAttributes(Path file) {
        return posix(file.getFileSystem())
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }

    private static boolean posix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }
}
