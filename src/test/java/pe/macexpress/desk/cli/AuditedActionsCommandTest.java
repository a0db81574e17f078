package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;

/**
 * Issue 15 (audit): "rows can be deleted or edited with doctor still saying ok" and "enrollment,
 * backup/restore are not audited at all". Each finding is reproduced on a real data folder through
 * the command line.
 */
class AuditedActionsCommandTest {
    @TempDir
    Path home;

    private Result run(String... args) {
        return DeskCli.run(home, args);
    }

    private Path db() {
        return DeskSettings.load(home).databaseFile();
    }

    private List<AuditChainStore.Entry> chain() {
        try (Store s = Store.open(db(), Clock.systemUTC())) {
            return s.audit().after(0, 1000);
        }
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    @Test
    void anEditedChainRowIsReportedByDoctorWithItsSeqAndTime() throws Exception {
        assertEquals(0, run("seed-demo", "--attentions", "3").code());
        assertEquals(0, run("backup").code());
        assertEquals(0, run("backup").code());
        Result ok = run("doctor");
        assertEquals(0, ok.code(), ok.out());
        assertTrue(ok.out().contains("íntegro"), ok.out());

        sql("UPDATE audit_chain SET actor = 'ADV-OTRO' WHERE seq = 1");
        Result edited = run("doctor");
        assertEquals(1, edited.code(), "an edited row is not 'ok': " + edited.out());
        assertTrue(edited.out().contains("ALTERADO: el primer eslabón roto es la fila 1"), edited.out());
        Result quechua = run("--lang", "qu", "doctor");
        assertEquals(1, quechua.code());
        assertTrue(quechua.out().contains("TIKRASQA"), quechua.out());
        assertTrue(run("doctor", "--json").out().contains("\"firstBroken\":1"));
    }

    @Test
    void deletingTheLastRowsIsSeenThroughTheAnchor() throws Exception {
        assertEquals(0, run("seed-demo", "--attentions", "3").code());
        for (int i = 0; i < 3; i++) {
            assertEquals(0, run("backup").code());
        }
        long rows = chain().size();
        // What the issue saw: the last rows deleted, the chain alone still links.
        sql("DELETE FROM audit_chain WHERE seq >= " + (rows - 1));
        try (Store s = Store.open(db(), Clock.systemUTC())) {
            assertTrue(s.audit().verify().intact(), "a cut chain still links: the anchor is what tells");
        }
        Result cut = run("doctor");
        assertEquals(1, cut.code(), cut.out());
        assertTrue(cut.out().contains("RECORTADO: termina en la fila " + (rows - 2)), cut.out());
        assertTrue(cut.out().contains("Qué hacer"), cut.out());
    }

    @Test
    void exportBackupAndRestoreAreChainRowsAndARestoreKeepsTheReplacedRows() throws Exception {
        assertEquals(0, run("seed-demo", "--attentions", "3", "--voice").code());
        Path csv = home.resolve("encuestas.csv");
        Result export = run("export", "--what", "surveys", "--out", csv.toString());
        assertEquals(0, export.code(), export.out() + export.err());
        long exported = Files.readAllLines(csv).size() - 1;
        Result backup = run("backup");
        assertEquals(0, backup.code(), backup.err());
        Path backupFile;
        try (var files = Files.list(DeskSettings.load(home).dataFolder().resolve("backups"))) {
            backupFile = files.filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow();
        }
        // Incidents hold personal data: the supervisor's export (issue 15, roles).
        Result incidents = pe.macexpress.desk.testing.DeskCli.asSupervisor(home, "export", "--what", "incidents", "--out",
                home.resolve("inc.csv").toString());
        assertEquals(0, incidents.code(), incidents.out() + incidents.err());

        List<AuditChainStore.Entry> before = chain();
        String cli = "cli:" + System.getProperty("user.name");
        AuditChainStore.Entry exportRow = before.stream().filter(e -> e.action().equals(AuditActions.EXPORT)).findFirst()
                .orElseThrow();
        assertEquals(cli, exportRow.actor());
        assertTrue(exportRow.detail().contains("table=surveys rows=" + exported + " to=encuestas.csv"), exportRow.detail());
        AuditChainStore.Entry backupRow = before.stream().filter(e -> e.action().equals(AuditActions.BACKUP)).findFirst()
                .orElseThrow();
        assertTrue(backupRow.detail().contains("file=" + backupFile.getFileName()), backupRow.detail());
        // The backup holds the chain up to its own row; what came after (the supervisor's authorization and the
        // second export) is what the restore must keep aside.
        List<String> lacked = before.subList(before.indexOf(backupRow) + 1, before.size()).stream()
                .map(AuditChainStore.Entry::hash).toList();
        assertFalse(lacked.isEmpty());

        Result restored = pe.macexpress.desk.testing.DeskCli.asSupervisor(home, "restore", "--from", backupFile.toString());
        assertEquals(0, restored.code(), restored.out() + restored.err());
        try (Store s = Store.open(db(), Clock.systemUTC())) {
            List<AuditChainStore.Entry> now = s.audit().after(0, 1000);
            // The restore's own row, then the supervisor's authorization of it (issue 15, roles).
            AuditChainStore.Entry restore = now.stream().filter(e -> e.action().equals(AuditActions.RESTORE))
                    .reduce((a, b) -> b).orElseThrow();
            assertEquals(AuditActions.SUPERVISOR_PREFIX + "restore", now.get(now.size() - 1).action());
            assertEquals(cli, restore.actor());
            assertTrue(restore.detail().contains("from=" + backupFile.getFileName()), restore.detail());
            // The replaced database's rows the backup lacked are kept, verbatim, in the restored one (those
            // above, then what the supervisor's sign-off before the restore wrote).
            List<String> archived = s.audit().archived().stream().map(AuditChainStore.Entry::hash).toList();
            assertTrue(restore.detail().contains("archived=" + archived.size()), restore.detail());
            assertEquals(lacked, archived.subList(0, Math.min(lacked.size(), archived.size())));
            assertTrue(s.audit().verify().trustworthy());
        }
        assertEquals(0, run("doctor").code());
        for (AuditChainStore.Entry e : chain()) {
            // Eight digits inside a row hash ("replaced=5:1107ff4a44114262") are not a document number (a
            // random hash made this fail about 1 run in 25): hashes are taken out, the check is as strict as before.
            String text = (e.detail() + " " + e.purpose()).replaceAll("\\b(?=[0-9a-f]*[a-f])[0-9a-f]{16,}\\b", "#");
            assertFalse(java.util.regex.Pattern.compile("(?<![-\\d])\\d{8}(?![\\dT])").matcher(text).find(),
                    "no document number in " + e.detail());
        }
    }

    @Test
    void enrollmentIsAChainRowWithItsResult() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\nworkstation.id=PIAS-NAPO-01\n");
        try (SandboxServer central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null)) {
            central.central().addCode("7777-2222");
            Result bad = pe.macexpress.desk.testing.DeskCli.asSupervisor(home, "enroll", "--server", central.baseUrl(),
                    "--code", "0000-0000");
            assertEquals(1, bad.code(), bad.out() + bad.err());
            Result enroll = pe.macexpress.desk.testing.DeskCli.asSupervisor(home, "enroll", "--server", central.baseUrl(),
                    "--code", "7777-2222");
            assertEquals(0, enroll.code(), enroll.out() + enroll.err());
        }
        List<AuditChainStore.Entry> rows = chain().stream().filter(e -> e.action().equals(AuditActions.ENROLL)).toList();
        assertEquals(4, rows.size());
        assertTrue(rows.get(0).detail().contains("step=attempt"));
        assertTrue(rows.get(1).detail().endsWith("result=bad_code"), rows.get(1).detail());
        assertTrue(rows.get(3).detail().endsWith("result=enrolled"), rows.get(3).detail());
        assertTrue(rows.get(3).detail().contains("ws=PIAS-NAPO-01"));
        assertFalse(rows.stream().anyMatch(e -> e.detail().contains("7777-2222")), "the code is never in the chain");
    }
}
