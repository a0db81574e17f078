package pe.macexpress.desk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.IdentityCheck;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Store;

/** Every query leaves a row: who, where, for which visit, which document, when, what came back. */
class IdentityAuditTest extends SandboxedTest {
    @TempDir
    Path dir;
    Store db;
    IdentityServices services;

    @BeforeEach
    void open() throws IOException {
        db = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
        Properties p = new Properties();
        p.setProperty("identity.breaker.failures", "1");
        services = new IdentityServices(DeskSettings.of(dir, p), Sandboxed.config(sandbox), null, db, Sandboxed.HTTP, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        services.close();
        db.close();
    }

    @Test
    void liveAndCachedQueriesAreRecordedWithTheirContext() {
        Document adult = Sandboxed.dni(sandbox.population().firstAdult().dni());
        String visit = UUID.randomUUID().toString();
        IdentityCheck check = new IdentityCheck(services.dniVerifier(), services.ceVerifier(), Clock.systemUTC());
        QueryContext ctx = new QueryContext("ADV-7", "WS-TAMBO-3", visit, QueryContext.PURPOSE_VISIT);
        check.verify(adult, ctx);
        check.verify(adult, ctx);

        List<IdentityAudit.Entry> rows = services.audit().forReference(visit);
        assertEquals(2, rows.size());
        IdentityAudit.Entry live = rows.get(0);
        assertEquals("ADV-7", live.advisorId());
        assertEquals("WS-TAMBO-3", live.workstationId());
        assertEquals(adult.number(), live.document().number(), "document stored in the database");
        assertEquals("RENIEC", live.service());
        assertEquals(IdentityOutcome.VERIFIED, live.outcome());
        assertEquals("0000", live.code());
        assertFalse(live.cached());
        assertTrue(rows.get(1).cached());
        assertFalse(live.toString().contains(adult.number()), "an audit row never prints the document");
        assertEquals(1, services.audit().liveQueriesSince(live.at()));
    }

    @Test
    void failuresAndCircuitOpenAreRecordedToo() throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"HTML\"}");
        Document adult = Sandboxed.dni(sandbox.population().firstAdult().dni());
        QueryContext ctx = new QueryContext("ADV-1", "WS-1", "visit-42", QueryContext.PURPOSE_VISIT);
        services.dniVerifier().verify(adult, ctx);
        services.dniVerifier().verify(adult, ctx);
        List<IdentityAudit.Entry> rows = services.audit().forReference("visit-42");
        assertEquals(2, rows.size());
        assertEquals(IdentityOutcome.UNAVAILABLE, rows.get(0).outcome());
        assertTrue(rows.get(0).reason().contains("HTML"));
        assertTrue(rows.get(1).reason().startsWith("circuit open"));
    }

    @Test
    void ceQueriesAreAuditedAsMigraciones() {
        Document ce = Sandboxed.ce(sandbox.population().firstForeigner().ce());
        services.ceVerifier().verify(ce, new QueryContext("ADV-2", "WS-2", "visit-ce", QueryContext.PURPOSE_VISIT));
        IdentityAudit.Entry row = services.audit().forReference("visit-ce").get(0);
        assertEquals("MIGRACIONES", row.service());
        assertEquals(IdentityOutcome.VERIFIED, row.outcome());
        assertEquals(pe.macexpress.desk.core.DocumentType.CE, row.document().type());
    }
}
