package pe.macexpress.desk.bundle;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import pe.macexpress.desk.security.PrivateFiles;
import pe.macexpress.desk.contract.BundleAttachment;
import pe.macexpress.desk.contract.BundleHeader;
import pe.macexpress.desk.contract.UploadBatch;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.BundleStore;
import pe.macexpress.desk.store.OutboxEntry;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.sync.ChangesReceived;
import pe.macexpress.desk.sync.OutboxRecords;

/**
 * {@code sync --to-file}: everything not yet settled (records of every kind, encoded as the online
 * upload encodes them, and the bytes of documents the central does not hold) into one file sealed
 * for the central, streamed: a document is never held in memory whole. Nothing changes state:
 * records stay pending until an answer (file or online) acknowledges them. The file is written to
 * {@code FILE.tmp} (0600), forced to disk, remembered with its answer key, then renamed.
 */
final class BundleWriter {
    private static final int PAGE = UploadBatch.MAX_RECORDS;

    private final Store store;
    private final OutboxRecords encoder;
    private final Clock clock;

    BundleWriter(Store store, OutboxRecords encoder, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.clock = clock;
    }

    Bundles.Written write(Path file, Bundles.Identity who) throws BundleException {
        PublicKey centralKey = who.centralKey();
        UUID id = UUID.randomUUID();
        byte[] answerKey = BundleCrypto.random(32);
        Instant now = clock.instant();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        BundleFiles.Sealing sealing = BundleFiles.bundleFor(centralKey);
        Counts counts = new Counts();
        List<List<Long>> carried = new ArrayList<>();
        try {
            Files.deleteIfExists(tmp);
            try (FileChannel ch = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PrivateFiles.fileAttributes(tmp));
                 OutputStream sealed = SealedStream.seal(new Forced(ch), sealing.header(), sealing.key())) {
                BundleHeader header = new BundleHeader(BundleHeader.VERSION, id.toString(), who.workstationId(),
                        who.token(), ChangesReceived.cursor(store),
                        store.settings().get(Setting.CATALOG_ETAG).orElse(""),
                        Base64.getEncoder().encodeToString(answerKey), now.toEpochMilli());
                Parts.write(sealed, Parts.HEADER, Wire.json(header), new byte[0]);
                writeRecords(sealed, carried, counts);
                writeDocuments(sealed, counts);
                Parts.write(sealed, Parts.END, Wire.json(Map.of("records", counts.records,
                        "attachments", counts.documents)), new byte[0]);
            }
            store.bundles().remember(new BundleStore.Written(id, Base64.getEncoder().encodeToString(answerKey),
                    Wire.mapper().writeValueAsString(carried), counts.records, counts.documents, now, null));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Bundles.Written(id, counts.records, counts.notCarried, counts.documents, counts.documentBytes,
                    Files.size(file));
        } catch (IOException e) {
            throw new BundleException(BundleException.Problem.IO, "cannot write the bundle: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover .tmp is harmless: the next bundle replaces it
            }
        }
    }

    /** Unsettled entries page by page; per record carried, [schema version, its entries…]. */
    private void writeRecords(OutputStream out, List<List<Long>> carried, Counts counts) throws IOException {
        long after = 0;
        while (true) {
            List<OutboxEntry> page = store.outbox().unsettled(after, PAGE);
            if (page.isEmpty()) {
                return;
            }
            after = page.get(page.size() - 1).id();
            OutboxRecords.Encoded e = encoder.encode(page);
            // Set aside online (unknown kind, purged): left for the online sync, which settles them.
            counts.notCarried += e.setAside().size();
            if (e.records().isEmpty()) {
                continue;
            }
            for (OutboxRecords.Key k : e.keys()) {
                List<Long> row = new ArrayList<>();
                row.add((long) e.schemaVersions().get(k));
                row.addAll(e.entries().get(k));
                carried.add(row);
            }
            Parts.write(out, Parts.RECORDS, Wire.json(Map.of("n", e.records().size())),
                    Wire.gzipJson(new UploadBatch(e.records())));
            counts.records += e.records().size();
        }
    }

    /** Pending documents whose file is whole here; the others are left to the online uploader. */
    private void writeDocuments(OutputStream out, Counts counts) throws IOException {
        for (Attachment a : store.attachments().pending(Integer.MAX_VALUE)) {
            Path f = store.attachmentsFolder().resolve(a.file());
            if (!Files.isRegularFile(f) || store.documents().plainSize(f) != a.size()) {
                continue;
            }
            Parts.start(out, Parts.ATTACHMENT, Wire.json(new BundleAttachment(a.id().toString(), a.size(),
                    a.sha256())), a.size());
            try (InputStream in = store.documents().open(f)) { // issue 15: sealed on disk, plain in the bundle's part
                long copied = in.transferTo(out);
                if (copied != a.size()) {
                    throw new IOException("a document changed while it was written");
                }
            }
            counts.documents++;
            counts.documentBytes += a.size();
        }
    }

    private static final class Counts {
        int records;
        int notCarried;
        int documents;
        long documentBytes;
    }

    /** Buffered writes to the channel; closing forces the bytes to the device (a USB stick pulled out). */
    private static final class Forced extends FilterOutputStream {
        private final FileChannel channel;

        Forced(FileChannel channel) {
            super(new BufferedOutputStream(Channels.newOutputStream(channel), 256 * 1024));
            this.channel = channel;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
            channel.force(true);
            out.close();
        }
    }
}
