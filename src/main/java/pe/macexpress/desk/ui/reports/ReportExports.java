package pe.macexpress.desk.ui.reports;

import java.time.YearMonth;
import pe.macexpress.desk.reports.ReportPeriod;

/**
 * Integration point (issue 14): the export actions of the reports screen, filled by the integrator with
 * the export and monthly-PDF slices. The screen hides its export buttons while none is given. Called on
 * the FX thread: an implementation runs its own work off it (a file chooser first, then a
 * {@code TaskRunner}) and says what happened in the advisor's language.
 */
public interface ReportExports {
    /** The base de datos format for CSV. */
    String CSV = "csv";
    /** The base de datos format for XLSX. */
    String XLSX = "xlsx";

    /** "Exportar base de datos": the period's attentions, one row each, as {@link #CSV} or {@link #XLSX}. */
    void exportBase(ReportPeriod period, String format);

    /** "Informe mensual PDF": the supervision report of {@code month}, in {@code language} ("es", "qu"). */
    void monthlyPdf(YearMonth month, String language);

    /** What the last export did, in the advisor's language ("" before any); null when the implementation says nothing. */
    default javafx.beans.value.ObservableValue<String> notice() {
        return null;
    }
}
