package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;

/**
 * Issue 15 (audit): "{@code identity} skips the audit when the app is open". The counter application
 * holds the data folder's instance lock, so the command used to ask RENIEC without writing anything.
 * Now the query is audited (with its required purpose) or refused, never sent unaudited.
 */
class AuditedIdentityCommandTest {
    static SandboxServer sandbox;
    @TempDir
    Path home;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxServer.start(0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private String dni() {
        FictitiousCitizen c = sandbox.population().firstAdult();
        return c.dni() + "-" + DniCheck.digit(c.dni());
    }

    @Test
    void unauditedCliIdentityWhileTheAppIsOpenIsRefusedAndNothingIsSent() throws Exception {
        DeskSettings settings = DeskSettings.load(home);
        int before = sandbox.consultations();
        DeskCli.Result r;
        try (InstanceLock app = InstanceLock.acquire(settings.dataFolder())) { // the counter application is open
            r = DeskCli.run("identity", "--purpose", "reclamo 12", "--dni", dni(), "--home", home.toString(),
                    "--endpoint", sandbox.baseUrl());
        }
        assertEquals(IdentityCommand.EXIT_IN_USE, r.code());
        assertTrue(r.out().contains("\"sent\":false"), r.out());
        assertTrue(r.err().contains("--purpose") || r.err().contains("ventanilla"), r.err());
        assertEquals(before, sandbox.consultations(), "refused, never asked without an audit row");
    }

    @Test
    void cliIdentityIsAChainRowWithItsPurposeAndTheOsUser() throws Exception {
        DeskCli.Result r = DeskCli.run("identity", "--purpose", "reclamo 12", "--dni", dni(), "--home", home.toString(),
                "--endpoint", sandbox.baseUrl());
        assertEquals(0, r.code(), r.out() + r.err());
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            List<AuditChainStore.Entry> rows = db.audit().after(0, 10);
            assertEquals(1, rows.size());
            assertEquals(AuditActions.IDENTITY_QUERY, rows.get(0).action());
            assertEquals("soporte:reclamo 12", rows.get(0).purpose());
            assertEquals("cli:" + System.getProperty("user.name"), rows.get(0).actor());
            assertFalse(rows.get(0).subject().contains(sandbox.population().firstAdult().dni()));
        }
    }

    @Test
    void aPurposeIsRequired() {
        int before = sandbox.consultations();
        DeskCli.Result r = DeskCli.run("identity", "--dni", dni(), "--home", home.toString(), "--endpoint", sandbox.baseUrl());
        assertEquals(2, r.code());
        assertEquals(before, sandbox.consultations());
    }

    @Test
    void aFailedAuditWriteMeansTheCliQueryIsNotMade() throws Exception {
        Path file = DeskSettings.load(home).databaseFile();
        Store.open(file, Clock.systemUTC()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER audit_blocked BEFORE INSERT ON audit_chain BEGIN SELECT RAISE(ABORT, 'blocked'); END");
        }
        int before = sandbox.consultations();
        DeskCli.Result r = DeskCli.run("identity", "--purpose", "reclamo 12", "--dni", dni(), "--home", home.toString(),
                "--endpoint", sandbox.baseUrl());
        assertEquals(IdentityCommand.EXIT_NOT_AUDITED, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("NOT_AUDITED"), r.out());
        assertEquals(before, sandbox.consultations(), "no audit row, no query");
    }
}
