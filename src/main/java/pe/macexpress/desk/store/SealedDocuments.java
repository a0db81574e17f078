package pe.macexpress.desk.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Issue 15 (encryption at rest): the files the desk writes with personal data in the data folder
 * (captured documents under {@link Store#attachmentsFolder()}) are written sealed with the
 * database's key and opened when read (upload, USB bundle, view).
 *
 * <p>Format: the marker {@code ~e1D}, then the document in chunks of {@value #CHUNK} bytes, each
 * sealed on its own (nonce ‖ ciphertext ‖ tag) with its number and a last-chunk flag inside, so
 * chunks cannot be reordered, dropped or cut off unnoticed ({@value #OVERHEAD} bytes more than
 * its plain text; an empty document is one empty last chunk). A range of the document (a resumed
 * upload) is read by opening only the chunks it covers, and a document is never held whole in
 * memory. A file without the marker was written before encryption and is read as it is.
 */
public final class SealedDocuments {
    static final byte[] MARK = "~e1D".getBytes(StandardCharsets.US_ASCII);
    static final int CHUNK = 64 * 1024;
    /** AES-GCM's nonce (12) and tag (16), the chunk's number (4) and last-chunk flag (1). */
    static final int OVERHEAD = 33;
    private static final int HEADER = 5;

    private final Sealing sealing;

    SealedDocuments(Sealing sealing) {
        this.sealing = sealing;
    }

    /** What to write for {@code plain}: the marker and the sealed chunks. */
    public byte[] seal(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length + MARK.length
                + OVERHEAD * (plain.length / CHUNK + 1));
        out.writeBytes(MARK);
        int index = 0;
        int from = 0;
        do {
            int to = Math.min(plain.length, from + CHUNK);
            byte[] chunk = new byte[HEADER + to - from];
            java.nio.ByteBuffer.wrap(chunk).putInt(index++).put((byte) (to == plain.length ? 1 : 0));
            System.arraycopy(plain, from, chunk, HEADER, to - from);
            out.writeBytes(sealing.sealRaw(chunk));
            from = to;
        } while (from < plain.length);
        return out.toByteArray();
    }

    /** True when {@code file} starts with the marker (written sealed). */
    public static boolean isSealed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MARK.length), MARK);
        }
    }

    /** The size of the document {@code file} holds (its plain size, what the attachment row records). */
    public long plainSize(Path file) throws IOException {
        long size = Files.size(file);
        if (!isSealed(file)) {
            return size;
        }
        long body = size - MARK.length;
        long chunks = (body + CHUNK + OVERHEAD - 1) / (CHUNK + OVERHEAD);
        return body - chunks * OVERHEAD;
    }

    /** The document's plain bytes as a stream, opened chunk by chunk. Fails (IOException) if a chunk was changed. */
    public InputStream open(Path file) throws IOException {
        if (!isSealed(file)) {
            return Files.newInputStream(file);
        }
        long size = Files.size(file);
        InputStream raw = Files.newInputStream(file);
        raw.skipNBytes(MARK.length);
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int pos = 0;
            private long rawLeft = size - MARK.length;
            private int next; // the number the next chunk read must carry
            private boolean last;

            private boolean fill() throws IOException {
                while (pos >= chunk.length) {
                    byte[] sealed = raw.readNBytes(CHUNK + OVERHEAD);
                    rawLeft -= sealed.length;
                    if (sealed.length == 0) {
                        if (!last) {
                            throw new IOException("a sealed document was cut off");
                        }
                        return false;
                    }
                    if (last) {
                        throw new IOException("a sealed document has more after its last chunk");
                    }
                    byte[] opened;
                    try {
                        opened = sealing.openRaw(sealed);
                    } catch (IllegalStateException e) {
                        throw new IOException("a sealed document does not open (changed, or another key)", e);
                    }
                    if (opened.length < HEADER) {
                        throw new IOException("a sealed document's chunk is too short");
                    }
                    java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(opened, 0, HEADER);
                    if (header.getInt() != next) {
                        throw new IOException("a sealed document's chunks are out of order");
                    }
                    last = header.get() == 1;
                    next++;
                    chunk = opened;
                    pos = HEADER;
                }
                return true;
            }

            @Override
            public int read() throws IOException {
                return fill() ? chunk[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                if (!fill()) {
                    return -1;
                }
                int n = Math.min(len, chunk.length - pos);
                System.arraycopy(chunk, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = 0;
                // Whole chunks are skipped without opening them.
                // (Only full chunks that are not the last: the last one is always opened, so a cut is seen.)
                while (pos >= chunk.length && n - skipped >= CHUNK && rawLeft > CHUNK + OVERHEAD) {
                    raw.skipNBytes(CHUNK + OVERHEAD);
                    rawLeft -= CHUNK + OVERHEAD;
                    skipped += CHUNK;
                    next++;
                }
                while (skipped < n && fill()) {
                    int step = (int) Math.min(n - skipped, chunk.length - pos);
                    pos += step;
                    skipped += step;
                }
                return skipped;
            }

            @Override
            public void close() throws IOException {
                raw.close();
            }
        };
    }

    /**
     * Seals, in place, the documents an older version wrote in clear in {@code folder}: each is
     * written sealed under a temporary name, forced to disk and renamed over the clear one (a crash
     * leaves the clear file or the sealed one, never half of either). Returns how many, or -1 when the
     * folder could not be gone through (tried again at the next open). A file already sealed costs
     * reading its first four bytes.
     */
    int sealExisting(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int n = 0;
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!Files.isRegularFile(f) || name.startsWith(".") || name.endsWith(".tmp") || isSealed(f)) {
                    continue;
                }
                Path tmp = f.resolveSibling(name + ".sealing.tmp");
                Files.deleteIfExists(tmp);
                try (var ch = java.nio.channels.FileChannel.open(tmp, java.util.Set.of(
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
                        pe.macexpress.desk.security.PrivateFiles.fileAttributes(tmp))) {
                    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(seal(Files.readAllBytes(f)));
                    while (buf.hasRemaining()) {
                        ch.write(buf);
                    }
                    ch.force(true);
                }
                Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                n++;
            }
        } catch (IOException e) {
            // Best effort: a clear document stays readable and is sealed at the next start.
            return -1;
        }
        return n;
    }

    /** The whole document (to view or print it). */
    public byte[] read(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }
}
