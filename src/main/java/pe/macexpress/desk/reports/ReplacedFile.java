package pe.macexpress.desk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A report or export written beside its target (a private 0600 temporary file) and moved into place
 * only when the whole of it was written: a failure never leaves half a file under the chosen name,
 * and what was already there stays until the new one is complete.
 */
public final class ReplacedFile {

    /** What writes the file; it may also record (audit) before the move. */
    @FunctionalInterface
    public interface Work {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReplacedFile() {
    }

    public static void write(Path file, Work work) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = Files.createTempFile(parent, ".macexpress-", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                work.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
