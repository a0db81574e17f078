package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import pe.macexpress.desk.i18n.Localization;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * What a mistyped command line prints, in the workstation's language: picocli's own messages
 * ("Missing required option", "Unknown option") are English and cannot be translated through its
 * resource bundle, so each kind of mistake gets its message here, then where to find the options.
 * picocli's English text goes to the log only.
 */
final class LocalizedParseErrors implements CommandLine.IParameterExceptionHandler {
    private static final Logger LOG = Logger.getLogger(LocalizedParseErrors.class.getName());

    private final Localization text;
    private final String tag;

    LocalizedParseErrors(Localization text, String tag) {
        this.text = text;
        this.tag = tag;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        LOG.log(Level.FINE, "command line refused: {0}", ex.getMessage());
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(message(ex));
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            err.println(text.text(tag, "cli.error.suggestion", String.join(", ", u.getSuggestions())));
        }
        err.println(text.text(tag, "cli.error.help", cl.getCommandSpec().qualifiedName()));
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A command's own refusal of its arguments, already in the command line's language. */
    static final class Refused extends ParameterException {
        private static final long serialVersionUID = 1L;

        Refused(CommandLine cl, String localizedMessage) {
            super(cl, localizedMessage);
        }
    }

    String message(ParameterException ex) {
        if (ex instanceof Refused) {
            return ex.getMessage();
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<ArgSpec> missing = m.getMissing();
            boolean options = missing.stream().allMatch(ArgSpec::isOption);
            return text.text(tag, options ? "cli.error.missing.option" : "cli.error.missing.parameter",
                    missing.stream().map(LocalizedParseErrors::describe).collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return text.text(tag, "cli.error.unknown", String.join(" ", u.getUnmatched()),
                    ex.getCommandLine().getCommandSpec().qualifiedName());
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return text.text(tag, "cli.error.twice", describe(o.getOverwritten()));
        }
        if (ex instanceof CommandLine.MutuallyExclusiveArgsException) {
            return text.text(tag, "cli.error.exclusive");
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return text.text(tag, "cli.error.value", describe(ex.getArgSpec()), ex.getValue());
        }
        return text.text(tag, "cli.error.invalid");
    }

    /** "--code=CODE" for an option that takes a value, "--json" for a flag, "FILE" for a positional parameter. */
    static String describe(ArgSpec a) {
        if (a instanceof OptionSpec o) {
            return o.arity().max() > 0 ? o.longestName() + "=" + o.paramLabel() : o.longestName();
        }
        return a.paramLabel();
    }
}
