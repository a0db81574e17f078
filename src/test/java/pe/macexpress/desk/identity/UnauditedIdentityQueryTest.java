package pe.macexpress.desk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;

/**
 * Issue 15 (audit), the counter's path: "a failed audit write is ignored" and "no purpose recorded".
 * Each test first makes the audit impossible (a trigger that RAISEs on the chain table) or leaves
 * out the purpose, and asserts the query never reached the identity service.
 */
class UnauditedIdentityQueryTest extends SandboxedTest {
    @TempDir
    Path dir;

    private IdentityServices services(Store db) {
        return new IdentityServices(DeskSettings.of(dir, new Properties()), Sandboxed.config(sandbox), null, db,
                Sandboxed.HTTP, Clock.systemUTC());
    }

    @Test
    void aFailedAuditWriteMeansTheQueryIsNotMade() throws Exception {
        Path file = dir.resolve("desk.db");
        Store.open(file, Clock.systemUTC()).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER audit_blocked BEFORE INSERT ON audit_chain BEGIN SELECT RAISE(ABORT, 'blocked'); END");
        }
        Document adult = Sandboxed.dni(sandbox.population().firstAdult().dni());
        try (Store db = Store.open(file, Clock.systemUTC())) {
            IdentityServices s = services(db);
            try {
                int before = sandbox.consultations();
                IdentityResult r = s.dniVerifier().verify(adult, QueryContext.forVisit("ADV-1", "WS-1", java.util.UUID.randomUUID()));
                assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome());
                assertTrue(r.reason().startsWith(AuditingVerifier.NOT_AUDITED), r.reason());
                assertEquals(before, sandbox.consultations(), "the document never left the workstation");
                assertEquals(0, db.audit().verify().rows());
            } finally {
                s.close();
            }
        }
    }

    @Test
    void aQueryWithoutAPurposeIsNotMade() throws IOException {
        Document adult = Sandboxed.dni(sandbox.population().firstAdult().dni());
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            IdentityServices s = services(db);
            try {
                int before = sandbox.consultations();
                IdentityResult r = s.dniVerifier().verify(adult, new QueryContext("ADV-1", "WS-1", "v"));
                assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome());
                assertEquals(before, sandbox.consultations());
                assertEquals(0, db.audit().verify().rows());
            } finally {
                s.close();
            }
        }
    }

    @Test
    void everyQueryIsAChainRowWithItsPurposeWrittenBeforeItIsSent() throws IOException {
        Document adult = Sandboxed.dni(sandbox.population().firstAdult().dni());
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            IdentityServices s = services(db);
            try {
                java.util.UUID visit = java.util.UUID.randomUUID();
                IdentityResult r = s.dniVerifier().verify(adult, QueryContext.forVisit("ADV-7", "WS-7", visit));
                assertEquals(IdentityOutcome.VERIFIED, r.outcome());
                s.dniVerifier().verify(adult, QueryContext.forVisit("ADV-7", "WS-7", visit)); // from the cache: audited too
                List<AuditChainStore.Entry> rows = db.audit().after(0, 10);
                assertEquals(2, rows.size());
                AuditChainStore.Entry row = rows.get(0);
                assertEquals(AuditActions.IDENTITY_QUERY, row.action());
                assertEquals("ADV-7", row.actor());
                assertEquals(QueryContext.PURPOSE_VISIT, row.purpose());
                assertEquals(db.audit().subjectIndex("DNI:" + adult.number()), row.subject());
                assertTrue(row.detail().contains(visit.toString()));
                List<IdentityAudit.Entry> answers = s.audit().forReference(visit.toString());
                for (int i = 0; i < rows.size(); i++) {
                    AuditChainStore.Entry e = rows.get(i);
                    assertFalse((e.subject() + e.detail() + e.purpose()).contains(adult.number()),
                            "the document number is never in clear in the chain");
                    // The chain row was written before the answer came: no later than the answer's row.
                    assertFalse(e.at().isAfter(answers.get(i).at()));
                }
                assertTrue(db.audit().verify().trustworthy());
            } finally {
                s.close();
            }
        }
    }
}
