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
 * {@code receipt --code CODE --out FILE.pdf [--layout a5|ticket] [--citizen-lang es|qu]}: support reprints a
 * citizen's receipt — the whole visit of the attention with that code — as the counter would have.
 */
@Command(name = "receipt", mixinStandardHelpOptions = true)
final class ReceiptCommand extends DataFolderCommand {
    @Option(names = "--code", required = true, paramLabel = "CODE")
    String code;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--layout", paramLabel = "a5|ticket", defaultValue = "a5")
    String layout;

    // The citizen's language, which may differ from the command line's own (--lang): default, the latter.
    @Option(names = "--citizen-lang", paramLabel = "es|qu")
    String citizenLang;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter stdout) {
        Localization text = Localization.load(settings.home().resolve("i18n"));
        String tag = DeskCommand.language(spec);
        String lang = citizenLang == null ? tag : citizenLang.strip();
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
