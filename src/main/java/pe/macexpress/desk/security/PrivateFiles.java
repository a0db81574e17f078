package pe.macexpress.desk.security;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
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

    /** Subfolders of a data folder that hold personal data: documents, backups, logs, exports. */
    static final java.util.List<String> PRIVATE_SUBFOLDERS = java.util.List.of(
            "attachments", "backups", "logs", "exports", "receipts", "complaints");

    /**
     * Issue 15: tightens a data folder at every start: the folder 0700; its database files (the
     * database, -wal, -shm, -journal, "aside" copies, a restore in progress: every file whose name
     * starts with {@code databaseFile}'s base name) 0600; the subfolders of
     * {@link #PRIVATE_SUBFOLDERS} and what they hold 0700/0600. Only what the OS user owns, never
     * through a symbolic link; the data folder's other files are left as they are (a data folder
     * is the desk's own, but a test may open a database anywhere).
     */
    public static void tighten(Path dataFolder, Path databaseFile) throws IOException {
        if (!posix(dataFolder.getFileSystem()) || !Files.isDirectory(dataFolder, LinkOption.NOFOLLOW_LINKS)
                || !ownedByMe(dataFolder)) {
            return;
        }
        set(dataFolder, FOLDER);
        String base = databaseFile.getFileName().toString().replaceFirst("\\.db$", "");
        try (var files = Files.list(dataFolder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && name.startsWith(base) && ownedByMe(f)) {
                    set(f, FILE);
                } else if (PRIVATE_SUBFOLDERS.contains(name) && Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
                    tightenTree(f);
                }
            }
        }
    }

    /** Issue 15: one file made 0600 when the OS user owns it (best effort: a read-only medium stays as it is). */
    public static void tightenFile(Path file) {
        try {
            if (posix(file.getFileSystem()) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && ownedByMe(file)) {
                set(file, FILE);
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Left as it is; reading it is what matters here.
        }
    }

    /** {@code folder} and everything under it (not through links): folders 0700, files 0600. */
    public static void tightenTree(Path folder) throws IOException {
        if (!posix(folder.getFileSystem()) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a)
                    throws IOException {
                if (ownedByMe(dir)) {
                    set(dir, FOLDER);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a)
                    throws IOException {
                if (a.isRegularFile() && ownedByMe(file)) {
                    set(file, FILE);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE; // gone meanwhile (a purge): nothing to tighten
            }
        });
    }

    private static final java.util.Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final java.util.Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static void set(Path p, java.util.Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
            Files.setPosixFilePermissions(p, wanted);
        }
    }

    private static boolean ownedByMe(Path p) throws IOException {
        try {
            long me = new com.sun.security.auth.module.UnixSystem().getUid();
            return ((Number) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue() == me;
        } catch (UnsupportedOperationException | IllegalArgumentException | LinkageError e) {
            String me = System.getProperty("user.name");
            return me != null && me.equals(Files.getOwner(p, LinkOption.NOFOLLOW_LINKS).getName());
        }
    }

    private static boolean posix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }
}
