package pe.macexpress.desk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.security.PrivateFiles;
import pe.macexpress.desk.security.FieldCipher;
import pe.macexpress.desk.security.KeyRing;

/**
 * The audit chain's head kept in a second place (issue 15, audit): deleting the LAST rows of a
 * chain leaves a chain that still links, so the newest (seq, hash) is also written, after each
 * commit, beside the database's key (outside the data folder, {@link KeyRing#folder()}), sealed
 * with an HMAC under that key. {@code doctor} compares the two: a chain shorter than its anchor,
 * or with another row at the anchor's seq, was cut.
 *
 * <p>The file is written after the commit (never before: a rolled-back row must not be claimed),
 * atomically (rename), without fsync: after a crash it may lag the database by the last rows,
 * which is harmless (a lagging anchor still matches the row at its seq); it can never lead it.
 */
final class AuditAnchor {
    private static final Logger LOG = Logger.getLogger(AuditAnchor.class.getName());

    /** The head as anchored. */
    record Head(long seq, String hash, Instant at) {
    }

    /** What was found in the anchor's place. */
    enum Found { PRESENT, MISSING, FORGED, UNCHECKED }

    record Read(Found found, Optional<Head> head) {
    }

    private final FieldCipher cipher;

    AuditAnchor(FieldCipher cipher) {
        this.cipher = cipher;
    }

    Path file() {
        return KeyRing.folder().resolve(cipher.keyId() + ".audit-head");
    }

    /** Called after a commit; a failure is logged (no personal data) and shows up in doctor as a lag. */
    void write(long seq, String hash, Instant at) {
        Path file = file();
        String line = seq + " " + hash + " " + at.toEpochMilli() + " " + mac(seq, hash, at.toEpochMilli());
        try {
            PrivateFiles.folder(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.write(Files.createFile(tmp, PrivateFiles.fileAttributes(tmp)), line.getBytes(StandardCharsets.US_ASCII));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "audit head anchor not written ({0})", e.getClass().getSimpleName());
        }
    }

    Read read() {
        Path file = file();
        if (!Files.exists(file)) {
            return new Read(Found.MISSING, Optional.empty());
        }
        try {
            String[] p = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip().split(" ");
            if (p.length == 4) {
                long seq = Long.parseLong(p[0]);
                long at = Long.parseLong(p[2]);
                if (mac(seq, p[1], at).equals(p[3])) {
                    return new Read(Found.PRESENT, Optional.of(new Head(seq, p[1], Instant.ofEpochMilli(at))));
                }
            }
            return new Read(Found.FORGED, Optional.empty());
        } catch (IOException | NumberFormatException e) {
            return new Read(Found.FORGED, Optional.empty());
        }
    }

    private String mac(long seq, String hash, long at) {
        return cipher.blind("audit-head|" + seq + "|" + hash + "|" + at);
    }
}
