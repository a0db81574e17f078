package pe.macexpress.desk.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.ReportStore;
import pe.macexpress.desk.store.Store;

/**
 * Issue 14 (monthly report): what the monthly supervision report of one point shows, read once
 * from the store: the month's figures, the point it is about, and the month's incidents as type,
 * severity and times only (their free texts may name people and never reach the report). The
 * catalogue is kept to name entities in the reader's language. Never on the FX thread.
 *
 * @param month     the calendar month reported
 * @param figures   the point's figures over that month
 * @param point     the point configured on this workstation (empty before {@code point} was run)
 * @param incidents the incidents that occurred in the month, oldest first
 * @param catalog   the catalogue in use when the report was built
 */
public record MonthlyReport(YearMonth month, PointReport figures, Optional<ServicePoint> point,
                            List<ReportStore.IncidentRow> incidents, Catalog catalog) {
    public MonthlyReport {
        Objects.requireNonNull(month);
        Objects.requireNonNull(figures);
        Objects.requireNonNull(point);
        incidents = List.copyOf(incidents);
        Objects.requireNonNull(catalog);
    }

    /** The month's report of the point whose store this is. */
    public static MonthlyReport build(Store store, Supplier<Catalog> catalog, YearMonth month) {
        Catalog cat = catalog.get();
        ReportPeriod period = ReportPeriod.month(month);
        PointReport figures = new ReportBuilder(store, () -> cat).build(period);
        return new MonthlyReport(month, figures, store.advisors().point(),
                store.reports().incidents(period.start(), period.end()), cat);
    }

    public ReportPeriod period() {
        return figures.period();
    }

    /** The name of an entity code of {@link PointReport#byEntity()} in {@code language}; the code when unknown. */
    public String entityName(String entityId, String language, FigureFormat format) {
        if (PointReport.UNKNOWN.equals(entityId)) {
            return format.text("monthly.entity.unknown");
        }
        return catalog.entities().stream().filter(e -> e.id().equals(entityId)).findFirst()
                .map(e -> e.acronym() != null && !e.acronym().isBlank() ? e.acronym() : e.name(language))
                .orElse(entityId);
    }
}
