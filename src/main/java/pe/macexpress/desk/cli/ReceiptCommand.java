package pe.macexpress.desk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pe.macexpress.desk.cases.CasePolicy;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.receipt.Layout;
import pe.macexpress.desk.receipt.Receipt;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code receipt --code CODE --out FILE.pdf [--layout a5|ticket] [--lang es|qu]}: support reprints a
 * citizen's receipt — the whole visit of the attention with that code — as the counter would have.
 */
@Command(name = "receipt", mixinStandardHelpOptions = true,
        description = "Escribe en PDF la constancia de la visita a la que pertenece un código de atención (todas las"
                + " atenciones de esa visita), como la imprime el mostrador. Salida: 0 escrita, 1 código no válido o"
                + " desconocido, opción no válida o archivo que no se pudo escribir.")
final class ReceiptCommand extends DataFolderCommand {
    @Option(names = "--code", required = true, paramLabel = "CODE", description = "Código de atención, p. ej. K7Q3-9PXA.")
    String code;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "El PDF a escribir.")
    Path out;

    @Option(names = "--layout", paramLabel = "a5|ticket", defaultValue = "a5",
            description = "a5: hoja A5 (se imprime también en A4); ticket: papel térmico de 80 mm. Por defecto a5.")
    String layout;

    @Option(names = "--lang", paramLabel = "es|qu", defaultValue = Localization.FALLBACK,
            description = "Idioma de la constancia (el del ciudadano). Por defecto es.")
    String lang;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter stdout) {
        Localization text = Localization.load(settings.home().resolve("i18n"));
        String tag = Localization.FALLBACK;
        Optional<Layout> paper = java.util.Arrays.stream(Layout.values())
                .filter(l -> l.option().equals(layout.strip().toLowerCase(Locale.ROOT))).findFirst();
        if (paper.isEmpty()) {
            stdout.println(text.text(tag, "receipt.cli.bad.layout", layout));
            return PROBLEM;
        }
        if (text.languages().stream().noneMatch(l -> l.tag().equals(lang))) {
            stdout.println(text.text(tag, "receipt.cli.bad.lang", lang,
                    String.join(", ", text.languages().stream().map(l -> l.tag()).toList())));
            return PROBLEM;
        }
        Optional<String> normalized = AttentionCode.normalize(code);
        if (normalized.isEmpty()) {
            stdout.println(text.text(tag, "receipt.cli.bad.code", code.strip()));
            return PROBLEM;
        }
        try (Store db = openChecked(settings, clock)) {
            List<Attention> visit = ReceiptService.visitOf(db.attentions(), normalized.get());
            if (visit.isEmpty()) {
                stdout.println(text.text(tag, "receipt.cli.not.found", normalized.get()));
                return PROBLEM;
            }
            ReceiptService receipts = ReceiptService.standard(text, CasePolicy.ZONE);
            Receipt receipt = receipts.build(visit, catalogs(db, settings, clock).current(),
                    db.advisors().point().orElse(null), lang);
            try {
                receipts.save(receipt, paper.get(), out);
            } catch (IOException e) {
                stdout.println(text.text(tag, "receipt.cli.failed", out.toAbsolutePath()));
                return PROBLEM;
            }
            stdout.println(text.text(tag, "receipt.cli.written", visit.size(), out.toAbsolutePath()));
            return OK;
        }
    }
}
