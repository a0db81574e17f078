package pe.macexpress.desk.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pe.macexpress.desk.cli.DeskCommand;
import picocli.CommandLine;

/** Runs the application's command line in this JVM and keeps what it printed. */
public final class DeskCli {
    private DeskCli() {
    }

    /** Exit code and output of one command. */
    public record Result(int code, String out, String err) {
        /** The last line printed on standard output (the summary line of {@code sync}). */
        public String last() {
            String[] lines = out.strip().split("\\R");
            return lines[lines.length - 1];
        }
    }

    /** {@code --home home} followed by {@code args}. */
    public static Result run(Path home, String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DeskCommand.commandLine(args);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Issue 15 (roles): as {@link #run(Path, String...)}, with {@code stdin} typed (a PIN asked interactively). */
    public static Result runTyping(Path home, String stdin, String... args) {
        java.io.InputStream before = System.in;
        System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try {
            return run(home, args);
        } finally {
            System.setIn(before);
        }
    }

    /** Issue 15 (roles): the supervisor {@link #asSupervisor} adds and names. */
    public static final String SUPERVISOR = "SUP-TEST";
    public static final String SUPERVISOR_PIN = "246810";

    /** Adds (or resets) the supervisor {@link #SUPERVISOR} with {@link #SUPERVISOR_PIN} on {@code home}'s workstation. */
    public static void addSupervisor(Path home) {
        Result r = runTyping(home, SUPERVISOR_PIN + "\n", "advisor", "--id", SUPERVISOR, "--name", "Carmen Tito Ccori",
                "--role", "supervisor", "--pin");
        if (r.code() != 0) {
            throw new IllegalStateException("supervisor not added: " + r.out() + r.err());
        }
    }

    /** A supervisor-only command ({@code enroll}, {@code restore}, a personal export) run by {@link #SUPERVISOR}, PIN typed. */
    public static Result asSupervisor(Path home, String... args) {
        addSupervisor(home);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--supervisor", SUPERVISOR));
        return runTyping(home, SUPERVISOR_PIN + "\n", all.toArray(String[]::new));
    }
}
