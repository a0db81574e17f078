package pe.macexpress.desk.bundle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import pe.macexpress.desk.testing.SampleDocuments;

/**
 * Not a test: the USB loop's size and time. N attentions and D documents of K KB go desk → bundle
 * file → reference central (POST on loopback) → answer file → desk; prints the bundle's size
 * against the raw content (records' JSON and documents' bytes) and the time of each step.
 * Arguments: [attentions=1000] [documents=250] [KB per document=150] [folder=target].
 */
public final class BundleBenchmark {
    private BundleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int documents = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int kb = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        Path dir = Files.createTempDirectory(Path.of(args.length > 3 ? args[3] : "target"), "bundle-bench");
        try (BundleRig rig = new BundleRig(dir)) {
            rig.save(1, records);
            Random r = new Random(1);
            long docBytes = 0;
            for (int i = 0; i < documents; i++) {
                docBytes += SampleDocuments.add(rig.db, kb * 1024 / 2 + r.nextInt(kb * 1024), i).size();
            }
            // Raw record content: each record's JSON as the online upload sends it.
            long recordJson = 0;
            var kind = pe.macexpress.desk.app.DeskContext.recordKinds(rig.db).find("attention").orElseThrow();
            var ids = rig.db.attentions().recent(Integer.MAX_VALUE).stream().map(a -> a.id()).toList();
            for (var content : kind.contents(ids).values()) {
                recordJson += content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
            long t0 = System.nanoTime();
            Bundles.Written w = rig.bundles.writeTo(dir.resolve("envio.mxb"));
            long t1 = System.nanoTime();
            BundleRig.Posted posted = rig.post(dir.resolve("envio.mxb"), dir.resolve("respuesta.mxa"));
            long t2 = System.nanoTime();
            Bundles.Applied applied = rig.bundles.applyAnswer(posted.answer());
            long t3 = System.nanoTime();
            System.out.printf("records=%d documents=%d document_bytes=%d record_json_bytes=%d%n", w.records(),
                    w.documents(), docBytes, recordJson);
            System.out.printf("bundle_bytes=%d ratio_to_raw=%.3f answer_bytes=%d%n", w.fileBytes(),
                    (double) w.fileBytes() / (docBytes + recordJson), Files.size(posted.answer()));
            System.out.printf("write_ms=%d import_ms=%d apply_ms=%d acknowledged=%d documents_sent=%d%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, applied.acknowledged(),
                    applied.documents());
        }
    }
}
