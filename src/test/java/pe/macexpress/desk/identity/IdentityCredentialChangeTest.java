package pe.macexpress.desk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.sandbox.TrainingData;

/** The supervisor's password change for 1002, against the sandbox's "Actualizar". */
class IdentityCredentialChangeTest {
    static final String OLD = TrainingData.CREDENTIALS.password();
    static final String NEW = "Nueva-Clave-2026";

    SandboxServer sandbox;
    @TempDir
    Path home;
    Path file;
    CredentialSource source;
    ReniecClient client;
    CredentialChange change;
    Document adult;

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(SandboxServer.Options.loopback(0).withFaultInjection());
        file = home.resolve("macexpress.properties");
        Files.writeString(file, "# MAC Express Desk\nmode=production\npide.baseUrl=" + sandbox.baseUrl() + "\n"
                + "pide.nuDniUsuario=" + TrainingData.CREDENTIALS.nuDniUsuario() + "\n"
                + "pide.nuRucUsuario=" + TrainingData.CREDENTIALS.nuRucUsuario() + "\n"
                + "pide.password=" + OLD + "\nworkstation.id=WS-7\n", StandardCharsets.UTF_8);
        source = new CredentialSource(TrainingData.CREDENTIALS);
        client = new ReniecClient(Sandboxed.config(sandbox), source, Sandboxed.HTTP, Clock.systemUTC());
        change = new CredentialChange(client, source, file);
        adult = Sandboxed.dni(sandbox.population().firstAdult().dni());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Properties load() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void expiredPasswordIsChangedSavedAndUsedAtOnce() throws IOException {
        Sandboxed.postFault(sandbox, "{\"passwordExpired\":true}");
        assertEquals(IdentityOutcome.PASSWORD_EXPIRED, client.verify(adult).outcome());

        char[] oldChars = OLD.toCharArray();
        char[] newChars = NEW.toCharArray();
        assertEquals(CredentialChange.Result.CHANGED, change.change(oldChars, newChars, NEW.toCharArray()));
        assertEquals('\0', newChars[0], "the caller's arrays are wiped");

        Properties p = load();
        assertEquals(NEW, p.getProperty("pide.password"));
        assertEquals("WS-7", p.getProperty("workstation.id"), "other settings kept");
        assertTrue(Files.readString(file).startsWith("# MAC Express Desk"), "comments kept");
        assertFalse(Files.readString(file).contains(OLD));
        assertEquals(IdentityOutcome.VERIFIED, client.verify(adult).outcome(), "new password used without restart");
    }

    @Test
    void wrongCurrentPasswordIsRejectedAndNothingChanges() throws IOException {
        String before = Files.readString(file);
        assertEquals(CredentialChange.Result.OLD_PASSWORD_REJECTED,
                change.change("no-es-la-clave".toCharArray(), NEW.toCharArray(), NEW.toCharArray()));
        assertEquals(before, Files.readString(file));
        assertEquals(IdentityOutcome.VERIFIED, client.verify(adult).outcome());
    }

    @Test
    void badNewPasswordsAreRefusedBeforeSending() throws IOException {
        String before = Files.readString(file);
        assertEquals(CredentialChange.Result.NEW_PASSWORD_INVALID,
                change.change(OLD.toCharArray(), "corta".toCharArray(), "corta".toCharArray()));
        assertEquals(CredentialChange.Result.NEW_PASSWORD_INVALID,
                change.change(OLD.toCharArray(), OLD.toCharArray(), OLD.toCharArray()));
        assertEquals(CredentialChange.Result.CONFIRMATION_MISMATCH,
                change.change(OLD.toCharArray(), NEW.toCharArray(), (NEW + "x").toCharArray()));
        assertEquals(before, Files.readString(file));
    }

    @Test
    void unreachablePideIsUnavailable() throws IOException {
        ReniecClient away = new ReniecClient(Sandboxed.config(Sandboxed.closedUrl(), TrainingData.CREDENTIALS), source,
                Sandboxed.HTTP, Clock.systemUTC());
        assertEquals(CredentialChange.Result.UNAVAILABLE,
                new CredentialChange(away, source, file).change(OLD.toCharArray(), NEW.toCharArray(), NEW.toCharArray()));
        assertEquals(OLD, load().getProperty("pide.password"));
    }

    @Test
    void gatewayModeHasNothingToChange() {
        CredentialSource none = new CredentialSource(PideCredentials.NONE);
        CredentialChange gateway = new CredentialChange(client, none, file);
        assertEquals(CredentialChange.Result.GATEWAY_MODE,
                gateway.change(OLD.toCharArray(), NEW.toCharArray(), NEW.toCharArray()));
    }

    @Test
    void gatewayModeIgnoresAPasswordInTheFile() throws IOException {
        Properties p = load();
        p.setProperty("pide.mode", "gateway");
        PideConfig config = PideConfig.fromSettings(pe.macexpress.desk.config.DeskSettings.of(home, p));
        assertEquals(PideConfig.Mode.GATEWAY, config.mode());
        assertFalse(config.credentials().isPresent());
        assertFalse(config.toString().contains(OLD));
    }

    @Test
    void specialCharactersSurviveTheRoundTrip() throws IOException {
        CredentialChange.writePassword(file, "a=b:c\\d #é ñ");
        assertEquals("a=b:c\\d #é ñ", load().getProperty("pide.password"));
        assertEquals("WS-7", load().getProperty("workstation.id"));
    }
}
