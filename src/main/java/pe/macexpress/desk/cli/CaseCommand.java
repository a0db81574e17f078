package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.catalog.CatalogService;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code case --code CODE [--json]}: where one attention's case stands ("¿cómo va mi trámite?"). */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = "Muestra el caso de un código de atención (como lo dicta el ciudadano: sin guion ni"
                + " mayúsculas también vale): estado, vencimiento, resultado de la entidad y cierre."
                + " Salida: 0 encontrado, 1 código no válido o sin caso en esta estación.")
final class CaseCommand extends DataFolderCommand {
    @Option(names = "--code", required = true, paramLabel = "CODE", description = "Código de atención, p. ej. K7Q3-9PXA.")
    String code;

    @Option(names = "--json", description = "Un objeto JSON, con las claves de «cases --json».")
    boolean json;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        Localization text = Localization.load(settings.home().resolve("i18n"));
        String tag = Localization.FALLBACK;
        Optional<String> normalized = AttentionCode.normalize(code);
        if (normalized.isEmpty()) {
            out.println(text.text(tag, "case.cli.bad.code", code.strip()));
            return PROBLEM;
        }
        try (Store db = openChecked(settings, clock)) {
            CaseService cases = new CaseService(db, clock);
            Optional<FollowUpCase> found = cases.byCode(normalized.get());
            if (found.isEmpty()) {
                boolean attention = db.attentions().findByCode(normalized.get()).isPresent();
                out.println(text.text(tag, attention ? "case.cli.no.case" : "case.cli.not.found", normalized.get()));
                return PROBLEM;
            }
            CaseText show = new CaseText(text, tag,
                    new CatalogService(db, () -> settings.get(ConfigKeys.SYNC_CATALOG_KEY), clock).current(), cases);
            out.println(json ? show.json(found.get()) : show.line(found.get()));
            return OK;
        }
    }
}
