package pe.macexpress.desk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import pe.macexpress.desk.advisor.PinHasher;
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Issue 15 (roles): the supervisor's id and own PIN for a supervisor-only command ({@code restore},
 * {@code enroll}, {@code export} of a table with personal data). The PIN is asked on the console
 * (or read from standard input), never taken from the command line: {@code --supervisor-pin} is an
 * interactive option without a value, so {@code --supervisor-pin 123456} is refused by the parser.
 * The check is {@link SupervisorGate}'s: role, PIN, the sign-in lockout, and the audit row.
 */
final class SupervisorCheck {
    @Option(names = "--supervisor", paramLabel = "ID")
    String supervisor;

    @Option(names = "--supervisor-pin", interactive = true, echo = false)
    char[] pin;

    /**
     * True when the supervisor may go on; otherwise says why on {@code err} (in the command line's
     * language) and returns false. Opens nothing: {@code db} is the command's open store.
     */
    boolean authorize(Store db, DeskSettings settings, Clock clock, SupervisorGate.Action action, String detail,
                      CommandSpec spec, PrintWriter err) {
        if (supervisor == null || supervisor.isBlank()) {
            err.println(DeskCommand.say(spec, "roles.cli.supervisor.needed"));
            err.flush();
            return false;
        }
        char[] typed = pin != null ? pin : prompt(DeskCommand.say(spec, "roles.cli.supervisor.pin.prompt"));
        String text = typed == null ? "" : new String(typed);
        if (typed != null) {
            Arrays.fill(typed, '\0');
        }
        pin = null;
        SupervisorGate gate = new SupervisorGate(db, new SignInService(db, new PinHasher(), settings.training(), clock));
        SupervisorGate.Decision d = gate.authorize(supervisor.strip(), text, action, detail);
        if (d.allowed()) {
            return true;
        }
        err.println(d.lockedUntil().isAfter(java.time.Instant.EPOCH)
                ? DeskCommand.say(spec, "roles.gate.locked.until",
                        DeskCommand.dateTime(spec, d.lockedUntil(), ZoneId.systemDefault()))
                : DeskCommand.say(spec, d.messageKey()));
        err.flush();
        return false;
    }

    /** The PIN from the console without echo, or a line of standard input when there is no console. */
    private static char[] prompt(String question) {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("%s", question);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.strip().toCharArray();
        } catch (IOException e) {
            return null;
        }
    }
}
