package pe.macexpress.desk.ui.reports;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.reports.BaseDeDatos;
import pe.macexpress.desk.reports.FigureFormat;
import pe.macexpress.desk.reports.IndicatorSheet;
import pe.macexpress.desk.reports.MonthlyReport;
import pe.macexpress.desk.reports.MonthlyReportPdf;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.AuditEvent;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * The reports screen's exports (issue 14): the period's base de datos as CSV or XLSX (never with names
 * or document numbers: those need a supervisor at the command line) and the month's supervision PDF
 * with the point's indicator sheet. A file chooser first, then the work off the FX thread; the file is
 * written beside its target and moved into place, and the audit chain gets its row before the move,
 * as the command line does. {@link #notice()} says what happened, in the advisor's language.
 */
public final class ReportFileExports implements ReportExports {
    private final Store store;
    private final Supplier<Catalog> catalog;
    private final Localization text;
    private final I18n i18n;
    private final TaskRunner runner;
    private final Supplier<String> actor;
    private final Supplier<Window> owner;
    private final Clock clock;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** Chooses the file to write (a dialog in the desk; tests answer it themselves). */
    private final FileQuestion ask;

    /** Where a file goes: null when the advisor cancelled. */
    @FunctionalInterface
    public interface FileQuestion {
        Path ask(String suggestedName, String extension);
    }

    public ReportFileExports(Store store, Supplier<Catalog> catalog, Localization text, I18n i18n, TaskRunner runner,
                             Supplier<String> actor, Supplier<Window> owner, Clock clock, FileQuestion ask) {
        this.store = store;
        this.catalog = catalog;
        this.text = text;
        this.i18n = i18n;
        this.runner = runner;
        this.actor = actor;
        this.owner = owner;
        this.clock = clock;
        this.ask = ask != null ? ask : this::dialog;
    }

    @Override
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    @Override
    public void exportBase(ReportPeriod period, String format) {
        BaseDeDatos.Format f = BaseDeDatos.Format.parse(format).orElse(BaseDeDatos.Format.CSV);
        String ext = f == BaseDeDatos.Format.CSV ? "csv" : "xlsx";
        Path target = ask.ask("base-de-datos-" + period.first() + "_" + period.last() + "." + ext, ext);
        if (target == null) {
            return;
        }
        notice.set(i18n.get("reports.export.working"));
        Catalog cat = catalog.get();
        runner.run(() -> write(target, out -> {
            long rows = BaseDeDatos.write(store, cat, period, f, false, out);
            store.audit().append(new AuditEvent(actor.get(), AuditActions.EXPORT, "", "",
                    BaseDeDatos.auditDetail(period, false, f, rows, target.getFileName().toString())));
        }), done -> notice.set(i18n.get("reports.export.done", target.toAbsolutePath().toString())),
                e -> notice.set(i18n.get("reports.export.failed", target.toAbsolutePath().toString())));
    }

    @Override
    public void monthlyPdf(YearMonth month, String language) {
        Path target = ask.ask("informe-mensual-" + month + ".pdf", "pdf");
        if (target == null) {
            return;
        }
        notice.set(i18n.get("reports.export.working"));
        String by = actor.get();
        runner.run(() -> write(target, out -> {
            // The advisor's name is read here, off the FX thread, like everything else the report needs.
            String preparedBy = store.advisors().activeAdvisors().stream().filter(a -> a.id().equals(by)).findFirst()
                    .map(a -> text.text(language, "monthly.signoff.advisor", a.fullName(), a.id())).orElse(by);
            MonthlyReport report = MonthlyReport.build(store, catalog, month);
            FigureFormat figures = new FigureFormat(text, language);
            MonthlyReportPdf.write(report, IndicatorSheet.forReport(store, report.figures(), figures, false), figures,
                    preparedBy, clock.instant(), out);
            store.audit().append(new AuditEvent(by, AuditActions.EXPORT, "", "",
                    "report month=" + month + " format=pdf language=" + language + " to=" + target.getFileName()));
        }), done -> notice.set(i18n.get("reports.export.done", target.toAbsolutePath().toString())),
                e -> notice.set(i18n.get("reports.export.failed", target.toAbsolutePath().toString())));
    }

    /** Written beside the target, then moved: a failed export never leaves half a file under the name. */
    private static Boolean write(Path target, pe.macexpress.desk.reports.ReplacedFile.Work work) throws IOException {
        pe.macexpress.desk.reports.ReplacedFile.write(target, work);
        return true;
    }

    private Path dialog(String suggested, String extension) {
        FileChooser dialog = new FileChooser();
        dialog.setTitle(i18n.get("reports.export.dialog"));
        dialog.setInitialFileName(suggested);
        String type = switch (extension) {
            case "csv" -> i18n.get("reports.export.file.csv");
            case "xlsx" -> i18n.get("reports.export.file.xlsx");
            default -> i18n.get("reports.export.file.pdf");
        };
        dialog.getExtensionFilters().add(new FileChooser.ExtensionFilter(type, "*." + extension));
        File f = dialog.showSaveDialog(owner.get());
        return f == null ? null : f.toPath();
    }
}
