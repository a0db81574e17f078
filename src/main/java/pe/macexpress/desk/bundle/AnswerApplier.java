package pe.macexpress.desk.bundle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import pe.macexpress.desk.contract.BundleAnswerHeader;
import pe.macexpress.desk.contract.BundleAttachmentResult;
import pe.macexpress.desk.contract.ChangesPage;
import pe.macexpress.desk.contract.UploadAnswer;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.BundleStore;
import pe.macexpress.desk.store.OutboxSettlement;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.sync.AnswerSettlement;
import pe.macexpress.desk.sync.CatalogSink;
import pe.macexpress.desk.sync.ChangesReceived;

/**
 * {@code sync --from-file}: opens an answer file with the key its bundle was written with, checks all
 * of it (every segment, every part, the acknowledgements against what the bundle carried), and only
 * then applies it in one transaction: outbox entries settled as the online sync settles them,
 * documents marked sent, changes kept with the cursor. A catalogue goes to the catalogue service
 * afterwards. Every step changes only what is not settled yet, so applying it twice changes nothing.
 */
final class AnswerApplier {
    /** An answer carries acknowledgements, changes and at most one catalogue: a few MB at most. */
    static final int MAX_PLAINTEXT = 64 * 1024 * 1024;
    private static final int MAX_PART = 16 * 1024 * 1024;

    private final Store store;
    private final Clock clock;

    AnswerApplier(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Bundles.Applied apply(Path file, String workstationId, CatalogSink catalogs) throws BundleException {
        Opened answer;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            answer = open(in, workstationId);
        } catch (IOException e) {
            throw new BundleException(BundleException.Problem.IO, "cannot read the answer: " + e.getMessage(), e);
        }
        List<OutboxSettlement> acknowledged = new ArrayList<>();
        List<OutboxSettlement> setAside = new ArrayList<>();
        settlements(answer, acknowledged, setAside);
        Instant now = clock.instant();
        long since = ChangesReceived.cursor(store);
        int[] done = store.write(tx -> {
            int acks = store.outbox().settleCarried(tx, acknowledged);
            int aside = store.outbox().settleCarried(tx, setAside);
            int documents = 0;
            for (BundleAttachmentResult d : answer.documents) {
                if (BundleAttachmentResult.ACCEPTED.equals(d.state())
                        && store.attachments().markSent(tx, UUID.fromString(d.id()))) {
                    documents++;
                }
            }
            ChangesReceived.keep(tx, store, answer.changes.changes(), since, answer.changes.cursor(), now);
            boolean first = store.bundles().markApplied(tx, answer.bundle.id(), now);
            return new int[] {acks, aside, documents, first ? 1 : 0};
        });
        boolean catalog = false;
        String etag = answer.header.catalogEtag();
        if (answer.catalog != null && etag != null
                && !etag.equals(store.settings().get(Setting.CATALOG_ETAG).orElse(null)) && catalogs != null) {
            // As online: the ETag is kept only when the sink installed the catalogue.
            catalog = catalogs.offer(answer.catalog);
            if (catalog) {
                store.settings().put(Setting.CATALOG_ETAG, etag);
            }
        }
        return new Bundles.Applied(answer.bundle.id(), answer.bundle.records(), done[0], done[1],
                acknowledged.size() + setAside.size() - done[0] - done[1], done[2], answer.changes.changes().size(),
                catalog, done[3] == 1);
    }

    /** An answer file checked whole, and the bundle it answers. */
    private static final class Opened {
        BundleStore.Written bundle;
        BundleAnswerHeader header;
        final List<UploadAnswer> records = new ArrayList<>();
        List<BundleAttachmentResult> documents = List.of();
        ChangesPage changes = new ChangesPage(0, null, List.of());
        byte[] catalog;
    }

    private Opened open(InputStream in, String workstationId) throws BundleException, IOException {
        SealedStream.Header h = BundleFiles.readAnswerHeader(in);
        UUID bundleId = BundleFiles.answerBundleId(h);
        Opened o = new Opened();
        o.bundle = store.bundles().find(bundleId).orElseThrow(() -> new BundleException(
                BundleException.Problem.UNKNOWN_BUNDLE, "no bundle " + bundleId + " was written here"));
        byte[] key = BundleFiles.answerKey(h, Base64.getDecoder().decode(o.bundle.answerKey()));
        Bounded plain = new Bounded(MAX_PLAINTEXT);
        try {
            SealedStream.open(in, h, key, plain);
        } catch (java.io.UncheckedIOException e) {
            throw new BundleException(BundleException.Problem.TOO_LARGE, e.getCause().getMessage());
        }
        try {
            readParts(new ByteArrayInputStream(plain.toByteArray()), o, workstationId);
        } catch (IOException e) {
            throw new BundleException(BundleException.Problem.DAMAGED, "the answer's content is unreadable: "
                    + e.getMessage(), e);
        }
        return o;
    }

    private static void readParts(InputStream in, Opened o, String workstationId) throws IOException {
        boolean ended = false;
        for (Parts.Part p; (p = Parts.next(in)) != null; ) {
            if (ended) {
                throw new IOException("parts after the end");
            }
            byte[] data = Parts.data(in, p, MAX_PART);
            if (o.header == null && p.type() != Parts.HEADER) {
                throw new IOException("the answer does not start with its header");
            }
            switch (p.type()) {
                case Parts.HEADER -> o.header = Wire.read(p.json(), BundleAnswerHeader.class);
                case Parts.RECORDS -> o.records.add(Wire.read(p.json(), UploadAnswer.class));
                case Parts.DOCUMENTS -> o.documents = Wire.read(p.json(), BundleAttachmentResult.All.class).results();
                case Parts.CHANGES -> o.changes = Wire.read(p.json(), ChangesPage.class);
                case Parts.CATALOG -> o.catalog = data;
                case Parts.END -> ended = true;
                default -> throw new IOException("unknown part " + (char) p.type());
            }
        }
        if (!ended) {
            throw new IOException("no end part");
        }
        if (!o.bundle.id().toString().equals(o.header.bundleId()) || !workstationId.equals(o.header.workstationId())) {
            throw new IOException("the answer names another bundle or workstation");
        }
        for (BundleAttachmentResult d : o.documents) {
            UUID.fromString(d.id()); // a malformed id refuses the whole answer before anything is applied
        }
    }

    /** The answer's verdicts, through the online sync's mapping, onto the entries each record carried. */
    private static void settlements(Opened o, List<OutboxSettlement> acknowledged, List<OutboxSettlement> setAside)
            throws BundleException {
        List<List<Long>> carried;
        try {
            carried = Wire.mapper().readValue(o.bundle.entries(),
                    Wire.mapper().getTypeFactory().constructCollectionType(List.class,
                            Wire.mapper().getTypeFactory().constructCollectionType(List.class, Long.class)));
        } catch (IOException e) {
            throw new BundleException(BundleException.Problem.IO, "the bundle's record list is unreadable", e);
        }
        int at = 0;
        try {
            for (UploadAnswer a : o.records) {
                List<AnswerSettlement.Outcome> outcomes = AnswerSettlement.outcomes(a.received(), a);
                for (AnswerSettlement.Outcome out : outcomes) {
                    if (at >= carried.size()) {
                        throw new AnswerSettlement.Mismatch("more acknowledgements than records");
                    }
                    List<Long> row = carried.get(at++);
                    int sv = row.get(0).intValue();
                    for (Long entry : row.subList(1, row.size())) {
                        (out.acknowledged() ? acknowledged : setAside)
                                .add(new OutboxSettlement(entry, out.result(), out.reason(), sv));
                    }
                }
            }
        } catch (AnswerSettlement.Mismatch e) {
            throw new BundleException(BundleException.Problem.DAMAGED, e.getMessage());
        }
        if (at != carried.size() || o.header.records() != carried.size()) {
            throw new BundleException(BundleException.Problem.DAMAGED,
                    "the answer acknowledges " + at + " records; the bundle carried " + carried.size());
        }
    }

    /** The plaintext in memory, refused beyond {@code max} bytes. */
    private static final class Bounded extends ByteArrayOutputStream {
        private final int max;

        Bounded(int max) {
            this.max = max;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (count + len > max) {
                throw new java.io.UncheckedIOException(new IOException("answer larger than " + max + " bytes"));
            }
            super.write(b, off, len);
        }
    }
}
