package pe.macexpress.desk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import pe.macexpress.desk.config.ConfigException;
import pe.macexpress.desk.config.DataHome;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.ui.DeskApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code macexpress-desk [--home DIR] [COMMAND]}: without a command, the counter's window opens. */
/** Texts (description, headings, options) come from the bundles through {@link CliBundle}, in the workstation's language. */
@Command(name = "macexpress-desk", mixinStandardHelpOptions = true, version = "MAC Express Desk 0.1.0",
        subcommands = {SandboxCommand.class, IdentityCommand.class, DoctorCommand.class, SeedDemoCommand.class,
            BackupCommand.class, RestoreCommand.class, PointCommand.class, AdvisorCommand.class, SyncCommand.class, EnrollCommand.class,
            CatalogCommand.class, CaseCommand.class, CasesCommand.class, ReceiptCommand.class,
            ExportCommand.class, PurgeCommand.class, IndicatorsCommand.class, ReportCommand.class,
            LanguageCommand.class})
public final class DeskCommand implements Callable<Integer> {
    /** Returned when the GUI was launched: its own thread decides when the JVM ends. */
    public static final int GUI_EXITED = -1;

    // Inherited: every command accepts --home before or after its name, and all read it here.
    @Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT)
    String home;

    // Read before parsing by CliLanguage (picocli's own messages need the language first); declared so it is accepted.
    @Option(names = CliLanguage.OPTION, paramLabel = "es|qu", scope = CommandLine.ScopeType.INHERIT)
    String lang;

    private Localization text = Localization.bundledOnly();
    private String language = Localization.FALLBACK;

    @Override
    public Integer call() {
        DeskApplication.launchWith(home());
        return GUI_EXITED;
    }

    Path home() {
        return DataHome.resolve(home, System.getenv());
    }

    /** The language the command line speaks ("es", "qu"): see {@link CliLanguage}. */
    String language() {
        return language;
    }

    /** The application's texts, for the commands' output. */
    Localization text() {
        return text;
    }

    /** The language of the command whose spec this is (any command under this root). */
    static String language(picocli.CommandLine.Model.CommandSpec spec) {
        return spec.root().userObject() instanceof DeskCommand d ? d.language : Localization.FALLBACK;
    }

    /** Text of {@code key} in the command line's language, for any command under this root. */
    static String say(picocli.CommandLine.Model.CommandSpec spec, String key, Object... args) {
        Localization text = spec.root().userObject() instanceof DeskCommand d ? d.text : Localization.bundledOnly();
        return text.text(language(spec), key, args);
    }

    /** A date and time in the command line's language (the one format of the screens). */
    static String dateTime(picocli.CommandLine.Model.CommandSpec spec, java.time.Instant at, java.time.ZoneId zone) {
        Localization text = spec.root().userObject() instanceof DeskCommand d ? d.text : Localization.bundledOnly();
        return text.dateTime(language(spec), at, zone);
    }

    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** The command line for {@code args}, speaking the workstation's language (or {@code --lang}'s). */
    public static CommandLine commandLine(String... args) {
        return commandLine(System.getenv(), Locale.getDefault(), args);
    }

    static CommandLine commandLine(Map<String, String> env, Locale system, String... args) {
        DeskCommand root = new DeskCommand();
        root.language = CliLanguage.resolve(args, env, system, root.text);
        CommandLine cl = new CommandLine(root);
        useBundle(cl, new CliBundle(root.text, root.language));
        return cl.setParameterExceptionHandler(new LocalizedParseErrors(root.text, root.language))
                // Each command reports a refused configuration itself; this keeps a forgotten one from a stack trace.
                .setExecutionExceptionHandler((e, c, parsed) -> {
                    if (e instanceof ConfigException ce) {
                        return InvalidConfiguration.report(ce, c.getErr(), root.language);
                    }
                    throw e;
                });
    }

    private static void useBundle(CommandLine cl, java.util.ResourceBundle bundle) {
        cl.getCommandSpec().resourceBundle(bundle);
        for (CommandLine sub : cl.getSubcommands().values()) {
            useBundle(sub, bundle);
        }
    }
}
