package pe.macexpress.desk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.config.ConfigException;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.GlossaryCheck;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.i18n.ReviewMarks;
import pe.macexpress.desk.i18n.ReviewReport;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.AuditEvent;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Issue 16 (review): {@code language review} records a native speaker's review of a language's
 * strings (a supervisor's action, PIN asked; audited with the language and the count only), and
 * {@code language report} prints, per installed language, how much is translated and reviewed, and
 * the glossary's findings ({@code --format csv}: one line per string, for export). The reviewer's
 * name goes to the marks file only: never to the audit row or a log.
 */
@Command(name = "language", mixinStandardHelpOptions = true,
        subcommands = {LanguageCommand.Review.class, LanguageCommand.Report.class})
final class LanguageCommand implements Callable<Integer> {
    private static final Logger LOG = Logger.getLogger(LanguageCommand.class.getName());

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return DataFolderCommand.PROBLEM;
    }

    /** The languages installed at this workstation: the bundled ones and those in {@code <home>/i18n}. */
    Localization installed() {
        return Localization.load(homeI18n());
    }

    Path homeI18n() {
        return parent.home().resolve("i18n");
    }

    @Command(name = "review", mixinStandardHelpOptions = true)
    static final class Review implements Callable<Integer> {
        @ParentCommand
        LanguageCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--language", paramLabel = "TAG", required = true)
        String language;

        @Option(names = "--reviewer", paramLabel = "NAME", required = true)
        String reviewer;

        @Option(names = "--keys", paramLabel = "KEY", split = ",")
        List<String> keys = new ArrayList<>();

        @Option(names = "--all-shown", paramLabel = "FILE")
        Path allShown;

        @Mixin
        SupervisorCheck supervisor = new SupervisorCheck();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                return review(out, err);
            } finally {
                out.flush();
                err.flush();
            }
        }

        private int review(PrintWriter out, PrintWriter err) {
            DeskSettings settings;
            try {
                settings = DeskSettings.load(parent.parent.home());
            } catch (ConfigException e) {
                return InvalidConfiguration.report(e, err, DeskCommand.language(spec));
            }
            Localization l = parent.installed();
            String tag = language.strip().toLowerCase(Locale.ROOT);
            if (tag.equals(Localization.FALLBACK)) {
                err.println(DeskCommand.say(spec, "review.cli.source"));
                return DataFolderCommand.PROBLEM;
            }
            if (l.languages().stream().noneMatch(x -> x.tag().equals(tag))) {
                err.println(DeskCommand.say(spec, "review.cli.bad.language", language.strip(), installedTags(l)));
                return DataFolderCommand.PROBLEM;
            }
            String who = ReviewMarks.cleanReviewer(reviewer);
            if (who.isEmpty()) {
                err.println(DeskCommand.say(spec, "review.cli.no.reviewer"));
                return DataFolderCommand.PROBLEM;
            }
            Set<String> wanted = new LinkedHashSet<>();
            keys.stream().map(String::strip).filter(k -> !k.isEmpty()).forEach(wanted::add);
            if (allShown != null) {
                try {
                    for (String line : Files.readAllLines(allShown, StandardCharsets.UTF_8)) {
                        String k = line.strip();
                        if (!k.isEmpty() && !k.startsWith("#")) {
                            wanted.add(k);
                        }
                    }
                } catch (IOException e) {
                    LOG.log(Level.FINE, "keys file unreadable", e);
                    err.println(DeskCommand.say(spec, "review.cli.file.unreadable", allShown.toString()));
                    return DataFolderCommand.PROBLEM;
                }
            }
            if (wanted.isEmpty()) {
                err.println(DeskCommand.say(spec, "review.cli.no.keys"));
                return DataFolderCommand.PROBLEM;
            }
            Map<String, String> reviewed = new LinkedHashMap<>();
            List<String> notThere = new ArrayList<>();
            for (String key : wanted) {
                String text = l.keys(Localization.FALLBACK).contains(key) ? l.stored(tag, key) : null;
                if (text == null) {
                    notThere.add(key);
                } else {
                    reviewed.put(key, text);
                }
            }
            if (!notThere.isEmpty()) {
                // Nothing is recorded when one key is wrong: the reviewer's list is fixed and run again.
                err.println(DeskCommand.say(spec, "review.cli.unknown.keys", l.language(tag).displayName(),
                        String.join(", ", notThere)));
                return DataFolderCommand.PROBLEM;
            }
            Clock clock = Clock.systemDefaultZone();
            try (InstanceLock lock = InstanceLock.acquire(settings.dataFolder());
                 Store db = DataFolderCommand.openChecked(settings, clock)) {
                if (!supervisor.authorize(db, settings, clock, SupervisorGate.Action.SUPERVISION,
                        "language review " + tag, spec, err)) {
                    return DataFolderCommand.PROBLEM;
                }
                int written;
                try {
                    written = ReviewMarks.record(parent.homeI18n(), tag, who, LocalDate.now(clock), reviewed);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "review marks not written", e);
                    err.println(DeskCommand.say(spec, "review.cli.write.failed",
                            parent.homeI18n().resolve(ReviewMarks.fileName(tag)).toString()));
                    return DataFolderCommand.STORE_ERROR;
                }
                db.audit().append(new AuditEvent(supervisor.supervisor.strip(), AuditActions.LANGUAGE_REVIEW, "", "",
                        tag + " " + written));
                out.println(DeskCommand.say(spec, "review.cli.recorded", written, l.language(tag).displayName()));
                return DataFolderCommand.OK;
            } catch (StoreException e) {
                err.println(DataFolderCommand.message(e, settings, DeskCommand.language(spec)));
                return e.kind() == StoreException.Kind.LOCKED ? DataFolderCommand.IN_USE : DataFolderCommand.STORE_ERROR;
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true)
    static final class Report implements Callable<Integer> {
        @ParentCommand
        LanguageCommand parent;

        @Spec
        CommandSpec spec;

        @Option(names = "--format", paramLabel = "text|csv")
        String format = "text";

        @Option(names = "--language", paramLabel = "TAG")
        String language;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                return report(out, err);
            } finally {
                out.flush();
                err.flush();
            }
        }

        private int report(PrintWriter out, PrintWriter err) {
            String kind = format.strip().toLowerCase(Locale.ROOT);
            if (!List.of("text", "csv").contains(kind)) {
                err.println(DeskCommand.say(spec, "review.cli.bad.format", format.strip()));
                return DataFolderCommand.PROBLEM;
            }
            Localization l = parent.installed();
            String only = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
            if (only != null && l.languages().stream().noneMatch(x -> x.tag().equals(only))) {
                err.println(DeskCommand.say(spec, "review.cli.bad.language", language.strip(), installedTags(l)));
                return DataFolderCommand.PROBLEM;
            }
            ReviewReport.Result r = ReviewReport.build(l, parent.homeI18n(), GlossaryCheck.bundled());
            if (kind.equals("csv")) {
                out.println(DeskCommand.say(spec, "review.cli.csv.header"));
                for (ReviewReport.KeyDetail d : r.details()) {
                    if (only == null || only.equals(d.language())) {
                        out.println(String.join(",", csv(d.language()), csv(d.key()),
                                csv(DeskCommand.say(spec, d.status().messageKey())), csv(d.reviewer()),
                                d.date() == null ? "" : d.date().toString()));
                    }
                }
                return DataFolderCommand.OK;
            }
            for (ReviewReport.LanguageFigures f : r.languages()) {
                if (only != null && !only.equals(f.tag())) {
                    continue;
                }
                if (f.source()) {
                    out.println(DeskCommand.say(spec, "review.cli.report.source", f.name(), f.tag(), f.spanish()));
                } else {
                    out.println(DeskCommand.say(spec, "review.cli.report.language", f.name(), f.tag(), f.present(),
                            f.spanish(), f.translatedPercent(), f.missing()));
                    out.println("  " + DeskCommand.say(spec, "review.cli.report.review", f.reviewed(), f.unreviewed(),
                            f.outOfDate()));
                }
                out.println("  " + DeskCommand.say(spec, "review.cli.report.glossary", f.glossaryFindings()));
                for (GlossaryCheck.Finding g : GlossaryCheck.of(r.findings(), f.tag())) {
                    out.println("    " + DeskCommand.say(spec, "review.cli.report.finding", g.row(), g.concept(), g.key(),
                            DeskCommand.say(spec, g.problem().messageKey(), g.detail())));
                }
            }
            return DataFolderCommand.OK;
        }
    }

    private static String installedTags(Localization l) {
        return String.join(", ", l.languages().stream().map(Language::tag).toList());
    }

    /** A CSV cell: quoted when it must be, and inert in a spreadsheet (no formula). */
    static String csv(String cell) {
        String c = cell == null ? "" : cell;
        if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
            c = "'" + c;
        }
        return c.matches(".*[,\"\\r\\n].*") || c.contains("\n") ? "\"" + c.replace("\"", "\"\"") + "\"" : c;
    }
}
