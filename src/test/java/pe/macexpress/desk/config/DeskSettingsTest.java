package pe.macexpress.desk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.identity.CircuitBreaker;
import pe.macexpress.desk.identity.IdentityCache;
import pe.macexpress.desk.identity.PideConfig;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.Retention;
import pe.macexpress.desk.sync.SyncConfig;

/** {@code macexpress.properties} is read once, whole, and refused with a precise reason when it is wrong. */
class DeskSettingsTest {
    private static final Localization L10N = Localization.bundledOnly();

    @TempDir
    Path home;

    private Path file() {
        return home.resolve(DeskSettings.FILE_NAME);
    }

    private DeskSettings load(String text) throws Exception {
        Files.writeString(file(), text, StandardCharsets.UTF_8);
        return DeskSettings.load(home);
    }

    private ConfigException refused(String text) throws Exception {
        Files.writeString(file(), text, StandardCharsets.UTF_8);
        return assertThrows(ConfigException.class, () -> DeskSettings.load(home));
    }

    @Test
    void noFileIsTrainingModeWithEveryDefaultAndTouchesNothing() throws Exception {
        DeskSettings s = DeskSettings.load(home);
        assertTrue(s.training());
        assertEquals(home.resolve("training").resolve("desk.db"), s.databaseFile());
        assertEquals(Duration.ofSeconds(5), s.get(ConfigKeys.PIDE_CONNECT_TIMEOUT));
        assertEquals(Duration.ofSeconds(15), s.get(ConfigKeys.PIDE_READ_TIMEOUT));
        assertEquals("", s.get(ConfigKeys.PIDE_BASE_URL));
        assertEquals("direct", s.get(ConfigKeys.PIDE_MODE));
        assertEquals(200, s.get(ConfigKeys.SYNC_BATCH_RECORDS));
        assertEquals(Duration.ofDays(90), s.get(ConfigKeys.SYNC_RECONCILE_WINDOW), "follows retention.days");
        assertTrue(s.workstationId().matches("WS-[0-9a-f]+"), s.workstationId());
        for (ConfigKey<?> k : ConfigKeys.ALL) {
            assertFalse(s.isSet(k), k.name());
        }
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(0, files.count(), "reading the configuration creates nothing");
        }
    }

    @Test
    void theComponentsDefaultsAreTheRegistrysDefaults() {
        DeskSettings s = DeskSettings.of(home, new Properties());
        assertEquals(PideConfig.DEFAULT_CONNECT_TIMEOUT, s.get(ConfigKeys.PIDE_CONNECT_TIMEOUT));
        assertEquals(PideConfig.DEFAULT_READ_TIMEOUT, s.get(ConfigKeys.PIDE_READ_TIMEOUT));
        assertEquals(CircuitBreaker.DEFAULT_THRESHOLD, s.get(ConfigKeys.IDENTITY_BREAKER_FAILURES));
        assertEquals(CircuitBreaker.DEFAULT_COOL_DOWN, s.get(ConfigKeys.IDENTITY_BREAKER_COOL_DOWN));
        assertEquals(IdentityCache.DEFAULT_LIFETIME, s.get(ConfigKeys.IDENTITY_CACHE_DAYS));
        assertEquals(Retention.DEFAULT_PERIOD, s.get(ConfigKeys.RETENTION_DAYS));
        assertEquals(BackupService.DEFAULT_KEEP, s.get(ConfigKeys.BACKUP_KEEP));
        assertEquals(SyncConfig.defaults(), SyncConfig.from(s));
        assertEquals(pe.macexpress.desk.speech.EspeakSpeech.Options.DEFAULT_RATE, s.get(ConfigKeys.SPEECH_RATE));
        assertEquals(pe.macexpress.desk.speech.EspeakSpeech.Options.DEFAULT,
                pe.macexpress.desk.speech.EspeakSpeech.Options.of(s.get(ConfigKeys.SPEECH_RATE),
                        s.get(ConfigKeys.SPEECH_VOICES)));
    }

    /** Every key set to a value other than its default, and what it must read as. */
    private static Map<String, Object> everyKey() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", DeskSettings.Mode.PRODUCTION);
        m.put("workstation.id", "PIAS-NAPO-01");
        m.put("pide.baseUrl", "https://ws2.pide.gob.pe");
        m.put("pide.mode", "gateway");
        m.put("pide.form", "get");
        m.put("pide.nuDniUsuario", "40506070");
        m.put("pide.nuRucUsuario", "20512333797");
        m.put("pide.password", "clave con espacios = y dos puntos:");
        m.put("pide.connectTimeoutMs", Duration.ofMillis(3000));
        m.put("pide.readTimeoutMs", Duration.ofMillis(600000));
        m.put("pide.migraciones.codInstitucion", "INST-7");
        m.put("pide.migraciones.mac", "00:1A:2B:3C:4D:5E");
        m.put("pide.migraciones.ip", "10.0.0.7");
        m.put("identity.cache.days", Duration.ofDays(0));
        m.put("identity.cache.photo", true);
        m.put("identity.breaker.failures", 5);
        m.put("identity.breaker.coolDownMs", Duration.ofMillis(45000));
        m.put("identity.reverify.intervalMs", Duration.ofMillis(300000));
        m.put("health.url", "http://127.0.0.1:8089/health");
        m.put("health.intervalMs", Duration.ofMillis(100));
        m.put("sync.baseUrl", "https://central.example");
        m.put("sync.token", "t0k3n");
        m.put("sync.catalogKey", "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=");
        m.put("sync.bundleKey", "MCowBQYDK2VuAyEAwr4ReCJVt3d1LlOGS3MsA0ZSo0pkyvvfZYCnubL6q2w=");
        m.put("sync.batch.records", 50);
        m.put("sync.batch.bytes", 1024);
        m.put("sync.connectTimeoutMs", Duration.ofMillis(1));
        m.put("sync.readTimeoutMs", Duration.ofMillis(90000));
        m.put("sync.callTimeoutMs", Duration.ofMillis(180000));
        m.put("sync.runDeadlineMs", Duration.ofMillis(3600000));
        m.put("sync.maxAttempts", 2);
        m.put("sync.backoffBaseMs", Duration.ofMillis(250));
        m.put("sync.backoffCapMs", Duration.ofMillis(30000));
        m.put("sync.warn.pendingCount", 1000);
        m.put("sync.warn.ageDays", Duration.ofDays(14));
        m.put("sync.reconcile.everyDays", Duration.ofDays(0));
        m.put("sync.reconcile.windowDays", Duration.ofDays(30));
        m.put("retention.days", Duration.ofDays(3650));
        m.put("backup.folder", "/media/usb/copias");
        m.put("backup.keep", 14);
        m.put("capture.scannerFolder", "/home/asesor/Escaneos");
        m.put("ui.kiosk", true);
        m.put("complaint.answerDays", 30); // issue 13 (complaints)
        m.put("signin.idleLockMs", Duration.ofMinutes(2)); // issue 15 (roles and sign-in)
        m.put("speech.rate", 120); // issue 16 (speech)
        m.put("speech.voices", "ay=qu,cni=es-419");
        return m;
    }

    /** How a value is written in the file: durations in the unit the key's name says. */
    private static String text(String key, Object v) {
        if (v instanceof Duration d) {
            return String.valueOf(key.endsWith("Days") || key.endsWith(".days") ? d.toDays() : d.toMillis());
        }
        return v instanceof DeskSettings.Mode m ? m.name().toLowerCase(java.util.Locale.ROOT) : String.valueOf(v);
    }

    @Test
    void aFullFileIsAcceptedAndEveryTypedValueReadsBack() throws Exception {
        Map<String, Object> expected = everyKey();
        assertEquals(ConfigKeys.ALL.stream().map(ConfigKey::name).collect(Collectors.toCollection(TreeSet::new)),
                new TreeSet<>(expected.keySet()), "this test sets every key the code knows");
        StringBuilder file = new StringBuilder("# estación del Napo (comentarios y líneas en blanco se ignoran)\n\n");
        for (var e : expected.entrySet()) {
            String value = text(e.getKey(), e.getValue());
            Properties one = new Properties();
            one.setProperty(e.getKey(), value);
            java.io.StringWriter w = new java.io.StringWriter();
            one.store(w, null);
            file.append(w.toString().lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow()).append("  \n");
        }
        DeskSettings s = load(file.toString());
        for (ConfigKey<?> k : ConfigKeys.ALL) {
            assertEquals(expected.get(k.name()), s.get(k), k.name());
            assertTrue(s.isSet(k), k.name());
        }
        assertFalse(s.training());
        assertEquals(home.resolve("data"), s.dataFolder());
        assertEquals("PIAS-NAPO-01", s.workstationId());
    }

    @Test
    void continuationsEscapesAndCommentsReadAsPropertiesReadsThem() throws Exception {
        String text = "# comentario con \\uZZZZ, que no cuenta\n! otro comentario\n"
                + "pide.password = p\\u00e1ss\\\\word \\\n    continuada\n"
                + "workstation.id:TAMBO-01\n"
                + "sync.token t\\:o\\=k\\\n"
                + "  en\n"
                + "pide.migraciones.mac=\\\n";
        DeskSettings s = load(text);
        Properties expected = new Properties();
        try (Reader r = Files.newBufferedReader(file(), StandardCharsets.UTF_8)) {
            expected.load(r);
        }
        assertEquals(expected.getProperty("pide.password"), s.get(ConfigKeys.PIDE_PASSWORD));
        assertEquals("páss\\word continuada", s.get(ConfigKeys.PIDE_PASSWORD));
        assertEquals(expected.getProperty("workstation.id"), s.workstationId());
        assertEquals(expected.getProperty("sync.token"), s.get(ConfigKeys.SYNC_TOKEN));
        assertEquals("", s.get(ConfigKeys.MIGRACIONES_MAC));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstKey() throws Exception {
        assertFalse(load("\uFEFFmode=production\n").training());
    }

    @Test
    void aTypoInModeIsRefusedNamingTheKeyTheValueAndTheFile() throws Exception {
        ConfigException e = refused("workstation.id=PIAS-1\nmode=produccion\n");
        assertEquals(ConfigException.Kind.BAD_VALUE, e.kind());
        assertEquals(Optional.of("mode"), e.key());
        assertEquals(Optional.of("produccion"), e.value());
        assertEquals(file(), e.file());
        assertEquals(2, e.line());
        String es = e.describe(L10N, "es");
        assertTrue(es.contains("«mode»") && es.contains("«produccion»") && es.contains(file().toString())
                && es.contains("línea 2") && es.contains("training, production"), es);
        String qu = e.describe(L10N, "qu");
        assertTrue(qu.contains("«mode»") && qu.contains(file().toString()) && !qu.equals(es), qu);
        assertTrue(e.getMessage().contains("'mode'") && e.getMessage().contains(file().toString()), e.getMessage());
    }

    @Test
    void modeIsExactLowerCaseAndOnlySurroundingSpacesAreIgnored() throws Exception {
        assertEquals(ConfigException.Kind.BAD_VALUE, refused("mode=Production\n").kind());
        assertEquals(ConfigException.Kind.BAD_VALUE, refused("mode=TRAINING\n").kind());
        assertEquals(ConfigException.Kind.BAD_VALUE, refused("mode=\n").kind(), "blank: remove the line instead");
        assertFalse(load("mode =   production   \n").training());
        assertTrue(load("mode=training\n").training());
    }

    @Test
    void anUnknownKeyIsRefusedWithTheClosestKnownOne() throws Exception {
        ConfigException e = refused("mode=production\npide.readTimeotMs=20000\n");
        assertEquals(ConfigException.Kind.UNKNOWN_KEY, e.kind());
        assertEquals(Optional.of("pide.readTimeotMs"), e.key());
        assertEquals(Optional.of("pide.readTimeoutMs"), e.suggestion());
        assertEquals(2, e.line());
        String es = e.describe(L10N, "es");
        assertTrue(es.contains("«pide.readTimeotMs»") && es.contains("¿Quiso escribir «pide.readTimeoutMs»?")
                && es.contains(file().toString()), es);
        assertEquals(Optional.of("sync.token"), refused("SYNC.TOKEN=x\n").suggestion(), "a different case");
        ConfigException far = refused("colour=azul\n");
        assertEquals(Optional.empty(), far.suggestion());
        assertFalse(far.describe(L10N, "es").contains("¿Quiso"));
    }

    @Test
    void aBrokenUnicodeEscapeIsMalformedAtItsLine() throws Exception {
        ConfigException e = refused("mode=production\n# \\uZZZZ en un comentario no cuenta\nworkstation.id=PIAS\\u00Z1\n");
        assertEquals(ConfigException.Kind.MALFORMED, e.kind());
        assertEquals(3, e.line());
        assertEquals(Optional.of("workstation.id"), e.key());
        assertEquals("config.hint.escape", e.hint().orElseThrow().messageKey());
        String es = e.describe(L10N, "es");
        assertTrue(es.contains("línea 3") && es.contains("«workstation.id»") && es.contains("\\u00f1"), es);
        assertFalse(e.getMessage().contains("PIAS"), "the value is not repeated");
    }

    @Test
    void aFileNotSavedAsUtf8IsMalformedAtItsLine() throws Exception {
        byte[] latin1 = "mode=production\n# estaci\u00f3n del r\u00edo\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file(), latin1);
        ConfigException e = assertThrows(ConfigException.class, () -> DeskSettings.load(home));
        assertEquals(ConfigException.Kind.MALFORMED, e.kind());
        assertEquals(2, e.line());
        assertEquals("config.hint.utf8", e.hint().orElseThrow().messageKey());
    }

    @Test
    void zeroNegativeAndHugeTimeoutsAreRefused() throws Exception {
        for (String line : List.of("pide.readTimeoutMs=-1", "pide.connectTimeoutMs=0", "sync.readTimeoutMs=600001",
                "sync.connectTimeoutMs=99999999999999999999", "health.intervalMs=0", "identity.breaker.coolDownMs=-5")) {
            ConfigException e = refused(line + "\n");
            assertEquals(ConfigException.Kind.BAD_VALUE, e.kind(), line);
            assertEquals("config.hint.millis", e.hint().orElseThrow().messageKey(), line);
        }
        assertEquals(Duration.ofMinutes(10), load("sync.readTimeoutMs=600000\n").get(ConfigKeys.SYNC_READ_TIMEOUT));
    }

    @Test
    void batchSizesOutsideTheirRangeAreRefusedNotClamped() throws Exception {
        ConfigException records = refused("sync.batch.records=500\n");
        assertEquals(Optional.of("sync.batch.records"), records.key());
        assertEquals(List.of("1", "200"), records.hint().orElseThrow().args());
        assertTrue(records.describe(L10N, "es").contains("un número entero de 1 a 200"), records.describe(L10N, "es"));
        assertEquals(List.of("1024", "262144"), refused("sync.batch.bytes=512\n").hint().orElseThrow().args());
        assertEquals(ConfigException.Kind.BAD_VALUE, refused("sync.batch.records=0\n").kind());
        assertEquals(200, load("sync.batch.records=200\n").get(ConfigKeys.SYNC_BATCH_RECORDS));
    }

    @Test
    void numbersBooleansEnumsUrlsAndDocumentNumbersMustBeExact() throws Exception {
        for (String line : List.of("sync.maxAttempts=tres", "sync.maxAttempts=5.0", "sync.maxAttempts=+5",
                "sync.maxAttempts=5 000", "backup.keep=0", "retention.days=3651", "retention.days=-1",
                "identity.cache.photo=yes", "identity.cache.photo=TRUE", "pide.form=POST", "pide.mode=pasarela",
                "pide.baseUrl=ws2.pide.gob.pe", "sync.baseUrl=ftp://central.example", "health.url=https://",
                "pide.nuRucUsuario=2012345678", "pide.nuDniUsuario=4050607A", "workstation.id=PIAS NAPO",
                "sync.warn.ageDays=0")) {
            ConfigException e = refused(line + "\n");
            assertEquals(ConfigException.Kind.BAD_VALUE, e.kind(), line);
            assertEquals(Optional.of(line.substring(0, line.indexOf('='))), e.key(), line);
        }
        ConfigException empty = refused("sync.maxAttempts=\n");
        assertTrue(empty.describe(L10N, "es").contains("está vacía"), empty.describe(L10N, "es"));
        assertEquals("http://127.0.0.1:8089", load("pide.baseUrl=http://127.0.0.1:8089\n").get(ConfigKeys.PIDE_BASE_URL));
    }

    @Test
    void blankTextMeansNotSet() throws Exception {
        DeskSettings s = load("pide.baseUrl=\nworkstation.id=   \nbackup.folder=\n");
        assertEquals("", s.get(ConfigKeys.PIDE_BASE_URL));
        assertFalse(s.isSet(ConfigKeys.PIDE_BASE_URL));
        assertTrue(s.workstationId().startsWith("WS-"));
    }

    @Test
    void aKeyTwiceIsRefusedAtItsSecondLine() throws Exception {
        ConfigException e = refused("mode=production\nworkstation.id=A\nmode=training\n");
        assertEquals(ConfigException.Kind.DUPLICATE_KEY, e.kind());
        assertEquals(Optional.of("mode"), e.key());
        assertEquals(3, e.line());
    }

    @Test
    void secretsAndPersonalDataAreNeverRepeated() throws Exception {
        List<ConfigException> problems = List.of(
                refused("pide.password=S3creta-\\uZZ\n"),
                refused("sync.token=T0ken-abc\nsync.token=T0ken-abc\n"),
                refused("pide.nuDniUsuario=4050607\n"),
                refused("pide.password=S3creta-1\nsync.token=T0ken-abc\npide.nuDniUsuario=40506070\nmode=produccion\n"));
        for (ConfigException e : problems) {
            String all = e.getMessage() + "\n" + e.describe(L10N, "es") + "\n" + e.describe(L10N, "qu")
                    + "\n" + e.value().orElse("");
            for (String secret : List.of("S3creta", "T0ken", "4050607")) {
                assertFalse(all.contains(secret), secret + " leaked: " + all);
            }
        }
        assertEquals(Optional.empty(), problems.get(2).value());
        assertTrue(problems.get(2).describe(L10N, "es").contains("no se muestra"));
    }

    @Test
    void aConfigurationThatIsNotAFileIsUnreadable() throws Exception {
        Files.createDirectory(file());
        ConfigException e = assertThrows(ConfigException.class, () -> DeskSettings.load(home));
        assertEquals(ConfigException.Kind.UNREADABLE, e.kind());
        assertTrue(e.describe(L10N, "es").contains(file().toString()));
    }

    @Test
    void propertiesGivenInCodeAreCheckedToo() {
        Properties p = new Properties();
        p.setProperty("identity.breaker.failures", "1");
        p.setProperty("pide.readTimeotMs", "1");
        ConfigException e = assertThrows(ConfigException.class, () -> DeskSettings.of(home, p));
        assertEquals(ConfigException.Kind.UNKNOWN_KEY, e.kind());
        assertEquals(0, e.line());
        assertFalse(e.describe(L10N, "es").contains("(línea"), "no line to name");
        p.remove("pide.readTimeotMs");
        assertEquals(1, DeskSettings.of(home, p).get(ConfigKeys.IDENTITY_BREAKER_FAILURES));
    }

    @Test
    void everyKeyNameIsUniqueAndTheRegistryIsComplete() throws Exception {
        Set<String> names = new TreeSet<>();
        for (ConfigKey<?> k : ConfigKeys.ALL) {
            assertTrue(names.add(k.name()), k.name());
            assertEquals(Optional.of(k), ConfigKeys.byName(k.name()));
        }
        long publicKeys = Stream.of(ConfigKeys.class.getFields())
                .filter(f -> f.getType() == ConfigKey.class).count();
        assertEquals(publicKeys, ConfigKeys.ALL.size(), "every ConfigKey constant is registered");
        assertTrue(ConfigKeys.PIDE_PASSWORD.secret() && ConfigKeys.SYNC_TOKEN.secret());
        assertFalse(ConfigKeys.PIDE_DNI_USUARIO.valueShown());
    }
}
