package pe.macexpress.desk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.cli.DeskCommand;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.Fault;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine;

/**
 * Captures java.util.logging (every logger, every level, OkHttp's included) and System.out/err
 * while the identity feature goes through success, every fault, the breaker, a password change,
 * the re-verifier and the diagnostic command; then searches the capture for the passwords, the
 * document numbers and the names.
 */
class IdentityLogHygieneTest {
    static final String NEW_PASSWORD = "Otra-Clave-Secreta-99";

    @TempDir
    Path dir;

    @Test
    void noPasswordNoDocumentNoNameInAnyLogOrConsoleOutput() throws Exception {
        List<String> captured = new ArrayList<>();
        SimpleFormatter formatter = new SimpleFormatter();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder sb = new StringBuilder(formatter.format(record));
                sb.append(' ').append(record.getMessage());
                if (record.getParameters() != null) {
                    for (Object p : record.getParameters()) {
                        sb.append(' ').append(p);
                    }
                }
                if (record.getThrown() != null) {
                    StringWriter w = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(w));
                    sb.append(w);
                }
                synchronized (captured) {
                    captured.add(sb.toString());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(handler);
        Logger okhttp = Logger.getLogger("okhttp3");
        okhttp.setLevel(Level.ALL);
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        List<String> secrets = new ArrayList<>();
        try (SandboxServer sandbox = SandboxServer.start(0); Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            secrets.add(TrainingData.CREDENTIALS.password());
            secrets.add(NEW_PASSWORD);
            exercise(sandbox, db, secrets);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            root.removeHandler(handler);
            root.setLevel(rootLevel);
            okhttp.setLevel(null);
        }
        String all = String.join("\n", captured) + "\n" + console.toString(StandardCharsets.UTF_8);
        assertTrue(all.contains("circuit open"), "the capture works: it saw the breaker's own log line");
        for (int i = 0; i < secrets.size(); i++) {
            int at = all.indexOf(secrets.get(i));
            int index = i;
            assertFalse(at >= 0, () -> "secret #" + index + " leaked into logs or console near: "
                    + context(all, at, secrets));
        }
    }

    /** The text around a leak, with the secrets themselves blanked, so the failure message leaks nothing. */
    private static String context(String all, int at, List<String> secrets) {
        String around = all.substring(Math.max(0, at - 200), Math.min(all.length(), at + 100));
        for (String s : secrets) {
            around = around.replace(s, "<SECRET>");
        }
        return around;
    }

    private void exercise(SandboxServer sandbox, Store db, List<String> secrets) throws Exception {
        FictitiousCitizen c = sandbox.population().firstAdult();
        secrets.add(c.dni());
        secrets.add(c.firstSurname() + " " + c.secondSurname());
        Document doc = Sandboxed.dni(c.dni());
        Properties p = new Properties();
        p.setProperty("identity.breaker.failures", "1");
        p.setProperty("pide.password", TrainingData.CREDENTIALS.password());
        p.setProperty("pide.mode", "gateway");
        PideConfig.fromSettings(DeskSettings.of(dir, p));
        p.remove("pide.mode");
        for (PideConfig.RequestForm form : PideConfig.RequestForm.values()) {
            Path props = dir.resolve("macexpress.properties");
            Files.writeString(props, "pide.password=" + TrainingData.CREDENTIALS.password() + "\n");
            IdentityServices s = new IdentityServices(DeskSettings.of(dir, p), Sandboxed.config(sandbox).withForm(form),
                    props, db, Sandboxed.HTTP, Clock.systemUTC());
            for (Fault.Kind kind : Fault.Kind.values()) {
                sandbox.clearFaults();
                s.reniecBreaker().reset();
                s.cache().evict(doc);
                sandbox.inject(kind == Fault.Kind.DELAY ? Fault.delay(2_000).times(1)
                        : kind == Fault.Kind.CODE ? Fault.code("1002") : Fault.of(kind));
                IdentityResult r = s.dniVerifier().verify(doc, new QueryContext("ADV-1", "WS-1", "v", QueryContext.PURPOSE_VISIT));
                assertNoSecret(r.toString() + r.reason(), secrets);
                s.dniVerifier().verify(doc, new QueryContext("ADV-1", "WS-1", "v", QueryContext.PURPOSE_VISIT));
            }
            sandbox.clearFaults();
            s.reniecBreaker().reset();
            s.dniVerifier().verify(doc, new QueryContext("ADV-1", "WS-1", "v", QueryContext.PURPOSE_VISIT));
            s.reverifier().runOnce();
            // A password change and back, so both passwords travel.
            assertEquals(CredentialChange.Result.CHANGED, s.credentialChange().change(
                    TrainingData.CREDENTIALS.password().toCharArray(), NEW_PASSWORD.toCharArray(),
                    NEW_PASSWORD.toCharArray()));
            assertEquals(CredentialChange.Result.CHANGED, s.credentialChange().change(NEW_PASSWORD.toCharArray(),
                    TrainingData.CREDENTIALS.password().toCharArray(), TrainingData.CREDENTIALS.password().toCharArray()));
            assertEquals(CredentialChange.Result.OLD_PASSWORD_REJECTED, s.credentialChange().change(
                    "wrong-old-password".toCharArray(), NEW_PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray()));
            assertNoSecret(s.credentialChange().toString() + s.config(), secrets);
            s.close();
        }
        // The diagnostic command, in training mode, with its console output captured too.
        CommandLine cl = new CommandLine(new DeskCommand());
        assertEquals(0, cl.execute("identity", "--purpose", "prueba", "--dni", c.dni() + "-" + DniCheck.digit(c.dni()), "--home",
                dir.resolve("cli").toString()));
        assertEquals(0, cl.execute("identity", "--purpose", "prueba", "--dni", c.dni() + "-" + DniCheck.digit(c.dni()), "--home",
                dir.resolve("cli").toString(), "--endpoint", sandbox.baseUrl(), "--form", "get"));
    }

    private static void assertNoSecret(String text, List<String> secrets) {
        for (String secret : secrets) {
            assertFalse(text.contains(secret), "leaked in a result or toString");
        }
    }
}
