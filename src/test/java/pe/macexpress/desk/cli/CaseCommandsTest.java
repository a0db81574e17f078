package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.cases.CasePolicy;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;
import pe.macexpress.desk.testing.SampleAttentions;

/** Support answers "¿cómo va mi trámite?" from the command line, with the citizen masked. */
class CaseCommandsTest {
    @TempDir
    Path home;

    @Test
    void casesListsAndCaseFindsACodeAsTheCitizenReadsItOut() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\nworkstation.id=TAMBO-01\n");
        Attention open = SampleAttentions.of(7);
        Attention closed = SampleAttentions.of(8);
        Attention atCounter = SampleAttentions.of(9);
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            for (Attention a : new Attention[] {open, closed}) {
                db.write(tx -> {
                    db.attentions().save(tx, a);
                    db.cases().open(tx, a.id(), CaseReason.PENDIENTE, "Falta la partida", a.endedAt(),
                            CasePolicy.due(a.endedAt(), Optional.empty()));
                    return null;
                });
            }
            db.attentions().save(atCounter);
            new CaseService(db, Clock.systemUTC()).close(closed.id(), CaseAnswer.DESISTIDO, "", "ADV-1");
        }

        Result all = DeskCli.run(home, "cases", "--json");
        assertEquals(0, all.code(), all.err());
        JsonNode list = Wire.mapper().readTree(all.out());
        assertEquals(2, list.size());
        assertEquals(open.code(), list.get(0).path("code").asText(), "open cases first");
        assertFalse(list.get(1).path("open").asBoolean());
        assertEquals("desistido", list.get(1).path("closing").path("answer").asText());

        Result openOnly = DeskCli.run(home, "cases", "--open");
        assertEquals(0, openOnly.code());
        assertTrue(openOnly.out().contains(open.code()));
        assertFalse(openOnly.out().contains(closed.code()));
        assertFalse(openOnly.out().contains(open.citizenNames()), "names masked");
        assertFalse(openOnly.out().contains(open.document().number()), "document masked");

        Result one = DeskCli.run(home, "case", "--code", open.code().toLowerCase().replace("-", ""), "--json");
        assertEquals(0, one.code(), one.out());
        assertEquals(open.id().toString(), Wire.mapper().readTree(one.out()).path("attentionId").asText());

        Result noCase = DeskCli.run(home, "case", "--code", atCounter.code());
        assertEquals(1, noCase.code());
        assertTrue(noCase.out().contains("no tiene caso"), noCase.out());
        Result unknown = DeskCli.run(home, "case", "--code", "ZZZZ-ZZZZ");
        assertEquals(1, unknown.code());
        assertTrue(unknown.out().contains("no es de esta estación"), unknown.out());
        Result bad = DeskCli.run(home, "case", "--code", "hola");
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("no es un código"), bad.out());
    }

    @TempDir
    Path otherPoint;

    @Test
    void aCodeGivenAtAnotherPointIsAnsweredByTheCentralWithoutTheCitizen() throws Exception {
        try (pe.macexpress.desk.sandbox.SandboxServer central = pe.macexpress.desk.sandbox.SandboxServer.start(
                java.net.InetAddress.getLoopbackAddress(), 0, null)) {
            String settings = "mode=production\nsync.maxAttempts=2\nsync.backoffBaseMs=5\nsync.connectTimeoutMs=500\n";
            Files.writeString(home.resolve(DeskSettings.FILE_NAME), settings + "workstation.id=TAMBO-01\n");
            Files.writeString(otherPoint.resolve(DeskSettings.FILE_NAME), settings + "workstation.id=PIAS-NAPO-01\n");
            for (Path h : new Path[] {home, otherPoint}) {
                String code = central.central().issueCode();
                assertEquals(0, DeskCli.asSupervisor(h, "enroll", "--server", central.baseUrl(), "--code", code).code());
            }
            Attention elsewhere = SampleAttentions.of(11);
            try (Store db = Store.open(DeskSettings.load(otherPoint).databaseFile(), Clock.systemUTC())) {
                db.attentions().save(elsewhere);
            }
            assertEquals(0, DeskCli.run(otherPoint, "sync").code());

            Result before = DeskCli.run(home, "case", "--code", elsewhere.code());
            assertEquals(0, before.code(), before.out());
            assertTrue(before.out().contains(elsewhere.procedureId()) && before.out().contains("aún no respondió"),
                    before.out());
            okhttp3.Request post = new okhttp3.Request.Builder().url(central.baseUrl() + "/api/v1/admin/results")
                    .header("Authorization", "Bearer " + central.centralApi().adminToken())
                    .post(okhttp3.RequestBody.create("{\"code\":\"" + elsewhere.code()
                            + "\",\"status\":\"rechazado\",\"note\":\"Foto ilegible\"}",
                            okhttp3.MediaType.get("application/json"))).build();
            try (okhttp3.Response r = new okhttp3.OkHttpClient().newCall(post).execute()) {
                assertEquals(200, r.code());
            }
            Result after = DeskCli.run(home, "case", "--code", elsewhere.code().toLowerCase(), "--json");
            assertEquals(0, after.code(), after.out());
            JsonNode answer = Wire.mapper().readTree(after.out()).path("central");
            assertEquals("rechazado", answer.path("r").get(0).path("st").asText());
            assertFalse(after.out().contains(elsewhere.document().number()), "never the citizen's document");
            assertFalse(after.out().contains(elsewhere.citizenNames()), "never the citizen's names");
            assertEquals(1, DeskCli.run(home, "case", "--code", "ZZZZ-ZZZZ").code(), "unknown anywhere");
        }
    }
}
