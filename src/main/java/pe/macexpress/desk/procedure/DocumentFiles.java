package pe.macexpress.desk.procedure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.UUID;
import pe.macexpress.desk.security.PrivateFiles;

/**
 * The document files of captures, in the attachments folder beside the database: private to the
 * OS user (folder 0700, files 0600 where the file system has POSIX permissions). A file is written
 * whole before the transaction that names it: temporary name, fsync, atomic rename, fsync of the
 * folder. A crash leaves at worst a {@code .tmp} or an unnamed file, never a row naming half a file.
 */
public final class DocumentFiles {
    private final Path folder;
    private final java.util.function.UnaryOperator<byte[]> seal;

    /** Files written as they are (tests of the file handling only). */
    public DocumentFiles(Path folder) {
        this(folder, java.util.function.UnaryOperator.identity());
    }

    /** Issue 15: files written through {@code seal} ({@link pe.macexpress.desk.store.SealedDocuments#seal}). */
    public DocumentFiles(Path folder, java.util.function.UnaryOperator<byte[]> seal) {
        this.folder = folder;
        this.seal = seal;
    }

    public Path folder() {
        return folder;
    }

    /** Writes the document as {@code <id>.<ext>} and returns the file's name inside the folder. */
    public String write(UUID id, PreparedDocument document) {
        String name = id + "." + document.extension();
        Path tmp = folder.resolve(id + ".tmp");
        try {
            createFolder();
            Files.deleteIfExists(tmp);
            try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PrivateFiles.fileAttributes(tmp))) {
                ByteBuffer buf = ByteBuffer.wrap(seal.apply(document.bytes()));
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder();
            return name;
        } catch (FileAlreadyExistsException e) {
            throw new UncheckedIOException("document file exists already", e);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new UncheckedIOException("cannot write a document file", e);
        }
    }

    public Path path(String fileName) {
        return folder.resolve(fileName);
    }

    /** Removes files written for a capture whose transaction failed: no orphan stays behind. */
    public void delete(String fileName) {
        deleteQuietly(folder.resolve(fileName));
    }

    private void createFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            PrivateFiles.folder(folder);
        }
    }

    /** The rename itself must survive a power cut; not every OS lets a folder be opened for that. */
    private void syncFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // Best effort: a file left here is named by no row and never sent.
        }
    }
}
