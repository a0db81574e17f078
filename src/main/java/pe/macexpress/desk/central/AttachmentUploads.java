package pe.macexpress.desk.central;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import pe.macexpress.desk.central.store.CentralStore;
import pe.macexpress.desk.contract.AttachmentStatus;
import pe.macexpress.desk.contract.BundleAttachmentResult;
import pe.macexpress.desk.contract.ErrorAnswer;

/**
 * {@code GET} and {@code PUT /attachments/{id}}: resumable uploads of documents. A PUT carries the
 * bytes from {@code Upload-Offset}, which must be what the central holds; the body is read one
 * chunk ({@code Upload-Chunk} bytes) at a time and each complete chunk is written and forced to
 * disk before the next is read, so after a drop the central holds every chunk that arrived whole
 * and the workstation resends at most the one in flight. When the last byte arrives the SHA-256
 * of the whole file is checked: accepted, or dropped (offset 0) when it is not the declared one.
 * An attachment belongs to the workstation that started it: another one can neither read its
 * status nor write it. Attachments do not wait for the capture record that names them (either may
 * arrive first).
 */
final class AttachmentUploads {
    private final CentralStore store;
    private final Path folder;
    /** One lock per attachment: offset checks and writes of concurrent requests for the same id. */
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    /** The request allowed to write each attachment: a newer PUT supersedes one still hanging on a dead link. */
    private final Map<String, Long> writers = new ConcurrentHashMap<>();
    private final AtomicLong requestSeq = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();

    AttachmentUploads(CentralStore store) {
        this.store = store;
        this.folder = store.attachmentsFolder();
    }

    /** Body bytes read by PUTs since start, whole or not (a benchmark's "bytes sent"). */
    long bytesReceived() {
        return bytesReceived.get();
    }

    /** The accepted file of an attachment, if any (tests compare its bytes). */
    Optional<Path> accepted(String id) {
        Path p = folder.resolve(canonical(id) + ".bin");
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** A request under /attachments/ of an authorized workstation {@code ws}. */
    void handle(HttpExchange ex, String ws, String rest) throws IOException {
        String id = canonical(rest);
        if (id == null) {
            CentralApi.json(ex, 400, new ErrorAnswer("id"));
            return;
        }
        switch (ex.getRequestMethod()) {
            case "GET" -> status(ex, ws, id);
            case "PUT" -> put(ex, ws, id);
            default -> {
                ex.getResponseHeaders().set("Allow", "GET, PUT");
                CentralApi.json(ex, 405, new ErrorAnswer("method"));
            }
        }
    }

    private void status(HttpExchange ex, String ws, String id) throws IOException {
        Optional<CentralStore.AttachmentRow> row = store.attachment(id);
        if (row.isEmpty()) {
            CentralApi.json(ex, 404, new ErrorAnswer("unknown"));
        } else if (!row.get().workstation().equals(ws)) {
            CentralApi.json(ex, 403, new ErrorAnswer("forbidden"));
        } else {
            // Asking is what a workstation does after a drop: a PUT of the same attachment still
            // arriving (its connection dead but not yet noticed) is fenced off, so the offset
            // answered stays true until the next PUT and nothing is sent twice.
            synchronized (locks.computeIfAbsent(id, k -> new Object())) {
                writers.put(id, requestSeq.incrementAndGet());
                CentralApi.json(ex, 200, statusOf(row.get()));
            }
        }
    }

    private AttachmentStatus statusOf(CentralStore.AttachmentRow row) throws IOException {
        if (row.accepted()) {
            return new AttachmentStatus(row.size(), row.size(), AttachmentStatus.ACCEPTED, row.sha256());
        }
        return new AttachmentStatus(held(row.id()), row.size(), AttachmentStatus.PARTIAL, row.sha256());
    }

    private long held(String id) throws IOException {
        Path part = part(id);
        return Files.exists(part) ? Files.size(part) : 0;
    }

    private void put(HttpExchange ex, String ws, String id) throws IOException {
        var h = ex.getRequestHeaders();
        long offset = number(h.getFirst(AttachmentStatus.OFFSET_HEADER));
        long total = number(h.getFirst(AttachmentStatus.LENGTH_HEADER));
        long chunkSize = number(h.getFirst(AttachmentStatus.CHUNK_HEADER));
        long length = number(h.getFirst("Content-Length"));
        String sha = h.getFirst(AttachmentStatus.SHA256_HEADER);
        if (offset < 0 || total < 0 || chunkSize < 0 || length < 0) {
            CentralApi.json(ex, 400, new ErrorAnswer("headers"));
            return;
        }
        if (!AttachmentStatus.isSha256(sha)) {
            CentralApi.json(ex, 400, new ErrorAnswer("sha256"));
            return;
        }
        if (total > AttachmentStatus.MAX_SIZE) {
            CentralApi.json(ex, 413, new ErrorAnswer("too large"));
            return;
        }
        if (chunkSize < AttachmentStatus.MIN_CHUNK || chunkSize > AttachmentStatus.MAX_CHUNK) {
            CentralApi.json(ex, 400, new ErrorAnswer("chunk"));
            return;
        }
        if (total == 0 || length == 0 || offset + length > total) {
            CentralApi.json(ex, 400, new ErrorAnswer("range"));
            return;
        }
        Object lock = locks.computeIfAbsent(id, k -> new Object());
        long me = requestSeq.incrementAndGet();
        synchronized (lock) {
            CentralStore.AttachmentRow row = store.attachment(id).orElse(null);
            if (row != null && !row.workstation().equals(ws)) {
                CentralApi.json(ex, 403, new ErrorAnswer("forbidden"));
                return;
            }
            if (row != null && row.accepted()) {
                // Sent again after a lost answer: the same file is success, another one a conflict.
                boolean same = row.sha256().equals(sha) && row.size() == total;
                CentralApi.json(ex, same ? 200 : 409, statusOf(row));
                return;
            }
            if (offset == 0) {
                Files.deleteIfExists(part(id));
                store.startAttachment(id, ws, total, sha, System.currentTimeMillis());
            } else if (row == null) {
                CentralApi.json(ex, 409, new AttachmentStatus(0, total, AttachmentStatus.PARTIAL, null));
                return;
            } else if (row.size() != total || !row.sha256().equals(sha) || held(id) != offset) {
                CentralApi.json(ex, 409, statusOf(row));
                return;
            }
            writers.put(id, me);
        }
        long pos = receive(ex.getRequestBody(), id, me, offset, offset + length, (int) chunkSize, lock);
        if (pos < 0) {
            return; // superseded by a newer request for the same attachment
        }
        if (pos < offset + length) {
            CentralApi.json(ex, 400, new ErrorAnswer("short body"));
            return;
        }
        synchronized (lock) {
            if (!Long.valueOf(me).equals(writers.get(id))) {
                return;
            }
            CentralStore.AttachmentRow row = store.attachment(id).orElseThrow();
            if (pos < total) {
                CentralApi.json(ex, 200, statusOf(row));
            } else if (sha256(part(id)).equals(sha)) {
                Files.move(part(id), folder.resolve(id + ".bin"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                store.acceptAttachment(id, System.currentTimeMillis());
                CentralApi.json(ex, 200, new AttachmentStatus(total, total, AttachmentStatus.ACCEPTED, sha));
            } else {
                Files.deleteIfExists(part(id));
                CentralApi.json(ex, 200, new AttachmentStatus(0, total, AttachmentStatus.MISMATCH, sha));
            }
        }
    }

    /**
     * A whole document carried by a USB bundle ({@link BundleImports}): stored as a PUT of the whole
     * file would store it (same row, same checks, same files), under the same lock; an online PUT of
     * it still arriving is fenced off. Reads exactly {@code size} bytes of {@code in}. Returns a
     * {@link BundleAttachmentResult} state.
     */
    String acceptWhole(String ws, String rawId, long size, String sha, InputStream in) throws IOException {
        String id = canonical(rawId == null ? "" : rawId);
        if (id == null || size <= 0 || size > AttachmentStatus.MAX_SIZE || !AttachmentStatus.isSha256(sha)) {
            in.skipNBytes(size);
            return BundleAttachmentResult.REFUSED;
        }
        synchronized (locks.computeIfAbsent(id, k -> new Object())) {
            CentralStore.AttachmentRow row = store.attachment(id).orElse(null);
            if (row != null && (!row.workstation().equals(ws) || row.accepted())) {
                in.skipNBytes(size);
                boolean same = row.workstation().equals(ws) && row.sha256().equals(sha) && row.size() == size;
                return same ? BundleAttachmentResult.ACCEPTED : BundleAttachmentResult.CONFLICT;
            }
            writers.put(id, requestSeq.incrementAndGet());
            Files.deleteIfExists(part(id));
            store.startAttachment(id, ws, size, sha, System.currentTimeMillis());
            try (FileChannel ch = FileChannel.open(part(id), java.util.Set.of(StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE), pe.macexpress.desk.security.PrivateFiles.fileAttributes(part(id)))) {
                byte[] buf = new byte[64 * 1024];
                long left = size;
                while (left > 0) {
                    int n = in.readNBytes(buf, 0, (int) Math.min(buf.length, left));
                    if (n == 0) {
                        throw new java.io.EOFException("the bundle ends inside a document");
                    }
                    ch.write(ByteBuffer.wrap(buf, 0, n));
                    left -= n;
                }
                ch.force(false);
            }
            if (!sha256(part(id)).equals(sha)) {
                Files.deleteIfExists(part(id));
                return BundleAttachmentResult.MISMATCH;
            }
            Files.move(part(id), folder.resolve(id + ".bin"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            store.acceptAttachment(id, System.currentTimeMillis());
            return BundleAttachmentResult.ACCEPTED;
        }
    }

    /**
     * Reads the body a chunk at a time and appends each complete chunk, forced to disk. Returns the
     * offset held at the end of the body, or -1 when a newer request took the attachment over. A
     * dropped connection throws: the chunk it cut is not written.
     */
    private long receive(InputStream in, String id, long me, long from, long end, int chunkSize, Object lock)
            throws IOException {
        byte[] buf = new byte[(int) Math.min(chunkSize, end - from)];
        long pos = from;
        // Created private (0600) with its first byte: a DNI photo is never readable by others.
        try (FileChannel ch = FileChannel.open(part(id), java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                pe.macexpress.desk.security.PrivateFiles.fileAttributes(part(id)))) {
            while (pos < end) {
                int want = (int) Math.min(buf.length, end - pos);
                int got = 0;
                while (got < want) {
                    int n = in.read(buf, got, want - got);
                    if (n < 0) {
                        return pos; // the body ended early: the cut chunk is not kept
                    }
                    got += n;
                    bytesReceived.addAndGet(n);
                }
                synchronized (lock) {
                    if (!Long.valueOf(me).equals(writers.get(id))) {
                        return -1;
                    }
                    ch.write(ByteBuffer.wrap(buf, 0, want), pos);
                    ch.force(false);
                }
                pos += want;
            }
        }
        return pos;
    }

    private Path part(String id) {
        return folder.resolve(id + ".part");
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buf = new byte[64 * 1024];
                for (int n; (n = in.read(buf)) > 0; ) {
                    md.update(buf, 0, n);
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A non-negative decimal, or -1 when absent or not one. */
    private static long number(String s) {
        if (s == null || s.isBlank() || s.length() > 18) {
            return -1;
        }
        try {
            long n = Long.parseLong(s.strip());
            return n < 0 ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The id as a canonical lowercase UUID (it names files), or null when it is not one. */
    private static String canonical(String raw) {
        try {
            UUID u = UUID.fromString(raw);
            String s = u.toString();
            return s.equalsIgnoreCase(raw) ? s : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
