package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.AttachmentStatus;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.AttachmentState;
import pe.macexpress.desk.testing.SampleDocuments;
import pe.macexpress.desk.testing.SyncSamples;
import pe.macexpress.desk.testing.ThrottledLink;

/**
 * Documents over a bad link, desk and reference central on loopback: resumable chunks (a drop
 * costs at most the chunk in flight, counted at the central), whole and identical bytes after a
 * link that drops every 100 KB, refused hashes, ownership, bounds, and records before documents.
 */
class AttachmentUploadTest {
    private static final int CHUNK = AttachmentUploader.Settings.defaults().chunkBytes();
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    @TempDir
    Path dir;
    private SyncRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private String api() {
        return rig.central.baseUrl() + "/api/v1/attachments/";
    }

    private byte[] centralBytes(Attachment a) {
        Path file = rig.central.centralApi().attachmentFile(a.id().toString()).orElseThrow(
                () -> new AssertionError("the central holds no accepted file for " + a + "; at the desk "
                        + rig.db.attachments().find(a.id()).orElseThrow() + " set aside for "
                        + rig.db.attachments().quarantineReason(a.id()).orElse("nothing")));
        try {
            // A DNI photo at the central is readable by the central's OS user only.
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(file)));
            assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(file.getParent())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return SampleDocuments.read(file);
    }

    private byte[] deskBytes(Attachment a) {
        return SampleDocuments.read(rig.db.attachmentsFolder().resolve(a.file()));
    }

    @Test
    void aDropMidFileCostsOnlyTheChunkInFlight() throws Exception {
        Attachment a = SampleDocuments.add(rig.db, 10 * CHUNK + 123, 1);
        byte[] bytes = deskBytes(a);
        // A PUT of the whole file whose connection dies two and a half chunks in.
        int cut = 2 * CHUNK + CHUNK / 2;
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), rig.central.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("PUT /api/v1/attachments/" + a.id() + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + rig.token
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + bytes.length
                    + "\r\nUpload-Offset: 0\r\nUpload-Length: " + bytes.length + "\r\nUpload-Sha256: " + a.sha256()
                    + "\r\nUpload-Chunk: " + CHUNK + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes, 0, cut);
            out.flush();
            waitFor(() -> rig.central.centralApi().attachmentBytesReceived() >= 2 * CHUNK);
            s.setSoLinger(true, 0);
        }
        // The central kept the two whole chunks and says so; the cut one is gone.
        waitFor(() -> status(a, rig.token).offset() == 2L * CHUNK);
        assertEquals(AttachmentStatus.PARTIAL, status(a, rig.token).state());
        rig.db.attachments().recordProgress(a.id(), CHUNK); // the desk knew less than the central holds
        long beforeResume = rig.central.centralApi().attachmentBytesReceived();
        assertTrue(beforeResume - 2L * CHUNK <= cut - 2L * CHUNK, "the cut chunk's bytes, at most, were read");

        SyncResult r = rig.engine().run(null);

        assertEquals(SyncOutcome.DRAINED, r.outcome(), r.summaryLine());
        assertArrayEquals(bytes, centralBytes(a));
        assertEquals(AttachmentState.SENT, rig.db.attachments().find(a.id()).orElseThrow().state());
        assertEquals(bytes.length - 2L * CHUNK, rig.central.centralApi().attachmentBytesReceived() - beforeResume,
                "the desk resumed where the central's whole chunks end: nothing it held was sent again");
    }

    @Test
    void documentsArriveWholeThroughALinkThatDropsEvery100KB() throws Exception {
        List<Attachment> docs = new ArrayList<>();
        long total = 0;
        Random sizes = new Random(7);
        for (int i = 0; i < 6; i++) {
            Attachment a = SampleDocuments.add(rig.db, 120_000 + sizes.nextInt(200_000), 100 + i);
            docs.add(a);
            total += a.size();
        }
        try (ThrottledLink link = new ThrottledLink(rig.central.port(), 400_000_000L, 0, 100_000)) {
            SyncResult r = rig.engine(link.baseUrl(), SyncRig.fastConfig()).run(null);
            assertEquals(SyncOutcome.DRAINED, r.outcome(), r.summaryLine());
            assertTrue(link.drops.get() >= 5, "the link dropped " + link.drops.get() + " times");
            for (Attachment a : docs) {
                byte[] held = centralBytes(a);
                assertArrayEquals(deskBytes(a), held, "bytes of " + a);
                assertEquals(a.sha256(), SampleDocuments.sha256(held));
                assertEquals(AttachmentState.SENT, rig.db.attachments().find(a.id()).orElseThrow().state());
            }
            long received = rig.central.centralApi().attachmentBytesReceived();
            assertTrue(received <= total + (long) link.drops.get() * CHUNK,
                    "received " + received + " for " + total + " with " + link.drops.get() + " drops");
        }
        assertEquals(0, rig.db.attachments().backlog().attachments());
        assertEquals(0, rig.db.attachments().backlog().bytes());
        try (Response stats = RIG_HTTP.newCall(new Request.Builder()
                .url(rig.central.baseUrl() + "/api/v1/admin/stats")
                .header("Authorization", "Bearer " + rig.central.adminToken()).get().build()).execute()) {
            Admin.Stats figures = Wire.read(stats.body().bytes(), Admin.Stats.class);
            assertEquals(6, figures.attachments());
            assertEquals(total, figures.attachmentBytes());
        }
    }

    @Test
    void aFileWhoseHashIsNotTheDeclaredOneIsStartedOverOnceThenSetAside() throws Exception {
        Attachment good = SampleDocuments.add(rig.db, 50_000, 3);
        Attachment tampered = SampleDocuments.add(rig.db, 50_000, 4);
        byte[] changed = deskBytes(tampered);
        changed[1234] ^= 1; // one bit flipped on disk after the hash was recorded
        Files.write(rig.db.attachmentsFolder().resolve(tampered.file()), changed);

        SyncResult r = rig.engine().run(null);

        assertEquals(SyncOutcome.DRAINED, r.outcome(), "a set-aside document does not hold the run: " + r);
        assertArrayEquals(deskBytes(good), centralBytes(good));
        assertTrue(rig.central.centralApi().attachmentFile(tampered.id().toString()).isEmpty(), "never accepted");
        assertEquals("hash_mismatch", rig.db.attachments().quarantineReason(tampered.id()).orElseThrow());
        assertEquals(1, rig.db.attachments().uploadRestarts(tampered.id()), "started over exactly once");
        assertEquals(1, rig.db.attachments().quarantinedCount());
        assertEquals(0, rig.db.attachments().backlog().attachments());
        assertEquals(0, status(tampered, rig.token).offset(), "the central dropped the refused bytes");
        assertEquals(1, rig.central.central().attachmentTotals()[0]);
        // Twice the file, and no more: it is not tried again in the next run.
        assertEquals(good.size() + 2L * tampered.size(), rig.central.centralApi().attachmentBytesReceived());
        rig.engine().run(null);
        assertEquals(good.size() + 2L * tampered.size(), rig.central.centralApi().attachmentBytesReceived());

        // Support restored the file (from the citizen's paper, a backup): it goes back to the queue and arrives.
        Files.write(rig.db.attachmentsFolder().resolve(tampered.file()), original(changed));
        assertEquals(1, rig.db.attachments().retrySetAside());
        assertEquals(0, rig.db.attachments().quarantinedCount());
        assertEquals(SyncOutcome.DRAINED, rig.engine().run(null).outcome());
        assertTrue(rig.central.centralApi().attachmentFile(tampered.id().toString()).isPresent(), "accepted now");
    }

    private static byte[] original(byte[] changed) {
        byte[] back = changed.clone();
        back[1234] ^= 1;
        return back;
    }

    @Test
    void anotherWorkstationCanNeitherReadNorOverwriteAnAttachment() throws Exception {
        Attachment a = SampleDocuments.add(rig.db, 40_000, 5);
        byte[] bytes = deskBytes(a);
        assertEquals(200, put(a.id().toString(), rig.token, 0, bytes.length, a.sha256(), CHUNK, bytes, 0, 2 * CHUNK));
        String other = rig.central.central().enroll(rig.central.central().issueCode(), "WS-OTHER-02").orElseThrow();

        assertEquals(403, get(a.id().toString(), other).code());
        byte[] forged = new byte[bytes.length];
        assertEquals(403, put(a.id().toString(), other, 0, forged.length, SampleDocuments.sha256(forged), CHUNK,
                forged, 0, forged.length));
        assertEquals(403, put(a.id().toString(), other, 2 * CHUNK, bytes.length, a.sha256(), CHUNK, bytes,
                2 * CHUNK, bytes.length - 2 * CHUNK));
        assertEquals(2L * CHUNK, status(a, rig.token).offset(), "the owner's bytes are untouched");

        assertEquals(SyncOutcome.DRAINED, rig.engine().run(null).outcome());
        assertArrayEquals(bytes, centralBytes(a));
        assertEquals(403, get(a.id().toString(), other).code(), "nor once accepted");
        assertEquals(403, put(a.id().toString(), other, 0, forged.length, SampleDocuments.sha256(forged), CHUNK,
                forged, 0, forged.length));
        assertArrayEquals(bytes, centralBytes(a));
        assertEquals(401, get(a.id().toString(), "not-a-token").code());
    }

    @Test
    void garbageIsRefusedClearly() throws Exception {
        Attachment a = SampleDocuments.add(rig.db, 20_000, 6);
        byte[] b = deskBytes(a);
        String id = a.id().toString();
        String sha = a.sha256();
        assertEquals(400, put("not-a-uuid", rig.token, 0, b.length, sha, CHUNK, b, 0, b.length));
        assertEquals(400, put(id, rig.token, 0, b.length, "ABC", CHUNK, b, 0, b.length), "hash not hex");
        assertEquals(400, put(id, rig.token, 0, b.length, sha, 100, b, 0, b.length), "chunk too small");
        assertEquals(400, put(id, rig.token, 0, b.length, sha, 4 << 20, b, 0, b.length), "chunk too big");
        assertEquals(400, put(id, rig.token, 10_000, b.length, sha, CHUNK, b, 0, b.length), "past the end");
        assertEquals(413, put(id, rig.token, 0, AttachmentStatus.MAX_SIZE + 1, sha, CHUNK, b, 0, b.length));
        assertEquals(409, put(id, rig.token, CHUNK, b.length, sha, CHUNK, b, CHUNK, CHUNK), "offset not held");
        assertEquals(404, get(id, rig.token).code(), "nothing stored by any of them");
        try (Response r = RIG_HTTP.newCall(new Request.Builder().url(api() + id)
                .header("Authorization", "Bearer " + rig.token).post(RequestBody.create(b, OCTETS)).build()).execute()) {
            assertEquals(405, r.code());
        }
        assertEquals(0, rig.central.centralApi().attachmentBytesReceived());
    }

    @Test
    void recordsGoBeforeDocumentsEvenThoseSavedWhileDocumentsUpload() throws Exception {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        OkHttpClient http = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
            order.add(chain.request().method() + " " + chain.request().url().encodedPath());
            return chain.proceed(chain.request());
        }).build();
        for (int i = 0; i < 4; i++) {
            SampleDocuments.add(rig.db, 200_000, 20 + i);
        }
        rig.save(1, 30);
        SyncConfig config = SyncRig.fastConfig();
        SyncEngine engine = new SyncEngine(rig.db, DeskContext.recordKinds(rig.db),
                new CentralClient(http, new Central(rig.central.baseUrl(), rig.token), config), config, rig.clock);
        AtomicBoolean savedMeanwhile = new AtomicBoolean();
        List<SyncProgress> progress = Collections.synchronizedList(new ArrayList<>());
        SyncResult r = engine.run(p -> {
            progress.add(p);
            if (p.documentBytesSent() > 0 && savedMeanwhile.compareAndSet(false, true)) {
                rig.save(1000, 1); // an attention saved at the counter while photos go
            }
        });

        assertEquals(SyncOutcome.DRAINED, r.outcome(), r.summaryLine());
        assertEquals(31, rig.central.central().attentions());
        int firstDocument = indexOf(order, "PUT /api/v1/attachments/", 0);
        int lastRecords = order.lastIndexOf("POST /api/v1/records");
        int firstRecords = order.indexOf("POST /api/v1/records");
        assertTrue(firstRecords < firstDocument, "records first: " + order);
        assertTrue(lastRecords > firstDocument, "the attention saved meanwhile went during the documents: " + order);
        assertTrue(indexOf(order, "PUT /api/v1/attachments/", lastRecords) > lastRecords,
                "documents went on after it: " + order);
        assertEquals(4, rig.central.central().attachmentTotals()[0]);
        // Progress tells documents apart from records: pending count and bytes fall to zero.
        SyncProgress last = progress.get(progress.size() - 1);
        assertEquals(0, last.documentsPending());
        assertEquals(0, last.documentBytesPending());
        assertEquals(800_000, last.documentBytesSent());
        assertTrue(progress.stream().anyMatch(p -> p.documentsPending() == 4 && p.documentBytesPending() < 800_000),
                "a document half sent shows as pending with fewer bytes");
    }

    @Test
    void withNoLinkTheRunEndsOfflineAndKeepsEveryDocument() throws Exception {
        Attachment a = SampleDocuments.add(rig.db, 30_000, 8);
        String nowhere;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nowhere = "http://127.0.0.1:" + closed.getLocalPort();
        }
        SyncResult r = rig.engine(nowhere, SyncRig.fastConfig()).run(null);
        assertEquals(SyncOutcome.UNREACHABLE, r.outcome(), r.summaryLine());
        assertEquals(1, rig.db.attachments().backlog().attachments());
        assertTrue(rig.db.attachments().quarantineReason(a.id()).isEmpty(), "a dead link sets nothing aside");

        assertEquals(SyncOutcome.DRAINED, rig.engine().run(null).outcome(), "sent once the link is back");
        assertArrayEquals(deskBytes(a), centralBytes(a));
    }

    private static int indexOf(List<String> list, String prefix, int from) {
        for (int i = from; i < list.size(); i++) {
            if (list.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static final OkHttpClient RIG_HTTP = new OkHttpClient();

    private Response get(String id, String token) throws Exception {
        Response r = RIG_HTTP.newCall(new Request.Builder().url(api() + id).header("Authorization", "Bearer " + token)
                .get().build()).execute();
        r.close();
        return r;
    }

    private AttachmentStatus status(Attachment a, String token) throws Exception {
        try (Response r = RIG_HTTP.newCall(new Request.Builder().url(api() + a.id())
                .header("Authorization", "Bearer " + token).get().build()).execute()) {
            if (r.code() == 404) {
                return new AttachmentStatus(0, 0, "none", null);
            }
            assertEquals(200, r.code());
            return Wire.read(r.body().bytes(), AttachmentStatus.class);
        }
    }

    private int put(String id, String token, long offset, long size, String sha, int chunk, byte[] from, int start,
                    int length) throws Exception {
        try (Response r = RIG_HTTP.newCall(new Request.Builder().url(api() + id)
                .header("Authorization", "Bearer " + token)
                .header(AttachmentStatus.OFFSET_HEADER, Long.toString(offset))
                .header(AttachmentStatus.LENGTH_HEADER, Long.toString(size))
                .header(AttachmentStatus.SHA256_HEADER, sha)
                .header(AttachmentStatus.CHUNK_HEADER, Integer.toString(chunk))
                .put(RequestBody.create(from, OCTETS, start, length)).build()).execute()) {
            r.body().bytes();
            return r.code();
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition c) throws Exception {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!c.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in 5 s");
            }
            Thread.sleep(10);
        }
    }
}
