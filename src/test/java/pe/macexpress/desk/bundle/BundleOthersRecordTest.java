package pe.macexpress.desk.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.testing.SyncSamples;

/**
 * Issue 15, cross-workstation overwrite through a USB bundle: a bundle holding a record another
 * workstation sent first is refused with 403, that record stays the other's, and the bundle's
 * records part is not stored.
 */
class BundleOthersRecordTest {
    @TempDir
    Path dir;

    @Test
    void aBundleCarryingAnotherWorkstationsRecordIsRefusedWith403() throws Exception {
        try (BundleRig rig = new BundleRig(dir)) {
            Attention theirs = SyncSamples.of(42);
            rig.central.central().plant(theirs.id().toString(), "AAAAAAAAAAAAAAAAAAAAAA", 0, "WS-OTHER-09");
            rig.db.attentions().save(theirs);
            Attention mine = SyncSamples.of(43);
            rig.db.attentions().save(mine);
            Path bundle = dir.resolve("envio.mxb");
            rig.bundles.writeTo(bundle);

            BundleRig.Posted posted = rig.post(bundle, dir.resolve("respuesta.mxa"));
            assertEquals(403, posted.status(), posted.error());
            assertTrue(posted.error().contains("not yours"), posted.error());
            assertEquals("WS-OTHER-09", rig.central.central().owner(theirs.id().toString()).orElseThrow());
            assertEquals("AAAAAAAAAAAAAAAAAAAAAA", rig.central.central().all().get(theirs.id().toString()));
            assertTrue(rig.central.central().owner(mine.id().toString()).isEmpty(), "the part was not stored");
        }
    }
}
