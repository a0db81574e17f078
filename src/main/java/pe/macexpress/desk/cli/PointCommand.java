package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.AdvisorStore;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code point --id … --name … --type TAMBO --ubigeo 160101 --place …}: the MAC Express point of this workstation. */
@Command(name = "point", mixinStandardHelpOptions = true)
final class PointCommand extends DataFolderCommand {

    @Option(names = "--id", paramLabel = "ID")
    String id;

    @Option(names = "--name", paramLabel = "NOMBRE")
    String name;

    @Option(names = "--type", paramLabel = "TIPO")
    PointType type;

    @Option(names = "--ubigeo", paramLabel = "UBIGEO")
    String ubigeo;

    @Option(names = "--place", paramLabel = "LUGAR", defaultValue = "")
    String place;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        try (Store db = openChecked(settings, clock)) {
            AdvisorStore store = db.advisors();
            if (id == null && name == null && type == null && ubigeo == null) {
                out.println(store.point().map(p -> p.id() + "  " + p.name() + "  " + p.type() + "  ubigeo "
                        + p.ubigeo() + "  " + p.place()).orElse(DeskCommand.say(spec, "cli.point.none")));
                return OK;
            }
            if (id == null || id.isBlank() || name == null || name.isBlank() || type == null
                    || ubigeo == null || !ubigeo.matches("[0-9]{6}")) {
                spec.commandLine().getErr().println(DeskCommand.say(spec, "cli.point.usage"));
                return PROBLEM;
            }
            store.savePoint(new ServicePoint(id.strip(), name.strip(), type, ubigeo, place.strip()));
            out.println(DeskCommand.say(spec, "cli.point.done", id.strip(), type.toString(), ubigeo));
            return OK;
        }
    }
}
