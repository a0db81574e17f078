package pe.macexpress.desk.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import pe.macexpress.desk.config.ConfigKey.Visibility;

/**
 * Every key {@code macexpress.properties} may hold, declared once. A key not listed here is refused
 * at start, so a typo never silently falls back to a default. Defaults here are the same as the
 * components' own ({@code PideConfig}, {@code SyncConfig.defaults()}, …); a test keeps them equal.
 */
public final class ConfigKeys {
    private static final List<ConfigKey<?>> REGISTRY = new ArrayList<>();
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final long MAX_TIMEOUT_MS = TEN_MINUTES.toMillis();
    private static final long HOUR_MS = Duration.ofHours(1).toMillis();
    private static final long DAY_MS = Duration.ofDays(1).toMillis();
    private static final int TEN_YEARS_DAYS = 3650;

    public static final ConfigKey<DeskSettings.Mode> MODE = define("mode",
            ConfigType.oneOf(Map.of("training", DeskSettings.Mode.TRAINING, "production", DeskSettings.Mode.PRODUCTION),
                    List.of("training", "production")),
            DeskSettings.Mode.TRAINING,
            "`training`: capacitación, datos ficticios en `training/`; `production`: datos reales en `data/`.");
    public static final ConfigKey<String> WORKSTATION_ID = derived("workstation.id",
            ConfigType.matching("[A-Za-z0-9._-]{1,64}",
                    new ConfigHint("config.hint.identifier", List.of("64"), "letters, digits, '.', '-' or '_'; up to 64")),
            s -> "WS-" + Integer.toHexString(s.home().toString().hashCode()), "`WS-…` según la carpeta de datos",
            "Identificador de la estación ante la sede central.");

    public static final ConfigKey<String> PIDE_BASE_URL = define("pide.baseUrl", ConfigType.url(), "",
            "Dirección de PIDE o de la pasarela institucional (en capacitación, la del sandbox).");
    public static final ConfigKey<String> PIDE_MODE = define("pide.mode", ConfigType.oneOf("direct", "gateway"), "direct",
            "`direct`: la estación guarda la credencial de PIDE; `gateway`: la pasarela la pone y aquí no hay contraseña.");
    public static final ConfigKey<String> PIDE_FORM = define("pide.form", ConfigType.oneOf("post", "get"), "post",
            "Forma de RENIEC «Consultar»: `post` (JSON) o `get` (forma antigua).");
    public static final ConfigKey<String> PIDE_DNI_USUARIO = key("pide.nuDniUsuario", ConfigType.digits(8), "",
            Visibility.PERSONAL, "DNI del usuario de PIDE (dato personal: nunca se muestra en mensajes).");
    public static final ConfigKey<String> PIDE_RUC_USUARIO = define("pide.nuRucUsuario", ConfigType.ruc(), "",
            "RUC de la entidad usuaria de PIDE.");
    public static final ConfigKey<String> PIDE_PASSWORD = key("pide.password", ConfigType.text(), "",
            Visibility.SECRET, "Contraseña de PIDE (modo `direct`); el supervisor la cambia desde «Supervisión».");
    public static final ConfigKey<Duration> PIDE_CONNECT_TIMEOUT = define("pide.connectTimeoutMs",
            ConfigType.millis(1, MAX_TIMEOUT_MS), Duration.ofSeconds(5), "Tiempo máximo para conectar con PIDE.");
    public static final ConfigKey<Duration> PIDE_READ_TIMEOUT = define("pide.readTimeoutMs",
            ConfigType.millis(1, MAX_TIMEOUT_MS), Duration.ofSeconds(15), "Tiempo máximo de espera de la respuesta de PIDE.");
    public static final ConfigKey<String> MIGRACIONES_COD_INSTITUCION = define("pide.migraciones.codInstitucion",
            ConfigType.text(), "", "Código de institución que pide MIGRACIONES (carné de extranjería).");
    public static final ConfigKey<String> MIGRACIONES_MAC = define("pide.migraciones.mac", ConfigType.text(), "",
            "Dirección MAC de la estación que pide MIGRACIONES.");
    public static final ConfigKey<String> MIGRACIONES_IP = define("pide.migraciones.ip", ConfigType.text(), "",
            "Dirección IP de la estación que pide MIGRACIONES.");

    public static final ConfigKey<Duration> IDENTITY_CACHE_DAYS = define("identity.cache.days",
            ConfigType.days(0, TEN_YEARS_DAYS), Duration.ofDays(30),
            "Cuánto tiempo se reutiliza una identidad ya verificada (0: no se reutiliza).");
    public static final ConfigKey<Boolean> IDENTITY_CACHE_PHOTO = define("identity.cache.photo", ConfigType.bool(), false,
            "`true`: la copia local de identidades guarda también la foto.");
    public static final ConfigKey<Integer> IDENTITY_BREAKER_FAILURES = define("identity.breaker.failures",
            ConfigType.integer(1, 100), 3, "Fallos seguidos de PIDE que abren el cortocircuito.");
    public static final ConfigKey<Duration> IDENTITY_BREAKER_COOL_DOWN = define("identity.breaker.coolDownMs",
            ConfigType.millis(1, HOUR_MS), Duration.ofSeconds(60),
            "Espera del cortocircuito abierto antes de volver a probar PIDE.");
    public static final ConfigKey<Duration> IDENTITY_REVERIFY_INTERVAL = define("identity.reverify.intervalMs",
            ConfigType.millis(1, DAY_MS), Duration.ofMinutes(2),
            "Cada cuánto se vuelven a verificar las atenciones que quedaron por verificar.");

    public static final ConfigKey<String> HEALTH_URL = define("health.url", ConfigType.url(), "",
            "Dirección que se consulta para saber si hay conexión; vacía: la de PIDE (o la de la sede) más `/health`.");
    public static final ConfigKey<Duration> HEALTH_INTERVAL = define("health.intervalMs",
            ConfigType.millis(1, DAY_MS), Duration.ofSeconds(30), "Cada cuánto se comprueba la conexión.");

    public static final ConfigKey<String> SYNC_BASE_URL = define("sync.baseUrl", ConfigType.url(), "",
            "Dirección de la sede central; la escribe `enroll`.");
    public static final ConfigKey<String> SYNC_TOKEN = key("sync.token", ConfigType.text(), "", Visibility.SECRET,
            "Token de la estación ante la sede; lo escribe `enroll`.");
    public static final ConfigKey<String> SYNC_CATALOG_KEY = define("sync.catalogKey", ConfigType.text(), "",
            "Clave pública con que la sede firma el catálogo (base64); la escribe `enroll`, o el instalador en un PIAS sin conexión.");
    public static final ConfigKey<String> SYNC_BUNDLE_KEY = define("sync.bundleKey", ConfigType.text(), "",
            "Clave pública de la sede para cifrar los envíos por archivo (USB) (base64); la escribe `enroll`.");
    public static final ConfigKey<Integer> SYNC_BATCH_RECORDS = define("sync.batch.records", ConfigType.integer(1, 200),
            200, "Registros por lote.");
    public static final ConfigKey<Integer> SYNC_BATCH_BYTES = define("sync.batch.bytes",
            ConfigType.integer(1024, 256 * 1024), 256 * 1024, "Bytes comprimidos por lote.");
    public static final ConfigKey<Duration> SYNC_CONNECT_TIMEOUT = define("sync.connectTimeoutMs",
            ConfigType.millis(1, MAX_TIMEOUT_MS), Duration.ofSeconds(15), "Tiempo máximo para conectar con la sede.");
    public static final ConfigKey<Duration> SYNC_READ_TIMEOUT = define("sync.readTimeoutMs",
            ConfigType.millis(1, MAX_TIMEOUT_MS), Duration.ofSeconds(60),
            "Tiempo máximo de espera de la respuesta de la sede.");
    // Issue 15 (client limits): a server that drips bytes cannot hold a call, nor a run the data folder.
    public static final ConfigKey<Duration> SYNC_CALL_TIMEOUT = define("sync.callTimeoutMs",
            ConfigType.millis(1, MAX_TIMEOUT_MS), Duration.ofMinutes(2),
            "Tiempo máximo de una llamada entera a la sede, de la conexión al último byte de la respuesta.");
    public static final ConfigKey<Duration> SYNC_RUN_DEADLINE = define("sync.runDeadlineMs",
            ConfigType.millis(1, HOUR_MS), Duration.ofMinutes(20),
            "Tiempo máximo de una ejecución de `sync`; al cumplirse se detiene y libera la carpeta de datos.");
    public static final ConfigKey<Integer> SYNC_MAX_ATTEMPTS = define("sync.maxAttempts", ConfigType.integer(1, 100), 6,
            "Fallos seguidos de un lote antes de dejar el envío para después (los registros se conservan).");
    public static final ConfigKey<Duration> SYNC_BACKOFF_BASE = define("sync.backoffBaseMs",
            ConfigType.millis(1, MAX_TIMEOUT_MS), Duration.ofMillis(500),
            "Primera espera tras un fallo; se duplica en cada fallo seguido.");
    public static final ConfigKey<Duration> SYNC_BACKOFF_CAP = define("sync.backoffCapMs",
            ConfigType.millis(1, MAX_TIMEOUT_MS), Duration.ofSeconds(60), "Espera más larga entre dos intentos.");
    public static final ConfigKey<Integer> SYNC_WARN_PENDING_COUNT = define("sync.warn.pendingCount",
            ConfigType.integer(1, 1_000_000), 500, "Aviso cuando hay al menos tantas atenciones sin enviar.");
    public static final ConfigKey<Duration> SYNC_WARN_AGE_DAYS = define("sync.warn.ageDays",
            ConfigType.days(1, TEN_YEARS_DAYS), Duration.ofDays(21),
            "Aviso cuando una atención lleva tantos días sin enviarse.");
    public static final ConfigKey<Duration> SYNC_RECONCILE_EVERY = define("sync.reconcile.everyDays",
            ConfigType.days(0, TEN_YEARS_DAYS), Duration.ofDays(7),
            "Cada cuánto se concilia con la sede: se le pregunta qué atenciones le faltan (0: nunca).");
    public static final ConfigKey<Duration> SYNC_RECONCILE_WINDOW = derived("sync.reconcile.windowDays",
            ConfigType.days(0, TEN_YEARS_DAYS), s -> s.get(ConfigKeys.RETENTION_DAYS), "= `retention.days`",
            "Cuántos días atrás abarca la conciliación con la sede.");

    /**
     * Issue 15 (purge): 1 to 3650 days. 0 would blank a citizen the moment the central answers (a case
     * could not be called back, a complaint not followed) and is far likelier a slip than a decision; more
     * than ten years is no retention at all. Outside that range the file is refused at load (never 0).
     */
    public static final ConfigKey<Duration> RETENTION_DAYS = define("retention.days",
            ConfigType.days(1, TEN_YEARS_DAYS), Duration.ofDays(90),
            "Tiempo tras la confirmación de la sede en que se borran aquí los datos personales de una atención.");

    public static final ConfigKey<String> BACKUP_FOLDER = define("backup.folder", ConfigType.folder(), "",
            "Carpeta de las copias de seguridad (relativa a la carpeta de datos, o absoluta, p. ej. una memoria USB);"
                    + " vacía: `backups/` dentro de `training/` o `data/`.");
    public static final ConfigKey<Integer> BACKUP_KEEP = define("backup.keep", ConfigType.integer(1, 1000), 7,
            "Cuántas copias de seguridad se conservan.");

    public static final ConfigKey<String> CAPTURE_SCANNER_FOLDER = define("capture.scannerFolder", ConfigType.folder(), "",
            "Carpeta donde el escáner deja sus imágenes (relativa a la carpeta de datos, o absoluta); la pantalla de"
                    + " captura muestra las más recientes. Vacía: sin escáner.");

    // Issue 13 (complaints)
    public static final ConfigKey<Integer> COMPLAINT_ANSWER_DAYS = define("complaint.answerDays",
            ConfigType.integer(1, 90), 15,
            "Plazo para responder un reclamo del Libro de Reclamaciones, en días hábiles; se imprime en la copia.");

    public static final ConfigKey<Boolean> UI_KIOSK = define("ui.kiosk", ConfigType.bool(), false,
            "`true`: la ventana ocupa toda la pantalla, sin barra de título ni aviso para salir (estación de"
                    + " autoservicio o de uso exclusivo); `false`: se abre maximizada.");

    // Issue 15 (roles and sign-in)
    public static final ConfigKey<Duration> SIGNIN_IDLE_LOCK = define("signin.idleLockMs",
            ConfigType.millis(1000, DAY_MS), Duration.ofMinutes(5),
            "Tiempo sin uso tras el que la pantalla se bloquea y pide el PIN del asesor (o de un supervisor);"
                    + " al desbloquear vuelve la misma pantalla con lo escrito.");

    // Issue 16 (speech): citizen-facing texts read aloud by the workstation's eSpeak NG.
    public static final ConfigKey<Integer> SPEECH_RATE = define("speech.rate", ConfigType.integer(80, 400), 140,
            "Velocidad de la lectura en voz alta (eSpeak NG), en palabras por minuto; más lenta que la de eSpeak"
                    + " (175), para que el ciudadano entienda y pueda anotar números y códigos.");
    public static final ConfigKey<String> SPEECH_VOICES = define("speech.voices",
            ConfigType.matching("[a-z]{2,3}=[a-z]{2,3}(-[A-Za-z0-9]+)*(,[a-z]{2,3}=[a-z]{2,3}(-[A-Za-z0-9]+)*)*",
                    new ConfigHint("speech.voices.hint", List.of(), "language=voice pairs separated by commas")),
            "", "Voces de eSpeak NG prestadas a idiomas que no tienen una, p. ej. `ay=qu`: la voz quechua lee los"
                    + " textos en aimara (una aproximación: eSpeak NG no tiene voz aimara). Vacía: sin voz, el botón"
                    + " «Escuchar» no aparece para ese idioma.");

    /** Every key, in the order of the README's table. */
    public static final List<ConfigKey<?>> ALL = Collections.unmodifiableList(REGISTRY);
    private static final Map<String, ConfigKey<?>> BY_NAME = byName();

    private ConfigKeys() {
    }

    public static Optional<ConfigKey<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The known key closest to a misspelt one (at most two edits, or a different case), if any. */
    public static Optional<String> closest(String unknown) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : BY_NAME.keySet()) {
            int d = name.equalsIgnoreCase(unknown) ? 0 : Levenshtein.distance(name, unknown);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return bestDistance <= 2 ? Optional.of(best) : Optional.empty();
    }

    private static Map<String, ConfigKey<?>> byName() {
        Map<String, ConfigKey<?>> m = new LinkedHashMap<>();
        for (ConfigKey<?> k : REGISTRY) {
            if (m.put(k.name(), k) != null) {
                throw new IllegalStateException("configuration key declared twice: " + k.name());
            }
        }
        return m;
    }

    private static <T> ConfigKey<T> define(String name, ConfigType<T> type, T defaultValue, String description) {
        return key(name, type, defaultValue, Visibility.SHOWN, description);
    }

    private static <T> ConfigKey<T> key(String name, ConfigType<T> type, T defaultValue, Visibility visibility,
                                        String description) {
        String text = type.format(defaultValue);
        return register(new ConfigKey<>(name, type, s -> defaultValue, text.isEmpty() ? "(vacío)" : "`" + text + "`",
                visibility, description));
    }

    /** A key whose default depends on the data folder or on another key. */
    private static <T> ConfigKey<T> derived(String name, ConfigType<T> type, Function<DeskSettings, T> defaultValue,
                                            String defaultText, String description) {
        return register(new ConfigKey<>(name, type, defaultValue, defaultText, Visibility.SHOWN, description));
    }

    private static <T> ConfigKey<T> register(ConfigKey<T> key) {
        REGISTRY.add(key);
        return key;
    }

    /** Edit distance, for "did you mean …?". */
    static final class Levenshtein {
        private Levenshtein() {
        }

        static int distance(String a, String b) {
            int[] prev = new int[b.length() + 1];
            int[] cur = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                prev[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                cur[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                }
                int[] t = prev;
                prev = cur;
                cur = t;
            }
            return prev[b.length()];
        }
    }
}
