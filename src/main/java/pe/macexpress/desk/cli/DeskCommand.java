package pe.macexpress.desk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import pe.macexpress.desk.config.ConfigException;
import pe.macexpress.desk.config.DataHome;
import pe.macexpress.desk.ui.DeskApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code macexpress-desk [--home DIR] [COMMAND]}: without a command, the counter's window opens. */
@Command(name = "macexpress-desk", mixinStandardHelpOptions = true, version = "MAC Express Desk 0.1.0",
        description = "MAC Express Desk. Sin comando abre la aplicación del asesor; con un comando, lo ejecuta."
                + " Todo comando que lee macexpress.properties se niega a correr si tiene un error: lo explica"
                + " y sale con " + InvalidConfiguration.EXIT_CODE + ".",
        subcommands = {SandboxCommand.class, IdentityCommand.class, DoctorCommand.class, SeedDemoCommand.class,
            BackupCommand.class, RestoreCommand.class, PointCommand.class, AdvisorCommand.class, SyncCommand.class, EnrollCommand.class,
            CatalogCommand.class, CaseCommand.class, CasesCommand.class, ReceiptCommand.class})
public final class DeskCommand implements Callable<Integer> {
    /** Returned when the GUI was launched: its own thread decides when the JVM ends. */
    public static final int GUI_EXITED = -1;

    // Inherited: every command accepts --home before or after its name, and all read it here.
    @Option(names = "--home", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Carpeta de datos (por defecto $MACEXPRESS_HOME o ~/.macexpress).")
    String home;

    @Override
    public Integer call() {
        DeskApplication.launchWith(home());
        return GUI_EXITED;
    }

    Path home() {
        return DataHome.resolve(home, System.getenv());
    }

    public static int run(String... args) {
        return new CommandLine(new DeskCommand())
                // Each command reports a refused configuration itself; this keeps a forgotten one from a stack trace.
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    if (e instanceof ConfigException ce) {
                        return InvalidConfiguration.report(ce, cl.getErr());
                    }
                    throw e;
                })
                .execute(args);
    }
}
