package pe.macexpress.desk.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import pe.macexpress.desk.contract.AttachmentStatus;
import pe.macexpress.desk.contract.CodeStatus;
import pe.macexpress.desk.contract.ErrorAnswer;
import pe.macexpress.desk.contract.ChangesPage;
import pe.macexpress.desk.contract.ReconcileAnswer;
import pe.macexpress.desk.contract.ReconcileRequest;
import pe.macexpress.desk.contract.UploadAnswer;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.security.TransportPolicy;

/**
 * HTTP to the central's /api/v1, speaking the records of {@code contract}. OkHttp's own silent
 * retries are off: every try is counted and decided by the engine. Counts requests and bytes on
 * the wire (request line, headers and body both ways) as sent and received by this client.
 */
public final class CentralClient {
    static final MediaType JSON = MediaType.get("application/json");
    private static final int MAX_ANSWER = 4 * 1024 * 1024;

    private final OkHttpClient http;
    private final Central central;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    /** Calls not finished yet, body included (OkHttp's dispatcher forgets a call once its head is in). */
    private final java.util.Set<okhttp3.Call> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public CentralClient(OkHttpClient base, Central central, SyncConfig config) {
        this.central = central;
        this.http = base.newBuilder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.callTimeout())
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
    }

    public Central central() {
        return central;
    }

    public int requests() {
        return requests.get();
    }

    public long bytes() {
        return bytes.get();
    }

    /** POST an encoded {@code UploadBatch} (gzip JSON, see {@code Wire.gzipJson}) to /records. */
    UploadAnswer upload(byte[] gzipBatch) throws CentralException {
        return json(call(authorized("/records").post(gzipped(gzipBatch))), UploadAnswer.class);
    }

    /** POST (id, hash) pairs of one kind to /reconcile. */
    ReconcileAnswer reconcile(ReconcileRequest request) throws CentralException {
        return json(call(authorized("/reconcile").post(gzipped(Wire.gzipJson(request)))), ReconcileAnswer.class);
    }

    ChangesPage changes(long since) throws CentralException {
        return json(call(authorized("/changes?since=" + since).get()), ChangesPage.class);
    }

    /**
     * Where the procedure behind an attention code of any point stands, as the central knows it;
     * empty when the central holds no attention with that code (404). Blocks on the network: never
     * on the FX thread. Lower case and spaces around are forgiven.
     *
     * @throws IllegalArgumentException when {@code code} is not an attention code's shape (nothing is
     *                                  sent; check {@link AttentionCode#isWellFormed} first)
     * @throws CentralException as every call (401, busy, unreachable, not JSON); also when two
     *                          points drew the same code (409): the central cannot tell which is meant
     */
    public Optional<CodeStatus> lookup(String code) throws CentralException {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!AttentionCode.isWellFormed(c)) {
            throw new IllegalArgumentException("not an attention code");
        }
        Answer a = exchange(authorized("/codes/" + c).get().build());
        if (a.status == 404) {
            requireJson(a); // a proxy's or captive portal's 404 page is not the central saying "unknown"
            return Optional.empty();
        }
        if (a.status != 200) {
            throw new CentralException(SyncError.SERVER, "HTTP " + a.status, null, null);
        }
        return Optional.of(json(a, CodeStatus.class));
    }

    /** The catalogue when it changed since {@code etag}; null when 304. */
    Answer catalog(String etag) throws CentralException {
        Request.Builder b = authorized("/catalog").get();
        if (etag != null && !etag.isEmpty()) {
            b.header("If-None-Match", etag);
        }
        Answer a = call(b);
        if (a.status == 304) {
            return null;
        }
        requireJson(a);
        return a;
    }

    private Request.Builder authorized(String path) throws CentralException {
        if (!central.enrolled()) {
            throw new CentralException(SyncError.NOT_ENROLLED, "workstation not enrolled", null, null);
        }
        if (!central.token().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            // Issue 15: a token saved with a line break (before enrollment checked it) made every sync
            // die with a stack trace in OkHttp's header check; it is a token to renew, like a 401.
            throw new CentralException(SyncError.UNAUTHORIZED, "the stored token is malformed", null, null);
        }
        if (!TransportPolicy.allowed(central.baseUrl(), central.httpsOnly())) {
            throw new CentralException(SyncError.NOT_ENROLLED, "the central's address is not https", null, null);
        }
        return new Request.Builder().url(central.api() + path)
                .header("Authorization", "Bearer " + central.token())
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", "macx/1");
    }

    private static RequestBody gzipped(byte[] body) {
        return RequestBody.create(body, JSON);
    }

    /** A complete answer: status, headers and the raw body (inflated when it came gzip). */
    record Answer(int status, Headers headers, byte[] body) {
    }

    Answer call(Request.Builder builder) throws CentralException {
        Request request = builder.build();
        if (request.body() != null) {
            request = request.newBuilder().header("Content-Encoding", "gzip").build();
        }
        Answer a = exchange(request);
        if (a.status == 403) {
            // Issue 15: the central binds records to the workstation that first sent them.
            throw new CentralException(SyncError.FORBIDDEN, "403 from the central", null, null);
        }
        if (a.status >= 300 && a.status != 304) {
            throw new CentralException(SyncError.SERVER, "HTTP " + a.status, null, null);
        }
        return a;
    }

    /** What the central holds of an attachment; null when it holds nothing (404). */
    AttachmentStatus attachmentStatus(UUID id) throws CentralException {
        Answer a = exchange(authorized("/attachments/" + id).get().build());
        if (a.status == 404) {
            return null;
        }
        return attachmentAnswer(a).status();
    }

    /**
     * PUT {@code length} bytes of {@code file} from {@code offset} (the attachment's bytes, not
     * gzip). The answer says what the central holds now; 409 (resume elsewhere) and the refusals
     * (400, 403, 413) are answers too, anything else throws.
     */
    AttachmentAnswer putAttachment(UUID id, pe.macexpress.desk.store.SealedDocuments documents, Path file, long offset,
                                   long length, long size, String sha256, int chunkBytes) throws CentralException {
        RequestBody body = new FileRegionBody(documents, file, offset, length);
        Request request = authorized("/attachments/" + id).put(body)
                .header(AttachmentStatus.OFFSET_HEADER, Long.toString(offset))
                .header(AttachmentStatus.LENGTH_HEADER, Long.toString(size))
                .header(AttachmentStatus.SHA256_HEADER, sha256)
                .header(AttachmentStatus.CHUNK_HEADER, Integer.toString(chunkBytes))
                .build();
        return attachmentAnswer(exchange(request));
    }

    /** An attachment call's answer: the status (200, 409) or the central's refusal (400, 403, 413). */
    record AttachmentAnswer(int code, AttachmentStatus status, String refusal) {
    }

    private static AttachmentAnswer attachmentAnswer(Answer a) throws CentralException {
        return switch (a.status) {
            case 200, 409 -> new AttachmentAnswer(a.status, json(a, AttachmentStatus.class), null);
            case 400, 403, 413 -> {
                requireJson(a);
                String why;
                try {
                    why = Wire.read(a.body(), ErrorAnswer.class).error();
                } catch (IOException e) {
                    throw new CentralException(SyncError.SERVER, "answer does not match the contract", null, e);
                }
                yield new AttachmentAnswer(a.status, null, why == null ? "refused" : why);
            }
            default -> throw new CentralException(SyncError.SERVER, "HTTP " + a.status, null, null);
        };
    }

    /**
     * Bytes of a document, streamed from disk: a document is never held whole in memory. Issue 15:
     * the file is sealed; only the chunks the range covers are opened.
     */
    private static final class FileRegionBody extends RequestBody {
        private static final MediaType OCTETS = MediaType.get("application/octet-stream");
        private final pe.macexpress.desk.store.SealedDocuments documents;
        private final Path file;
        private final long offset;
        private final long length;

        FileRegionBody(pe.macexpress.desk.store.SealedDocuments documents, Path file, long offset, long length) {
            this.documents = documents;
            this.file = file;
            this.offset = offset;
            this.length = length;
        }

        @Override
        public MediaType contentType() {
            return OCTETS;
        }

        @Override
        public long contentLength() {
            return length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            try (java.io.InputStream in = documents.open(file)) {
                in.skipNBytes(offset);
                byte[] buf = new byte[(int) Math.min(64 * 1024, Math.max(1, length))];
                long left = length;
                while (left > 0) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (n < 0) {
                        throw new IOException("file shorter than declared");
                    }
                    sink.write(buf, 0, n);
                    left -= n;
                }
            }
        }
    }

    /** One request as it is (counted): 401 and 429/503 and a dead link throw, every other status is returned. */
    private Answer exchange(Request request) throws CentralException {
        requests.incrementAndGet();
        bytes.addAndGet(requestBytes(request));
        okhttp3.Call call = http.newCall(request);
        inFlight.add(call);
        try (Response r = call.execute()) {
            ResponseBody body = r.body();
            byte[] raw = body == null ? new byte[0] : body.byteStream().readNBytes(MAX_ANSWER);
            bytes.addAndGet(responseHeadBytes(r) + raw.length);
            if (r.code() == 401) {
                throw new CentralException(SyncError.UNAUTHORIZED, "401 from the central", null, null);
            }
            if (r.code() == 429 || r.code() == 503) {
                throw new CentralException(SyncError.BUSY, r.code() + " from the central",
                        retryAfter(r.header("Retry-After")), null);
            }
            if ("gzip".equalsIgnoreCase(r.header("Content-Encoding")) && raw.length > 0) {
                raw = Wire.gunzip(raw, MAX_ANSWER);
            }
            return new Answer(r.code(), r.headers(), raw);
        } catch (IOException e) {
            throw new CentralException(SyncError.UNREACHABLE, e.getClass().getSimpleName(), null, e);
        } finally {
            inFlight.remove(call);
        }
    }

    /**
     * Cancels every call under way, while its answer is still arriving too: the call fails at once
     * as unreachable. Issue 15: how a run that must give the data folder back stops without waiting
     * for a central that drips bytes.
     */
    public void cancelInFlight() {
        inFlight.forEach(okhttp3.Call::cancel);
    }

    /** Only JSON counts: a 200 HTML page is a captive portal, not an answer. */
    private static void requireJson(Answer a) throws CentralException {
        String type = a.headers().get("Content-Type");
        if (type == null || !type.contains("json")) {
            throw new CentralException(SyncError.CAPTIVE_PORTAL, "answer is not JSON", null, null);
        }
    }

    /** The answer as the contract's record; anything else is the central failing (or not the central). */
    private static <T> T json(Answer a, Class<T> type) throws CentralException {
        requireJson(a);
        try {
            return Wire.read(a.body(), type);
        } catch (IOException e) {
            throw new CentralException(SyncError.SERVER, "answer does not match the contract", null, e);
        }
    }

    static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Math.min(600, Long.parseLong(header.strip()))));
        } catch (NumberFormatException e) {
            return null; // HTTP-date form: fall back to our own backoff
        }
    }

    private static long requestBytes(Request r) {
        long n = r.method().length() + 1 + r.url().encodedPath().length()
                + (r.url().encodedQuery() == null ? 0 : r.url().encodedQuery().length() + 1) + 11;
        // OkHttp adds Host, Connection and Content-Length.
        n += headerBytes(r.headers()) + 6 + r.url().host().length() + 7 + 24 + 2;
        try {
            n += r.body() == null ? 0 : r.body().contentLength() + 18;
        } catch (IOException e) {
            // contentLength of a byte array never fails
        }
        return n;
    }

    private static long responseHeadBytes(Response r) {
        return 9 + 4 + r.message().length() + 2 + headerBytes(r.headers()) + 2;
    }

    private static long headerBytes(Headers h) {
        long n = 0;
        for (int i = 0; i < h.size(); i++) {
            n += h.name(i).length() + 2 + h.value(i).length() + 2;
        }
        return n;
    }
}
