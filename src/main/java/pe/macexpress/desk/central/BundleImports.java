package pe.macexpress.desk.central;

import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.bundle.BundleCrypto;
import pe.macexpress.desk.bundle.BundleException;
import pe.macexpress.desk.bundle.BundleFiles;
import pe.macexpress.desk.bundle.Parts;
import pe.macexpress.desk.bundle.SealedStream;
import pe.macexpress.desk.central.store.CentralStore;
import pe.macexpress.desk.security.PrivateFiles;
import pe.macexpress.desk.contract.BundleAnswerHeader;
import pe.macexpress.desk.contract.BundleAttachment;
import pe.macexpress.desk.contract.BundleAttachmentResult;
import pe.macexpress.desk.contract.BundleHeader;
import pe.macexpress.desk.contract.Change;
import pe.macexpress.desk.contract.ChangesPage;
import pe.macexpress.desk.contract.ErrorAnswer;
import pe.macexpress.desk.contract.UploadAnswer;
import pe.macexpress.desk.contract.UploadBatch;
import pe.macexpress.desk.contract.UploadRecord;
import pe.macexpress.desk.contract.Wire;

/**
 * {@code POST /bundles}: a USB bundle from a desk with no link, answered with its answer file. The
 * body streams into a private temporary folder, decrypted segment by segment (never whole in
 * memory) and checked to its last segment and part before anything is stored: a cut or altered
 * file is refused (400) with nothing applied. The token inside authenticates it (401 otherwise).
 * Then records go through the online upload's path (duplicates are duplicates), documents through
 * {@link AttachmentUploads}, and the answer carries the acknowledgements, the workstation's changes
 * after the bundle's cursor and the catalogue when the desk's is not the one served, sealed with the
 * answer key the bundle brought. Importing a bundle again stores nothing new and answers the same.
 */
final class BundleImports {
    /** Documents are up to 10 MB each and a vessel may carry hundreds. */
    static final long MAX_BUNDLE_BYTES = 2L * 1024 * 1024 * 1024;
    private static final int MAX_CHANGES = 10_000;
    private static final int MAX_INFLATED = 8 * 1024 * 1024;
    private static final int MAX_GZIP = 4 * 1024 * 1024;
    private static final String KEY_PRIVATE = "bundle.x25519.private";
    private static final String KEY_PUBLIC = "bundle.x25519.public";

    /** The online upload's store-and-answer path. */
    interface Records {
        UploadAnswer store(String workstation, List<UploadRecord> records) throws IOException;
    }

    private final CentralStore store;
    private final AttachmentUploads attachments;
    private final CatalogPublisher catalogs;
    private final Records records;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    BundleImports(CentralStore store, AttachmentUploads attachments, CatalogPublisher catalogs, Records records) {
        this.store = store;
        this.attachments = attachments;
        this.catalogs = catalogs;
        this.records = records;
        String priv = store.conf(KEY_PRIVATE).orElse(null);
        String pub = store.conf(KEY_PUBLIC).orElse(null);
        if (priv == null || pub == null) {
            // Created once, kept like the catalogue's signing key (a production central: in its HSM).
            KeyPair pair = BundleCrypto.newKeyPair();
            priv = BundleCrypto.encode(pair.getPrivate());
            pub = BundleCrypto.encode(pair.getPublic());
            store.putConf(KEY_PRIVATE, priv);
            store.putConf(KEY_PUBLIC, pub);
        }
        this.privateKey = BundleCrypto.privateKey(priv);
        this.publicKey = BundleCrypto.publicKey(pub);
    }

    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    void handle(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "POST");
            CentralApi.json(ex, 405, new ErrorAnswer("method"));
            return;
        }
        Path dir = Files.createTempDirectory(store.attachmentsFolder(), "bundle-");
        try {
            Path plain = dir.resolve("plain");
            try {
                open(ex.getRequestBody(), plain);
            } catch (BundleException e) {
                int status = e.problem() == BundleException.Problem.TOO_LARGE ? 413 : 400;
                if (status == 400) {
                    // Refused at the damaged segment: read the rest, so the desk gets the reason
                    // rather than a connection reset in the middle of its upload.
                    new Capped(ex.getRequestBody(), MAX_BUNDLE_BYTES).transferTo(OutputStream.nullOutputStream());
                }
                CentralApi.json(ex, status, new ErrorAnswer(refusal(e)));
                return;
            }
            Checked bundle;
            try {
                bundle = check(plain);
            } catch (IOException e) {
                CentralApi.json(ex, 400, new ErrorAnswer("the bundle opens but its content is unreadable: "
                        + e.getMessage() + "; nothing was stored"));
                return;
            }
            String ws = store.workstation(bundle.header.token() == null ? "" : bundle.header.token()).orElse(null);
            if (ws == null || !ws.equals(bundle.header.workstationId())) {
                CentralApi.json(ex, 401, new ErrorAnswer("unauthorized: the workstation's token in the bundle is"
                        + " unknown or revoked; nothing was stored"));
                return;
            }
            Path answer = dir.resolve("answer");
            try {
                apply(plain, bundle, ws, answer);
            } catch (CentralApi.NotYours e) {
                // Issue 15: a record another workstation sent first; that part was not stored.
                CentralApi.json(ex, 403, new ErrorAnswer("not yours: a record of the bundle belongs to another"
                        + " workstation; that part was not stored"));
                return;
            }
            ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
            ex.sendResponseHeaders(200, Files.size(answer));
            try (OutputStream out = ex.getResponseBody()) {
                Files.copy(answer, out);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static String refusal(BundleException e) {
        String why = switch (e.problem()) {
            case TRUNCATED -> "the bundle is incomplete (cut short)";
            case DAMAGED -> "the bundle was altered or cut inside a segment";
            case NOT_FOR_US -> "the bundle is not sealed for this central, or was altered";
            case TOO_LARGE -> "the bundle is larger than " + MAX_BUNDLE_BYTES + " bytes";
            default -> "not a bundle";
        };
        return why + " (" + e.getMessage() + "); nothing was stored";
    }

    /** Decrypts the whole body into {@code plain} (0600), or refuses it. */
    private void open(InputStream body, Path plain) throws BundleException, IOException {
        InputStream in = new BufferedInputStream(new Capped(body, MAX_BUNDLE_BYTES), 256 * 1024);
        try {
            SealedStream.Header h = BundleFiles.readBundleHeader(in);
            byte[] key = BundleFiles.bundleKey(h, privateKey, publicKey);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(privateFile(plain)), 256 * 1024)) {
                SealedStream.open(in, h, key, out);
            }
        } catch (Capped.TooLarge e) {
            throw new BundleException(BundleException.Problem.TOO_LARGE, "body over the limit");
        }
    }

    /** The header of a bundle whose plaintext was read through once: every part whole, an end. */
    private record Checked(BundleHeader header, UUID id, byte[] answerKey) {
    }

    private static Checked check(Path plain) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(plain))) {
            Parts.Part first = Parts.next(in);
            if (first == null || first.type() != Parts.HEADER) {
                throw new IOException("no header");
            }
            in.skipNBytes(first.dataLength());
            BundleHeader h = Wire.read(first.json(), BundleHeader.class);
            UUID id = UUID.fromString(String.valueOf(h.bundleId()));
            byte[] key = Base64.getDecoder().decode(String.valueOf(h.answerKey()));
            if (key.length != 32 || h.version() != BundleHeader.VERSION) {
                throw new IOException("header of another version");
            }
            boolean ended = false;
            for (Parts.Part p; (p = Parts.next(in)) != null; ) {
                if (ended) {
                    throw new IOException("parts after the end");
                }
                switch (p.type()) {
                    case Parts.RECORDS -> records(Parts.data(in, p, MAX_GZIP));
                    case Parts.ATTACHMENT -> {
                        Wire.read(p.json(), BundleAttachment.class);
                        in.skipNBytes(p.dataLength());
                    }
                    case Parts.END -> {
                        ended = true;
                        in.skipNBytes(p.dataLength());
                    }
                    default -> throw new IOException("unknown part " + p.type());
                }
            }
            if (!ended) {
                throw new IOException("no end part");
            }
            return new Checked(h, id, key);
        } catch (IllegalArgumentException | java.io.EOFException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void apply(Path plain, Checked bundle, String ws, Path answerFile) throws IOException {
        List<UploadAnswer> answers = new ArrayList<>();
        List<BundleAttachmentResult> documents = new ArrayList<>();
        int received = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(plain), 256 * 1024)) {
            for (Parts.Part p; (p = Parts.next(in)) != null; ) {
                switch (p.type()) {
                    case Parts.RECORDS -> {
                        List<UploadRecord> r = records(Parts.data(in, p, MAX_GZIP));
                        answers.add(records.store(ws, r));
                        received += r.size();
                    }
                    case Parts.ATTACHMENT -> {
                        BundleAttachment a = Wire.read(p.json(), BundleAttachment.class);
                        String state = a.size() != p.dataLength() ? null : attachments.acceptWhole(ws, a.id(),
                                a.size(), a.sha256(), in);
                        if (state == null) {
                            in.skipNBytes(p.dataLength());
                            state = BundleAttachmentResult.REFUSED;
                        }
                        documents.add(new BundleAttachmentResult(a.id(), state));
                    }
                    default -> in.skipNBytes(p.dataLength());
                }
            }
        }
        List<CentralStore.StoredChange> rows = store.changes(ws, bundle.header.cursor(), MAX_CHANGES + 1);
        List<Change> changes = rows.subList(0, Math.min(MAX_CHANGES, rows.size())).stream()
                .map(c -> new Change(c.seq(), c.type(), c.ref(), c.body())).toList();
        long cursor = changes.isEmpty() ? bundle.header.cursor() : changes.get(changes.size() - 1).seq();
        CatalogPublisher.Served served = catalogs.served();
        boolean newCatalog = !served.etag().equals(bundle.header.catalogEtag());
        BundleFiles.Sealing sealing = BundleFiles.answerFor(bundle.id, bundle.answerKey);
        try (OutputStream out = SealedStream.seal(new BufferedOutputStream(Files.newOutputStream(privateFile(answerFile))),
                sealing.header(), sealing.key())) {
            Parts.write(out, Parts.HEADER, Wire.json(new BundleAnswerHeader(1, bundle.id.toString(), ws, received,
                    newCatalog ? served.etag() : null, System.currentTimeMillis())), new byte[0]);
            for (UploadAnswer a : answers) {
                Parts.write(out, Parts.RECORDS, Wire.json(a), new byte[0]);
            }
            Parts.write(out, Parts.DOCUMENTS, Wire.json(new BundleAttachmentResult.All(documents)), new byte[0]);
            Parts.write(out, Parts.CHANGES, Wire.json(new ChangesPage(cursor,
                    rows.size() > MAX_CHANGES ? Boolean.TRUE : null, changes)), new byte[0]);
            if (newCatalog) {
                Parts.write(out, Parts.CATALOG, Wire.json(Map.of("etag", served.etag())), served.body());
            }
            Parts.write(out, Parts.END, Wire.json(Map.of()), new byte[0]);
        }
    }

    private static List<UploadRecord> records(byte[] gzip) throws IOException {
        return Wire.read(Wire.gunzip(gzip, MAX_INFLATED), UploadBatch.class).records();
    }

    /** A new empty file readable by the central's OS user only (the plaintext holds personal data). */
    private static Path privateFile(Path file) throws IOException {
        return Files.createFile(file, PrivateFiles.fileAttributes(file));
    }

    /** The request body, refused past {@code max} bytes. */
    private static final class Capped extends FilterInputStream {
        static final class TooLarge extends IOException {
            TooLarge() {
                super("too large");
            }
        }

        private long left;

        Capped(InputStream in, long max) {
            super(in);
            this.left = max;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (left -= n) < 0) {
                throw new TooLarge();
            }
            return n;
        }
    }
}
