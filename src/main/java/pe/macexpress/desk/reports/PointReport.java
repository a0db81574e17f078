package pe.macexpress.desk.reports;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * Everything the reports screen, the indicator sheet and the monthly PDF show about one point over
 * one period, computed from the local store by {@link ReportBuilder}. Counts are real zeros (their
 * source always exists); a figure that needs data the point never recorded (waiting time without
 * arrival turns, satisfaction without surveys, shares of nothing, days without sync at a point that
 * never synced) is empty, and is shown as "sin dato".
 *
 * <p>Maps are keyed by stable codes (entity id, procedure id, kind, channel, outcome, language tag),
 * largest count first; screens turn the codes into names. The key {@link #UNKNOWN} gathers
 * attentions whose procedure the installed catalogue no longer lists.
 *
 * @param attentions   attentions started in the period (purged ones too: retention keeps their procedure and times)
 * @param visits       visits with at least one attention in the period, plus orientation-only visits
 * @param perDay       attentions per day, every day of the period present (0 when none)
 * @param waiting      per visit, from arrival to being called, in minutes
 * @param handling     per attention, from its start to its end, in minutes
 * @param verifiedByPide attentions whose identity PIDE confirmed (adults and minors) of all attentions
 * @param satisfaction the six survey drivers, in the survey's order
 * @param surveys      surveys answered on a day of the period
 * @param complaints   complaints filed in the period
 * @param complaintsOverdue complaints of the period still unanswered past their legal deadline at the period's end
 * @param incidents    incidents that occurred in the period, by type
 * @param seriousIncidents of those, the serious ones
 * @param orientations orientations given (no procedure)
 * @param unmetDemand  requests the catalogue could not serve, by entity id ("" when none was named)
 * @param suggestions  suggestions left in the period; {@code compliments} the same for compliments
 * @param openCases    cases open at the period's end; {@code overdueCases} of those, past their due date
 * @param casesOpened  cases opened during the period
 * @param daysWithoutSync days of the period on which no record reached the central; empty when the point never synced
 */
public record PointReport(ReportPeriod period, String pointId, long attentions, long visits,
                          SortedMap<java.time.LocalDate, Long> perDay,
                          Map<String, Long> byEntity, Map<String, Long> byProcedure, Map<String, Long> byKind,
                          Map<String, Long> byChannel, Map<String, Long> byOutcome, Map<String, Long> byLanguage,
                          TimeStats waiting, TimeStats handling, Share verifiedByPide,
                          List<Satisfaction> satisfaction, long surveys,
                          long complaints, long complaintsOverdue,
                          Map<String, Long> incidents, long seriousIncidents,
                          long orientations, Map<String, Long> unmetDemand, long suggestions, long compliments,
                          long openCases, long overdueCases, long casesOpened,
                          OptionalInt daysWithoutSync) {
    /** The key of attentions whose procedure is not in the installed catalogue. */
    public static final String UNKNOWN = "?";

    /** All unmet requests of the period. */
    public long unmetTotal() {
        return unmetDemand.values().stream().mapToLong(Long::longValue).sum();
    }

    /** All incidents of the period. */
    public long incidentTotal() {
        return incidents.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Attentions with this outcome (ATENDIDO, PENDIENTE, DERIVADO, NO_ATENDIDO). */
    public long withOutcome(String outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }
}
