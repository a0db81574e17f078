package pe.macexpress.desk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.CatalogException;
import pe.macexpress.desk.catalog.CatalogService;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code catalog [--json] [--import FILE | --export FILE]}: the catalogue in use (version, date,
 * counts, source), and the USB way in and out for a PIAS that never sees a link. An imported file
 * must carry the central's signature (key pinned at enrollment, {@code sync.catalogKey}); a refused
 * one changes nothing and the reason names the entry at fault.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true)
final class CatalogCommand extends DataFolderCommand {
    @Option(names = "--json")
    boolean json;

    @Option(names = "--import", paramLabel = "FILE")
    Path importFile;

    @Option(names = "--export", paramLabel = "FILE")
    Path exportFile;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        Localization text = Localization.load(settings.home().resolve("i18n"));
        String tag = DeskCommand.language(spec);
        try (Store db = openChecked(settings, clock)) {
            CatalogService catalogs = catalogs(db, settings, clock);
            if (importFile != null) {
                try {
                    Catalog c = catalogs.importFile(importFile);
                    out.println(text.text(tag, "catalog.cli.imported", c.version(), c.all().size()));
                } catch (CatalogException e) {
                    out.println(text.text(tag, "catalog.cli.refused", text.text(tag, e.messageKey(), e.entry())));
                    return PROBLEM;
                } catch (IOException e) {
                    out.println(text.text(tag, "catalog.cli.unreadable", importFile));
                    return PROBLEM;
                }
            }
            if (exportFile != null) {
                try {
                    catalogs.exportTo(exportFile);
                    out.println(text.text(tag, "catalog.cli.exported", catalogs.current().version(), exportFile));
                } catch (IOException e) {
                    out.println(text.text(tag, "catalog.cli.unwritable", exportFile));
                    return PROBLEM;
                }
            }
            CatalogService.Status s = catalogs.status();
            out.println(json ? json(s) : text.text(tag, "catalog.cli.status", s.version(), text.date(tag, java.time.LocalDate.parse(s.published())),
                    s.procedures(), s.entities(), text.text(tag, s.source().messageKey())));
            return OK;
        }
    }

    static String json(CatalogService.Status s) {
        ObjectNode o = Wire.mapper().createObjectNode();
        o.put("version", s.version());
        o.put("published", s.published());
        o.put("procedures", s.procedures());
        o.put("entities", s.entities());
        o.put("source", s.source().code());
        o.put("installedAt", s.installedAt() == null ? null : s.installedAt().toString());
        o.put("key", s.keyId());
        if (s.lastRefusal() != null) {
            ObjectNode r = o.putObject("lastRefused");
            r.put("problem", s.lastRefusal().problem().name().toLowerCase(java.util.Locale.ROOT));
            r.put("entry", s.lastRefusal().entry());
        }
        return o.toString();
    }
}
