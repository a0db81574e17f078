package pe.macexpress.desk.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import pe.macexpress.desk.cases.CaseFilter;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cases [--open] [--json]}: the workstation's cases, in the follow-up screen's order, for support. */
@Command(name = "cases", mixinStandardHelpOptions = true)
final class CasesCommand extends DataFolderCommand {
    @Option(names = "--open")
    boolean openOnly;

    @Option(names = "--json")
    boolean json;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        Localization text = Localization.load(settings.home().resolve("i18n"));
        try (Store db = openChecked(settings, clock)) {
            CaseService cases = new CaseService(db, clock);
            CaseText show = new CaseText(text, DeskCommand.language(spec),
                    catalogs(db, settings, clock).current(), cases);
            List<FollowUpCase> list = cases.find(openOnly ? CaseFilter.OPEN : CaseFilter.ALL, "");
            if (json) {
                ArrayNode a = Wire.mapper().createArrayNode();
                list.forEach(c -> a.add(show.json(c)));
                out.println(a);
            } else {
                list.forEach(c -> out.println(show.line(c)));
                var n = cases.counts();
                out.println(text.text(DeskCommand.language(spec), "case.cli.summary", list.size(), n.open(), n.overdue(),
                        n.unreadResults()));
            }
            return OK;
        }
    }
}
