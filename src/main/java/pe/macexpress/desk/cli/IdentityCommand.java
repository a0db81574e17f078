package pe.macexpress.desk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.config.ConfigException;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DataHome;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentParse;
import pe.macexpress.desk.identity.AuditingVerifier;
import pe.macexpress.desk.identity.CircuitBreaker;
import pe.macexpress.desk.identity.IdentityAudit;
import pe.macexpress.desk.identity.IdentityOutcome;
import pe.macexpress.desk.identity.IdentityResult;
import pe.macexpress.desk.identity.IdentityVerifier;
import pe.macexpress.desk.identity.PideConfig;
import pe.macexpress.desk.identity.QueryContext;
import pe.macexpress.desk.identity.ReniecClient;
import pe.macexpress.desk.identity.ResilientVerifier;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.security.AuditTrail;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code identity --dni 12345678-1 [--home DIR] [--endpoint URL] [--show-names]}: one RENIEC
 * consultation against the configured endpoint (or the given one), printed as ONE JSON line:
 * {@code {"outcome":"VERIFIED","code":"0000","names":"J*** Q***","cached":false,"elapsedMs":42,"reason":"…"}}.
 * Exit 0 VERIFIED, 2 invalid input on the command line (nothing sent), 3 UNAVAILABLE, 6 invalid
 * configuration (nothing sent), 1 otherwise.
 * In training mode (no configuration) without {@code --endpoint}, an in-process sandbox answers.
 * The cache is bypassed (it is a diagnostic of the link).
 *
 * <p>Issue 15 (audit): {@code --purpose} is required, and the query is written to the data folder's
 * audit chain (actor "cli:" + the OS user) BEFORE it is sent. The command used to ask without any
 * audit when the counter application had the folder open (its instance lock); now it is audited or
 * refused, never unaudited: a folder in use gives exit {@value #EXIT_IN_USE}, an audit row that
 * cannot be written exit {@value #EXIT_NOT_AUDITED}, and nothing is sent in either case.
 */
@Command(name = "identity", mixinStandardHelpOptions = true)
public final class IdentityCommand implements Callable<Integer> {
    public static final int EXIT_VERIFIED = 0;
    public static final int EXIT_OTHER = 1;
    public static final int EXIT_BAD_INPUT = 2;
    public static final int EXIT_UNAVAILABLE = 3;
    /** The audit row could not be written: nothing sent. */
    public static final int EXIT_NOT_AUDITED = 2;
    /** The data folder is in use (the counter application is open): nothing sent. */
    public static final int EXIT_IN_USE = 5;

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--dni", required = true, paramLabel = "NUMERO-DV")
    String dni;

    @Option(names = "--endpoint", paramLabel = "URL")
    String endpoint;

    @Option(names = "--purpose", required = true, paramLabel = "PROPOSITO")
    String purpose;

    @Option(names = "--show-names")
    boolean showNames;

    @Option(names = "--form", paramLabel = "post|get")
    String form;

    @Option(names = "--timeout-ms", paramLabel = "MS")
    Long timeoutMs;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DocumentParse parse = Document.parseDni(dni);
        if (!parse.isValid()) {
            ObjectNode n = line("INVALID_INPUT", "", "", false, 0);
            n.put("error", parse.error().name());
            n.put("sent", false);
            out.println(n);
            out.flush();
            return EXIT_BAD_INPUT;
        }
        Document document = parse.document();
        DeskSettings settings;
        try {
            settings = DeskSettings.load(homePath());
        } catch (ConfigException e) {
            return InvalidConfiguration.report(e, spec.commandLine().getErr(), DeskCommand.language(spec));
        }
        Clock clock = Clock.systemUTC();
        if (purpose == null || purpose.isBlank()) {
            return refused(out, "audit.cli.identity.purpose.missing", EXIT_BAD_INPUT, "");
        }
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(settings.dataFolder());
        } catch (StoreException e) {
            return refused(out, e.kind() == StoreException.Kind.LOCKED ? "audit.cli.identity.refused.in.use"
                    : "audit.cli.identity.refused.audit", e.kind() == StoreException.Kind.LOCKED ? EXIT_IN_USE : EXIT_NOT_AUDITED,
                    settings.dataFolder().toString());
        }
        try (lock; Store db = DataFolderCommand.openChecked(settings, clock)) {
            return query(settings, clock, document, new IdentityAudit(db.identityAudit(), db.audit(), clock), out);
        } catch (StoreException e) {
            return refused(out, "audit.cli.identity.refused.audit", EXIT_NOT_AUDITED, settings.dataFolder().toString());
        }
    }

    /** A JSON line saying nothing was sent, and why in the command line's language on stderr. */
    private int refused(PrintWriter out, String key, int exit, String folder) {
        ObjectNode n = line("NOT_AUDITED", "", "", false, 0);
        n.put("sent", false);
        out.println(n);
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.println(DeskCommand.say(spec, key, folder));
        err.flush();
        return exit;
    }

    private int query(DeskSettings settings, Clock clock, Document document, IdentityAudit audit, PrintWriter out) {
        OkHttpClient http = new OkHttpClient();
        SandboxServer sandbox = null;
        try {
            PideConfig config;
            if (endpoint != null && !endpoint.isBlank()) {
                PideConfig configured = settings.training() ? trainingConfig("", settings) : PideConfig.fromSettings(settings);
                config = configured.withBaseUrl(endpoint);
                if (!settings.training() && !configured.sameAddress(endpoint) && configured.credentials().isPresent()) {
                    // Issue 15: the stored PIDE credential never leaves for an address other than the
                    // configured one; the query goes without it (a link diagnostic), and says so.
                    config = config.withCredentials(pe.macexpress.desk.identity.PideCredentials.NONE);
                    spec.commandLine().getErr().println(DeskCommand.say(spec, "limits.cli.identity.no.credential"));
                }
            } else if (settings.training()) {
                sandbox = SandboxServer.start(0);
                config = trainingConfig(sandbox.baseUrl(), settings);
            } else {
                config = PideConfig.fromSettings(settings);
            }
            if (form != null) {
                config = config.withForm("get".equalsIgnoreCase(form) ? PideConfig.RequestForm.GET : PideConfig.RequestForm.POST);
            }
            if (timeoutMs != null) {
                config = config.withTimeouts(config.connectTimeout(), Duration.ofMillis(timeoutMs));
            }
            IdentityVerifier verifier = new ResilientVerifier(new ReniecClient(config, http, clock),
                    new CircuitBreaker("RENIEC", CircuitBreaker.DEFAULT_THRESHOLD, CircuitBreaker.DEFAULT_COOL_DOWN, clock),
                    clock);
            long start = System.nanoTime();
            QueryContext context = new QueryContext(AuditTrail.cliActor(), settings.workstationId(), "cli",
                    "soporte:" + purpose.strip());
            IdentityResult r = new AuditingVerifier(verifier, audit, "RENIEC").verify(document, context);
            if (r.reason().startsWith(AuditingVerifier.NOT_AUDITED)) {
                return refused(out, "audit.cli.identity.refused.audit", EXIT_NOT_AUDITED, settings.dataFolder().toString());
            }
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            String names = r.citizenData().map(c -> showNames ? c.fullName() : pe.macexpress.desk.core.CitizenNames.masked(c.fullName())).orElse("");
            ObjectNode n = line(r.outcome().name(), r.code(), names, r.cached(), elapsed);
            if (!r.reason().isEmpty() && r.outcome() == IdentityOutcome.UNAVAILABLE) {
                n.put("reason", r.reason());
            }
            out.println(n);
            out.flush();
            return switch (r.outcome()) {
                case VERIFIED -> EXIT_VERIFIED;
                case UNAVAILABLE -> EXIT_UNAVAILABLE;
                default -> EXIT_OTHER;
            };
        } catch (IOException e) {
            ObjectNode n = line("UNAVAILABLE", "", "", false, 0);
            n.put("reason", "cannot start the training sandbox");
            out.println(n);
            out.flush();
            return EXIT_UNAVAILABLE;
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static PideConfig trainingConfig(String baseUrl, DeskSettings settings) {
        return new PideConfig(baseUrl, PideConfig.RequestForm.POST, TrainingData.CREDENTIALS,
                settings.get(ConfigKeys.PIDE_CONNECT_TIMEOUT), settings.get(ConfigKeys.PIDE_READ_TIMEOUT));
    }

    private ObjectNode line(String outcome, String code, String names, boolean cached, long elapsedMs) {
        ObjectNode n = mapper.createObjectNode();
        n.put("outcome", outcome);
        n.put("code", code);
        n.put("names", names);
        n.put("cached", cached);
        n.put("elapsedMs", elapsedMs);
        return n;
    }

    /** {@code --home} is the main command's option, inherited: accepted before or after "identity". */
    private java.nio.file.Path homePath() {
        return parent != null ? parent.home() : DataHome.resolve(null, System.getenv());
    }
}
