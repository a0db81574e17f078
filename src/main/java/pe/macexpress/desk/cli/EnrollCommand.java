package pe.macexpress.desk.cli;

import java.util.concurrent.Callable;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.config.ConfigException;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.security.AuditTrail;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.Enrollment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code enroll --server URL --code CODE}: the workstation gets its own token from the central.
 * Issue 15 (roles): a supervisor's id and own PIN first ({@code --supervisor ID}, PIN asked); refused: exit 1.
 */
@Command(name = "enroll", mixinStandardHelpOptions = true)
final class EnrollCommand implements Callable<Integer> {
    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--server", required = true, paramLabel = "URL")
    String server;

    @Option(names = "--code", required = true, paramLabel = "CODE")
    String code;

    @picocli.CommandLine.Mixin
    SupervisorCheck supervisor = new SupervisorCheck();

    @Override
    public Integer call() {
        DeskSettings settings;
        try {
            settings = DeskSettings.load(parent.home());
        } catch (ConfigException e) {
            return InvalidConfiguration.report(e, spec.commandLine().getErr(), DeskCommand.language(spec));
        }
        // Issue 15 (audit): the enrollment is a chain row of the data folder, so the folder must be ours;
        // the supervisor's PIN is checked (and audited) in the same database, under the same lock.
        var err = spec.commandLine().getErr();
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(settings.dataFolder());
        } catch (StoreException e) {
            err.println(DeskCommand.say(spec, e.kind() == StoreException.Kind.LOCKED ? "audit.cli.enroll.refused.in.use"
                    : "audit.cli.enroll.refused.audit", settings.dataFolder().toString()));
            err.flush();
            return e.kind() == StoreException.Kind.LOCKED ? 5 : 2;
        }
        OkHttpClient http = new OkHttpClient();
        try (lock; Store db = DataFolderCommand.openChecked(settings, clock)) {
            if (!supervisor.authorize(db, settings, clock, pe.macexpress.desk.advisor.SupervisorGate.Action.ENROLLMENT,
                    "enroll " + new Central(server, "").baseUrl(), spec, err)) {
                return 1;
            }
            Enrollment.Result r = new Enrollment(settings.home().resolve(DeskSettings.FILE_NAME),
                    new Central("", "").httpsOnly(!settings.training()), http, settings.workstationId())
                    .audited(db.audit(), AuditTrail::cliActor)
                    .enroll(server, code);
            var out = spec.commandLine().getOut();
            switch (r) {
                case ENROLLED -> out.println(DeskCommand.say(spec, "cli.enroll.done", settings.workstationId(),
                        new Central(server, "").baseUrl()));
                case BAD_CODE -> out.println(DeskCommand.say(spec, "cli.enroll.bad.code"));
                case UNREACHABLE -> out.println(DeskCommand.say(spec, "cli.enroll.unreachable", server));
                case NOT_SAVED -> out.println(DeskCommand.say(spec, "cli.enroll.not.saved", settings.home().toString()));
                case MALFORMED_CODE -> out.println(DeskCommand.say(spec, "cli.central.enroll.malformed"));
                case TOO_MANY_TRIES -> out.println(DeskCommand.say(spec, "cli.central.enroll.too.many"));
                case INSECURE -> out.println(DeskCommand.say(spec, "limits.cli.enroll.insecure", server));
                case BAD_TOKEN -> out.println(DeskCommand.say(spec, "limits.cli.enroll.bad.token"));
            }
            out.flush();
            return switch (r) {
                case ENROLLED -> 0;
                case BAD_CODE, MALFORMED_CODE, TOO_MANY_TRIES, INSECURE -> 1;
                case NOT_SAVED -> 2;
                case UNREACHABLE, BAD_TOKEN -> 3;
            };
        } catch (StoreException e) {
            err.println(DeskCommand.say(spec, "audit.cli.enroll.refused.audit", settings.dataFolder().toString()));
            err.flush();
            return 2;
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
