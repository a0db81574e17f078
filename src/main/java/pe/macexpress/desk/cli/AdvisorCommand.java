package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Arrays;
import pe.macexpress.desk.advisor.PinHasher;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.store.AdvisorStore;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code advisor --id … --name … --pin}: adds an advisor (or changes the PIN) on this workstation.
 * The PIN is asked interactively, never on the command line (it would stay in the shell history),
 * and stored only as a salted slow hash. Without options, lists the advisors.
 *
 * <p>Issue 15 (roles): {@code --role supervisor|advisor|trainer} (default: advisor for a new one, the
 * current role for an existing one); a trainer only in training mode. PINs have at least 6 digits in
 * production, and their hash is keyed with the database's key.
 */
@Command(name = "advisor", mixinStandardHelpOptions = true)
final class AdvisorCommand extends DataFolderCommand {

    @Option(names = "--id", paramLabel = "ID")
    String id;

    @Option(names = "--name", paramLabel = "NOMBRE")
    String name;

    @Option(names = "--pin", interactive = true, arity = "0..1")
    char[] pin;

    @Option(names = "--role", paramLabel = "supervisor|advisor|trainer")
    String role;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        if (pinGivenInline(spec.commandLine().getParseResult().originalArgs())) {
            // Issue 15: `advisor --pin 5678` would leave the PIN in the shell history and in `ps`.
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            spec.commandLine().getErr().println(DeskCommand.say(spec, "limits.cli.advisor.pin.inline"));
            return PROBLEM;
        }
        try (Store db = openChecked(settings, clock)) {
            AdvisorStore store = db.advisors();
            if (id == null && name == null && pin == null) {
                store.activeAdvisors().forEach(a -> out.println(a.id() + "  "
                        + store.role(a.id()).map(pe.macexpress.desk.security.Role::code).orElse("") + "  " + a.fullName()));
                return OK;
            }
            String typed = pin == null ? "" : new String(pin);
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            java.util.Optional<pe.macexpress.desk.security.Role> chosen = role == null
                    ? java.util.Optional.empty() : pe.macexpress.desk.security.Role.fromCode(role.strip());
            if (role != null && (chosen.isEmpty()
                    || chosen.get() == pe.macexpress.desk.security.Role.TRAINER && !settings.training())) {
                spec.commandLine().getErr().println(DeskCommand.say(spec, "roles.cli.role.bad", role.strip()));
                return PROBLEM;
            }
            if (id == null || id.isBlank() || name == null || name.isBlank()
                    || !PinHasher.isAcceptablePin(typed, settings.training())) {
                spec.commandLine().getErr().println(DeskCommand.say(spec, "cli.advisor.usage"));
                if (!settings.training() && typed.matches("[0-9]{1,5}")) {
                    spec.commandLine().getErr().println(DeskCommand.say(spec, "roles.cli.pin.short",
                            PinHasher.PRODUCTION_MIN_DIGITS));
                }
                return PROBLEM;
            }
            pe.macexpress.desk.security.Role newRole = chosen
                    .orElseGet(() -> store.role(id.strip()).orElse(pe.macexpress.desk.security.Role.ADVISOR));
            store.upsertAdvisor(new Advisor(id.strip(), name.strip()), newRole,
                    new PinHasher().hashKeyed(store.pepper(typed)));
            out.println(DeskCommand.say(spec, "cli.advisor.done", id.strip()));
            return OK;
        }
    }

    /** True when the command line itself carries a PIN ({@code --pin 5678} or {@code --pin=5678}). */
    static boolean pinGivenInline(java.util.List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--pin=")) {
                return true;
            }
            if (a.equals("--pin") && i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                return true;
            }
        }
        return false;
    }
}
