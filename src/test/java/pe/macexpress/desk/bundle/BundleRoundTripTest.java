package pe.macexpress.desk.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.AttachmentState;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.sync.SyncOutcome;
import pe.macexpress.desk.sync.SyncResult;
import pe.macexpress.desk.testing.SampleDocuments;

/**
 * The USB loop with the real reference central on loopback: desk → bundle file → {@code POST
 * /api/v1/bundles} → answer file → desk. Nothing lost or doubled, files imported or applied twice,
 * cut or altered files refused with nothing applied, and records that also went online held and
 * settled once.
 */
class BundleRoundTripTest {
    @TempDir
    Path dir;
    private BundleRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new BundleRig(dir);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private List<Attachment> documents(int n, long seed) {
        Random sizes = new Random(seed);
        List<Attachment> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(SampleDocuments.add(rig.db, 20_000 + sizes.nextInt(180_000), seed + i));
        }
        return docs;
    }

    private Map<String, String> deskRecords() {
        Map<String, String> m = new TreeMap<>();
        for (Attention a : rig.db.attentions().recent(Integer.MAX_VALUE)) {
            m.put(a.id().toString(), AttentionKind.hash(a));
        }
        return m;
    }

    private long unsettled() {
        return rig.count("SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')");
    }

    @Test
    void aThousandRecordsAndTheirDocumentsMakeTheTripOnce() throws Exception {
        rig.save(1, 1000);
        List<Attachment> docs = documents(40, 100);
        Path usb = Files.createDirectories(dir.resolve("usb"));

        Bundles.Written w = rig.bundles.writeTo(usb.resolve("envio.mxb"));

        assertEquals(1000, w.records());
        assertEquals(40, w.documents());
        assertEquals(1000, unsettled(), "writing the file settles nothing");
        assertEquals(40, rig.db.attachments().backlog().attachments());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(usb.resolve("envio.mxb"))));
        assertFalse(Files.exists(usb.resolve("envio.mxb.tmp")));
        assertTrue(w.fileBytes() >= w.documentBytes(), "the documents are inside: " + w);

        BundleRig.Posted posted = rig.post(usb.resolve("envio.mxb"), usb.resolve("respuesta.mxa"));
        assertEquals(200, posted.status(), posted.error());
        assertEquals(deskRecords(), new TreeMap<>(rig.central.central().all()), "central vs desk (id → hash)");
        for (Attachment a : docs) {
            Path held = rig.central.centralApi().attachmentFile(a.id().toString()).orElseThrow();
            assertArrayEquals(SampleDocuments.read(rig.db.attachmentsFolder().resolve(a.file())),
                    SampleDocuments.read(held), "bytes of " + a);
        }
        assertEquals(40, rig.central.central().attachmentTotals()[0]);

        Bundles.Applied applied = rig.bundles.applyAnswer(posted.answer());

        assertEquals(1000, applied.acknowledged());
        assertEquals(0, applied.setAside());
        assertEquals(40, applied.documents());
        assertTrue(applied.firstTime());
        assertEquals(0, unsettled());
        assertEquals(1000, rig.count("SELECT count(*) FROM outbox WHERE state = 'acknowledged' AND result = 'accepted'"));
        assertEquals(0, rig.db.attachments().backlog().attachments());
        assertEquals(AttachmentState.SENT, rig.db.attachments().find(docs.get(0).id()).orElseThrow().state());
        assertTrue(rig.db.settings().lastSync().isPresent(), "the central was heard from");
        // Nothing is left for the online sync either.
        SyncResult online = rig.engine().run(null);
        assertEquals(0, online.sent(), online.summaryLine());
        assertEquals(1000, rig.central.central().attentions());
    }

    @Test
    void aResultThatArrivesOnTheAnswerFileReachesItsCaseOnce() throws Exception {
        rig.save(1, 5);
        Attention a = pe.macexpress.desk.testing.SyncSamples.of(3);
        rig.central.central().addChange(BundleRig.WORKSTATION, "result", a.id().toString(),
                "{\"c\":\"" + a.code() + "\",\"st\":\"resuelto\",\"no\":\"Constancia lista\",\"t\":1764600000000}");
        Path bundle = dir.resolve("envio.mxb");
        rig.bundles.writeTo(bundle);
        BundleRig.Posted posted = rig.post(bundle, dir.resolve("respuesta.mxa"));
        assertEquals(200, posted.status(), posted.error());

        Bundles.Applied applied = rig.bundles.applyAnswer(posted.answer());
        assertEquals(1, applied.changes());
        var c = rig.db.cases().find(a.id()).orElseThrow();
        assertEquals(pe.macexpress.desk.core.CaseAnswer.RESUELTO, c.result().status());
        assertEquals("Constancia lista", c.result().note());
        assertEquals(0, rig.count("SELECT count(*) FROM sync_inbox"), "applied, then purged from the inbox");
        rig.db.cases().markRead(a.id());
        rig.bundles.applyAnswer(posted.answer());
        assertFalse(rig.db.cases().find(a.id()).orElseThrow().hasUnreadResult(), "the same answer again is not news");
    }

    @Test
    void theSameBundleTwiceAndTheSameAnswerTwiceChangeNothing() throws Exception {
        rig.save(1, 60);
        documents(3, 7);
        Path bundle = dir.resolve("envio.mxb");
        rig.bundles.writeTo(bundle);
        BundleRig.Posted first = rig.post(bundle, dir.resolve("r1.mxa"));
        Map<String, String> held = new TreeMap<>(rig.central.central().all());
        long[] attachments = rig.central.central().attachmentTotals();

        BundleRig.Posted second = rig.post(bundle, dir.resolve("r2.mxa"));

        assertEquals(200, second.status(), second.error());
        assertEquals(held, new TreeMap<>(rig.central.central().all()), "imported twice: the same records");
        assertArrayEquals(attachments, rig.central.central().attachmentTotals());
        Bundles.Applied a1 = rig.bundles.applyAnswer(first.answer());
        assertEquals(60, a1.acknowledged());
        assertEquals(3, a1.documents());
        Bundles.Applied again = rig.bundles.applyAnswer(first.answer());
        assertEquals(0, again.acknowledged());
        assertEquals(0, again.setAside());
        assertEquals(0, again.documents());
        assertEquals(60, again.alreadySettled());
        assertFalse(again.firstTime());
        // The second import's answer says duplicate for every record: applying it changes nothing either.
        Bundles.Applied a2 = rig.bundles.applyAnswer(second.answer());
        assertEquals(0, a2.acknowledged() + a2.setAside());
        assertEquals(60, rig.count("SELECT count(*) FROM outbox WHERE state = 'acknowledged' AND result = 'accepted'"),
                "each entry settled once, by the first answer");
    }

    @Test
    void aBundleCutInTheMiddleOrAlteredIsRefusedAndNothingIsStored() throws Exception {
        rig.save(1, 300);
        documents(5, 11);
        Path bundle = dir.resolve("envio.mxb");
        rig.bundles.writeTo(bundle);
        byte[] whole = Files.readAllBytes(bundle);

        Path cut = dir.resolve("cortado.mxb");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        BundleRig.Posted refused = rig.post(cut, dir.resolve("x.mxa"));
        assertEquals(400, refused.status());
        assertTrue(refused.error().contains("nothing was stored"), refused.error());
        assertTrue(refused.error().contains("cut") || refused.error().contains("incomplete"), refused.error());

        // Cut exactly after a segment: every segment there authenticates, only the last is missing.
        int segment = SealedStream.SEGMENT + 16;
        int header = 10 + 44;
        Files.write(cut, java.util.Arrays.copyOf(whole, header + 3 * segment));
        BundleRig.Posted atBoundary = rig.post(cut, dir.resolve("x.mxa"));
        assertEquals(400, atBoundary.status());
        assertTrue(atBoundary.error().contains("incomplete"), atBoundary.error());

        byte[] altered = whole.clone();
        altered[altered.length / 3] ^= 0x01;
        Files.write(cut, altered);
        BundleRig.Posted changed = rig.post(cut, dir.resolve("x.mxa"));
        assertEquals(400, changed.status());
        assertTrue(changed.error().contains("altered"), changed.error());

        assertEquals(0, rig.central.central().all().size(), "nothing applied at the central");
        assertEquals(0, rig.central.central().attachmentTotals()[0]);
        assertEquals(300, unsettled());
    }

    @Test
    void aCutAnswerIsRefusedAtTheDeskWithNothingApplied() throws Exception {
        rig.save(1, 200);
        documents(2, 3);
        rig.central.central().addChange(BundleRig.WORKSTATION, "message", "", "Llegan formularios nuevos el lunes");
        Path bundle = dir.resolve("envio.mxb");
        rig.bundles.writeTo(bundle);
        Path answer = rig.post(bundle, dir.resolve("r.mxa")).answer();
        byte[] whole = Files.readAllBytes(answer);
        Path cut = dir.resolve("cortada.mxa");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 40));

        BundleException e = assertThrows(BundleException.class, () -> rig.bundles.applyAnswer(cut));

        assertTrue(e.problem() == BundleException.Problem.TRUNCATED || e.problem() == BundleException.Problem.DAMAGED,
                e.problem() + " " + e.getMessage());
        assertEquals(200, unsettled());
        assertEquals(2, rig.db.attachments().backlog().attachments());
        assertEquals(0, rig.db.inbox().size());
        assertTrue(rig.db.settings().get(Setting.CHANGES_CURSOR).isEmpty());

        Bundles.Applied applied = rig.bundles.applyAnswer(answer);
        assertEquals(200, applied.acknowledged());
        assertEquals(1, applied.changes(), "the central's message comes with the answer");
        assertEquals(1, rig.db.inbox().size());
        assertTrue(applied.catalogInstalled(), "the desk had no catalogue of the central: the answer brings it");
        assertEquals(rig.db.settings().get(Setting.CATALOG_ETAG).isPresent(), true);
        assertFalse(rig.bundles.applyAnswer(answer).catalogInstalled(), "the same catalogue is not installed twice");
    }

    @Test
    void answersOfAnotherBundleAndBundlesOfARevokedDeskAreRefused() throws Exception {
        rig.save(1, 5);
        Path bundle = dir.resolve("envio.mxb");
        rig.bundles.writeTo(bundle);
        Path answer = rig.post(bundle, dir.resolve("r.mxa")).answer();
        try (BundleRig other = new BundleRig(dir.resolve("otra"))) {
            Files.createDirectories(dir.resolve("otra"));
            BundleException e = assertThrows(BundleException.class, () -> other.bundles.applyAnswer(answer));
            assertEquals(BundleException.Problem.UNKNOWN_BUNDLE, e.problem());
            // A bundle sealed for another central does not open there.
            assertEquals(400, other.post(bundle, dir.resolve("y.mxa")).status());
        }
        BundleException notAnswer = assertThrows(BundleException.class, () -> rig.bundles.applyAnswer(bundle));
        assertEquals(BundleException.Problem.NOT_A_BUNDLE, notAnswer.problem());

        rig.central.central().revoke(BundleRig.WORKSTATION);
        BundleRig.Posted revoked = rig.post(bundle, dir.resolve("z.mxa"));
        assertEquals(401, revoked.status());
        assertNull(revoked.answer());
    }

    @Test
    void recordsCarriedByFileAndAlsoSentOnlineAreHeldOnceAndSettledOnce() throws Exception {
        rig.save(1, 120);
        Path bundle = dir.resolve("envio.mxb");
        rig.bundles.writeTo(bundle);

        // The link came back before the stick reached the central.
        SyncResult online = rig.engine().run(null);
        assertEquals(SyncOutcome.DRAINED, online.outcome(), online.summaryLine());
        assertEquals(120, online.accepted());
        BundleRig.Posted posted = rig.post(bundle, dir.resolve("r.mxa"));
        assertEquals(120, rig.central.central().attentions(), "the central holds each once");
        assertEquals(120, rig.central.central().stat("duplicates"), "the bundle's records were duplicates");
        Bundles.Applied applied = rig.bundles.applyAnswer(posted.answer());
        assertEquals(0, applied.acknowledged());
        assertEquals(120, applied.alreadySettled());
        assertEquals(120, rig.count("SELECT count(*) FROM outbox WHERE state = 'acknowledged' AND result = 'accepted'"),
                "settled once, by the online answer");

        // The other way round: the file's answer first, then the online sync has nothing to send.
        rig.save(1000, 30);
        rig.bundles.writeTo(bundle);
        Bundles.Applied first = rig.bundles.applyAnswer(rig.post(bundle, dir.resolve("r2.mxa")).answer());
        assertEquals(30, first.acknowledged());
        SyncResult after = rig.engine().run(null);
        assertEquals(0, after.sent(), after.summaryLine());
        assertEquals(150, rig.central.central().attentions());
    }
}
