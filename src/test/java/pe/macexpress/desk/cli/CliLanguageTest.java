package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.testing.DeskCli;

/** The command line speaks the workstation's language, picocli's own words and errors included. */
class CliLanguageTest {
    private static final String[] PICOCLI_ENGLISH = {"Usage:", "Commands:", "Missing required", "Unknown option",
        "Unmatched argument", "Show this help message", "Print version information", "Did you mean"};

    private static void assertNoPicocliEnglish(String text) {
        for (String english : PICOCLI_ENGLISH) {
            assertFalse(text.contains(english), "picocli's English «" + english + "» in:\n" + text);
        }
    }

    @Test
    void helpInSpanish() {
        DeskCli.Result r = DeskCli.run("--lang", "es", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Uso: macexpress-desk"), r.out());
        assertTrue(r.out().contains("Comandos:") && r.out().contains("Opciones:")
                && r.out().contains("Muestra esta ayuda y termina."), r.out());
        assertNoPicocliEnglish(r.out());
    }

    @Test
    void helpInQuechua() {
        DeskCli.Result r = DeskCli.run("--lang", "qu", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("Imayna apaykachana: macexpress-desk"), r.out());
        assertTrue(r.out().contains("Kamachiykuna:") && r.out().contains("Akllanakuna:")
                && r.out().contains("Kay yanapata rikuchin"), r.out());
        assertFalse(r.out().contains("Sin comando abre la aplicación"), "the description is Quechua too:\n" + r.out());
        assertNoPicocliEnglish(r.out());
    }

    @Test
    void aMissingOptionIsExplainedInTheLanguage(@TempDir Path home) {
        DeskCli.Result es = DeskCli.run(home, "--lang", "es", "enroll", "--server", "http://127.0.0.1:1");
        assertEquals(2, es.code());
        assertTrue(es.err().contains("Falta una opción obligatoria: --code=CODE"), es.err());
        assertTrue(es.err().contains("macexpress-desk enroll --help"), es.err());
        assertNoPicocliEnglish(es.err());

        DeskCli.Result qu = DeskCli.run(home, "--lang", "qu", "enroll", "--server", "http://127.0.0.1:1");
        assertEquals(2, qu.code());
        assertTrue(qu.err().contains("Kay akllanaqa qillqanapunim: --code=CODE"), qu.err());
        assertNoPicocliEnglish(qu.err());
    }

    @Test
    void anUnknownCommandOrOptionIsExplainedInTheLanguage() {
        DeskCli.Result es = DeskCli.run("--lang=es", "sinc");
        assertEquals(2, es.code());
        assertTrue(es.err().contains("No se reconoce «sinc»") && es.err().contains("¿Quiso escribir sync"), es.err());
        DeskCli.Result qu = DeskCli.run("--lang=qu", "doctor", "--jsn");
        assertTrue(qu.err().contains("«--jsn» nisqataqa manam riqsinchu"), qu.err());
        assertTrue(qu.err().contains("--json nisqatachu qillqayta munarqanki?"), qu.err());
        assertNoPicocliEnglish(es.err() + qu.err());
    }

    @Test
    void aBadValueIsExplainedInTheLanguage() {
        DeskCli.Result r = DeskCli.run("--lang", "qu", "seed-demo", "--attentions", "muchas");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--attentions=N nisqapaq chaninqa manam allinchu: «muchas»"), r.err());
    }

    @Test
    void aRefusedConfigurationIsExplainedInTheLanguage(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("macexpress.properties"), "mode=produccion\n", StandardCharsets.UTF_8);
        DeskCli.Result r = DeskCli.run(home, "--lang", "qu", "doctor");
        assertEquals(InvalidConfiguration.EXIT_CODE, r.code());
        assertTrue(r.err().contains("Kamachiyqa manam ruwakurqanchu"), r.err());
    }

    @Test
    void theWorkstationsLanguageIsTheDefault() {
        Localization l = Localization.bundledOnly();
        String[] none = {};
        assertEquals("qu", CliLanguage.resolve(none, Map.of(), Locale.forLanguageTag("qu-PE"), l));
        assertEquals("qu", CliLanguage.resolve(none, Map.of(), new Locale("quz", "PE"), l), "glibc's quz_PE");
        assertEquals("es", CliLanguage.resolve(none, Map.of(), Locale.forLanguageTag("es-PE"), l));
        assertEquals("es", CliLanguage.resolve(none, Map.of(), Locale.ENGLISH, l), "no English: Spanish");
        assertEquals("qu", CliLanguage.resolve(none, Map.of("MACEXPRESS_LANG", "qu_PE.UTF-8"), Locale.ENGLISH, l));
        assertEquals("es", CliLanguage.resolve(new String[] {"--lang", "es"}, Map.of("MACEXPRESS_LANG", "qu"),
                Locale.forLanguageTag("qu"), l), "--lang wins");
    }

    @Test
    void aCommandLineBuiltForAQuechuaWorkstationSpeaksQuechua() {
        var out = new java.io.StringWriter();
        var cl = DeskCommand.commandLine(Map.of(), Locale.forLanguageTag("qu-PE"), "--help");
        cl.setOut(new java.io.PrintWriter(out, true));
        assertEquals(0, cl.execute("--help"));
        assertTrue(out.toString().startsWith("Imayna apaykachana:"), out.toString());
    }

    @Test
    void aFolderInUseSaysWhatToDoWithoutTheTechnicalDetail(@TempDir Path home) {
        java.nio.file.Path folder = pe.macexpress.desk.config.DeskSettings.load(home).dataFolder();
        try (var appLock = pe.macexpress.desk.store.InstanceLock.acquire(folder)) {
            DeskCli.Result es = DeskCli.run(home, "--lang", "es", "doctor");
            DeskCli.Result qu = DeskCli.run(home, "--lang", "qu", "doctor");
            assertEquals(5, es.code());
            assertTrue(es.err().contains("está en uso por MAC Express Desk"), es.err());
            assertTrue(qu.err().contains("apaykachachkan") && qu.err().contains("wichqay"), qu.err());
            for (String err : new String[] {es.err(), qu.err()}) {
                assertFalse(err.contains("Detalle técnico") || err.contains("another instance"), err);
            }
        }
    }

    @Test
    void everyCommandAndOptionIsDescribedFromTheBundles() {
        List<String> missing = new java.util.ArrayList<>();
        walk(DeskCommand.commandLine("--lang", "es"), missing);
        assertEquals(List.of(), missing, "descriptions written in Java instead of i18n (add them to CliBundle.KEYS and both bundles)");
    }

    private static void walk(picocli.CommandLine cl, List<String> missing) {
        var spec = cl.getCommandSpec();
        String prefix = spec.qualifiedName(".");
        if (!CliBundle.KEYS.containsKey(prefix + ".usage.description")) {
            missing.add(prefix + ".usage.description");
        }
        for (var o : spec.options()) {
            if (o.inherited() || o.usageHelp() || o.versionHelp()) {
                continue;
            }
            String key = prefix + "." + o.longestName().replaceFirst("^-+", "");
            if (!CliBundle.KEYS.containsKey(key) && !CliBundle.KEYS.containsKey(o.longestName().replaceFirst("^-+", ""))) {
                missing.add(key);
            }
        }
        cl.getSubcommands().values().forEach(sub -> walk(sub, missing));
    }

    @Test
    void everyCommandsHelpIsQuechuaInQuechua() {
        Localization l = Localization.bundledOnly();
        for (String command : DeskCommand.commandLine().getSubcommands().keySet()) {
            DeskCli.Result qu = DeskCli.run("--lang", "qu", command, "--help");
            assertEquals(0, qu.code(), command);
            String key = "cli." + command.replace('-', '.') + ".description";
            assertTrue(qu.out().replaceAll("\\s+", " ").contains(l.text("qu", key).substring(0, 30)), command + ":\n" + qu.out());
            assertFalse(qu.out().contains("Opciones:") || qu.out().contains("Uso:"), qu.out());
            assertNoPicocliEnglish(qu.out());
        }
    }

    @Test
    void supportOutputAndItsDatesAreInTheLanguage(@TempDir Path home) {
        assertEquals(0, DeskCli.run(home, "--lang", "qu", "seed-demo", "--attentions", "2").code());
        DeskCli.Result doctor = DeskCli.run(home, "--lang", "qu", "doctor");
        assertTrue(doctor.out().contains("Waqaychasqa atencionkuna:  2") && doctor.out().contains("Qhipa kuskachay:"),
                doctor.out());
        assertFalse(doctor.out().contains("Atenciones guardadas"), doctor.out());
        DeskCli.Result backup = DeskCli.run(home, "--lang", "qu", "backup");
        assertEquals(0, backup.code(), backup.err());
        String month = Localization.bundledOnly().text("qu",
                Localization.MONTH_SHORT + java.time.LocalDate.now().getMonthValue());
        assertTrue(backup.out().contains(month) && backup.out().contains("makiwan"), backup.out());
        DeskCli.Result es = DeskCli.run(home, "--lang", "es", "backup", "--list");
        assertTrue(es.out().contains("Copias en") && es.out().contains("manual"), es.out());
    }

    @Test
    void aCommandsOwnRefusalKeepsItsLocalizedReason() {
        DeskCli.Result qu = DeskCli.run("--lang", "qu", "sandbox", "--admin-token", "short");
        assertEquals(2, qu.code());
        assertTrue(qu.err().startsWith("--admin-token: 16 sanampamanta aswan."), qu.err());
        DeskCli.Result es = DeskCli.run("--lang", "es", "sandbox", "--admin-token", "short");
        assertTrue(es.err().startsWith("--admin-token: al menos 16 caracteres."), es.err());
    }
}
