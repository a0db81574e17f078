package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.cases.CasePolicy;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.contract.CodeStatus;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.CentralClient;
import pe.macexpress.desk.sync.CentralException;
import pe.macexpress.desk.sync.SyncConfig;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code case --code CODE [--json]}: where one attention's case stands ("¿cómo va mi trámite?"). */
@Command(name = "case", mixinStandardHelpOptions = true)
final class CaseCommand extends DataFolderCommand {
    @Option(names = "--code", required = true, paramLabel = "CODE")
    String code;

    @Option(names = "--json")
    boolean json;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        Localization text = Localization.load(settings.home().resolve("i18n"));
        String tag = DeskCommand.language(spec);
        Optional<String> normalized = AttentionCode.normalize(code);
        if (normalized.isEmpty()) {
            out.println(text.text(tag, "case.cli.bad.code", code.strip()));
            return PROBLEM;
        }
        try (Store db = openChecked(settings, clock)) {
            CaseService cases = new CaseService(db, clock);
            Optional<FollowUpCase> found = cases.byCode(normalized.get());
            if (found.isEmpty()) {
                if (db.attentions().findByCode(normalized.get()).isPresent()) {
                    out.println(text.text(tag, "case.cli.no.case", normalized.get()));
                    return PROBLEM;
                }
                return askTheCentral(settings, normalized.get(), text, out);
            }
            CaseText show = new CaseText(text, tag,
                    catalogs(db, settings, clock).current(), cases);
            out.println(json ? show.json(found.get()) : show.line(found.get()));
            return OK;
        }
    }

    /** A code another point gave: the central answers for any point (procedure and results, never the citizen). */
    private int askTheCentral(DeskSettings settings, String code, Localization text, PrintWriter out) {
        String tag = DeskCommand.language(spec);
        Central central = Central.configured(settings);
        if (!central.enrolled()) {
            out.println(text.text(tag, "case.cli.not.found", code));
            return PROBLEM;
        }
        OkHttpClient http = new OkHttpClient();
        try {
            Optional<CodeStatus> status = new CentralClient(http, central, SyncConfig.from(settings)).lookup(code);
            if (status.isEmpty()) {
                out.println(text.text(tag, "case.cli.unknown.anywhere", code));
                return PROBLEM;
            }
            CodeStatus s = status.get();
            if (json) {
                out.println(Wire.mapper().createObjectNode().set("central", Wire.mapper().valueToTree(s)));
            } else {
                String last = s.results().isEmpty() ? text.text(tag, "case.cli.central.no.result")
                        : text.text(tag, "case.cli.result", s.results().get(s.results().size() - 1).status(),
                                s.results().get(s.results().size() - 1).note());
                out.println(text.text(tag, "case.cli.central", s.code(), s.procedureId(), s.pointId(),
                        text.date(tag, java.time.Instant.ofEpochMilli(s.endedAt()).atZone(CasePolicy.ZONE).toLocalDate()),
                        s.outcome(), last));
            }
            return OK;
        } catch (CentralException e) {
            out.println(text.text(tag, "case.cli.central.unreachable", code));
            return UNREACHABLE;
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
