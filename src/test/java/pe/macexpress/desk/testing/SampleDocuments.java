package pe.macexpress.desk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.AttachmentState;
import pe.macexpress.desk.store.Store;

/**
 * Attachments for sync tests and benchmarks: a file of random bytes in the store's attachments
 * folder and its row, added the way a capture adds them ({@code AttachmentStore.add} in a write).
 */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    /** A new pending attachment of {@code size} random bytes (seeded: the same seed, the same bytes). */
    public static Attachment add(Store store, int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return add(store, bytes);
    }

    public static Attachment add(Store store, byte[] bytes) {
        UUID id = UUID.randomUUID();
        try {
            Path folder = Files.createDirectories(store.attachmentsFolder());
            Files.write(folder.resolve(id + ".jpg"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attachment a = new Attachment(id, UUID.randomUUID(), "foto", "image/jpeg", id + ".jpg", bytes.length,
                sha256(bytes), 0, AttachmentState.PENDING);
        store.write(tx -> {
            store.attachments().add(tx, a);
            return null;
        });
        return a;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
