package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.contract.AuditContent;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.AuditEvent;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.OutboxEntry;

/**
 * Issue 15 (audit): audit events are synced to the central as their own record kind, and the central
 * checks each workstation's chain as it arrives. Real sync to the sandbox central on loopback.
 */
class AuditSyncTest {
    @TempDir
    Path dir;
    SyncRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    private static final String DNI = "40123456";

    @Test
    void auditRowsReachTheCentralAsTheirOwnKindAndLink() throws Exception {
        for (int i = 0; i < 5; i++) {
            rig.db.audit().append(new AuditEvent("ADV-" + i, AuditActions.IDENTITY_QUERY, "atencion:visita", "DNI:" + DNI,
                    "service=RENIEC n=" + i));
        }
        rig.save(1, 2);
        SyncResult r = rig.engine().run(p -> { });
        assertEquals(0, rig.db.outbox().counts().unsent(), r.toString());
        List<AuditChainStore.Entry> rows = rig.db.audit().after(0, 10);
        assertEquals(5L, rig.central.central().countsByKind().get(AuditContent.KIND));
        for (AuditChainStore.Entry e : rows) {
            JsonNode held = Wire.mapper().readTree(rig.central.central().body(e.recordId().toString()).orElseThrow());
            assertEquals(e.hash(), held.get("h").asText());
            assertEquals(e.prevHash(), held.get("ph").asText());
            assertEquals(e.seq(), held.get("s").asLong());
            assertFalse(held.toString().contains(DNI), "the central gets a blind index, never the document");
        }
        // The next rows link to what the central holds.
        rig.db.audit().append(AuditEvent.of("ADV-9", AuditActions.EXPORT));
        rig.engine().run(p -> { });
        assertEquals(6L, rig.central.central().countsByKind().get(AuditContent.KIND));
        assertEquals(0, rig.db.outbox().quarantined().size());
    }

    @Test
    void aRestoreKeepsTheReplacedRowsAndTheCentralTakesTheRestoreBranch() throws Exception {
        for (int i = 0; i < 2; i++) {
            rig.db.audit().append(AuditEvent.of("ADV-1", AuditActions.IDENTITY_QUERY));
        }
        pe.macexpress.desk.store.BackupService backups = new pe.macexpress.desk.store.BackupService(dir.resolve("backups"),
                3, rig.clock);
        pe.macexpress.desk.store.Backup backup = backups.backupNow(rig.db, "ADV-SUP"); // row 3, inside the backup
        AuditChainStore.Entry lost = rig.db.audit().append(AuditEvent.of("ADV-1", AuditActions.EXPORT)); // row 4: not
        rig.engine().run(p -> { });
        assertEquals(4L, rig.central.central().countsByKind().get(AuditContent.KIND));
        rig.db.close();
        backups.restore(backup.file(), dir.resolve("desk.db"), "ADV-SUP");
        rig.open();
        List<AuditChainStore.Entry> rows = rig.db.audit().after(0, 10);
        assertEquals(4, rows.size());
        AuditChainStore.Entry restore = rows.get(3);
        assertEquals(AuditActions.RESTORE, restore.action());
        assertEquals("ADV-SUP", restore.actor());
        assertTrue(restore.detail().contains("from=" + backup.file().getFileName()), restore.detail());
        assertEquals(List.of(lost.hash()), rig.db.audit().archived().stream().map(AuditChainStore.Entry::hash).toList(),
                "the replaced database's row the backup lacked is kept");
        assertTrue(rig.db.audit().verify().trustworthy());
        rig.engine().run(p -> { });
        assertEquals(0, rig.db.outbox().quarantined().size(), "the restore row branches at row 3, and says why");
        assertEquals(5L, rig.central.central().countsByKind().get(AuditContent.KIND));
    }

    @Test
    void aRowThatDoesNotLinkToWhatTheCentralHoldsIsRefused() throws Exception {
        for (int i = 0; i < 3; i++) {
            rig.db.audit().append(AuditEvent.of("ADV-1", AuditActions.BACKUP));
        }
        rig.engine().run(p -> { });
        assertEquals(3L, rig.central.central().countsByKind().get(AuditContent.KIND));
        // The attack: the last row deleted on the desk, then another written in its place (a rewritten end).
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("desk.db"));
             var st = c.createStatement()) {
            st.executeUpdate("DELETE FROM audit_chain WHERE seq = 3");
        }
        rig.db.audit().append(AuditEvent.of("ADV-1", AuditActions.EXPORT));
        rig.engine().run(p -> { });
        assertEquals(3L, rig.central.central().countsByKind().get(AuditContent.KIND), "the second branch is not taken");
        List<OutboxEntry> quarantined = rig.db.outbox().quarantined();
        assertEquals(1, quarantined.size());
        assertEquals(AuditContent.KIND, quarantined.get(0).kind());
        assertTrue(quarantined.get(0).reason().contains("conflict"), quarantined.get(0).reason());
    }
}
