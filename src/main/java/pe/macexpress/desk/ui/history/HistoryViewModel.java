package pe.macexpress.desk.ui.history;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.store.AttentionSearch;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.sync.AttentionSyncState;
import pe.macexpress.desk.sync.AttentionSyncStatus;
import pe.macexpress.desk.sync.SyncService;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * The history's questions and answers: a search text (document number, code or names), a date
 * range (the last {@value #DEFAULT_DAYS} days unless widened), an outcome and a send state; the
 * matching attentions newest first, {@value #PAGE} at a time, saying when more matched; and one
 * attention opened with its visit and its case. Citizens stay masked until the advisor asks.
 * The search outlives the screen (back from a detail or from another screen).
 */
public final class HistoryViewModel {
    /** Rows per page: "Mostrar más" adds as many again, up to {@link AttentionSearch#MAX_LIMIT}. */
    public static final int PAGE = 100;
    public static final int DEFAULT_DAYS = 30;

    /** One attention with where it stands with the central (null when the sync service knew nothing). */
    public record Row(Attention attention, AttentionSyncStatus sync) {
    }

    /** One attention opened: its row, its visit's attentions (itself included) and its case, if any. */
    public record Detail(Row row, List<Row> visit, Optional<FollowUpCase> followUp) {
        /** The visit's attentions, for the receipt printed again. */
        public List<Attention> visitAttentions() {
            return visit.stream().map(Row::attention).toList();
        }
    }

    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<OutcomeType> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<AttentionSyncState> send = new SimpleObjectProperty<>();
    private final BooleanProperty showData = new SimpleBooleanProperty(false);
    private final ObservableSet<UUID> revealed = FXCollections.observableSet();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper limit = new ReadOnlyIntegerWrapper(PAGE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper rangeInvalid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper searched = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper detailFailed = new ReadOnlyBooleanWrapper(false);
    private final TaskSlot read = new TaskSlot();
    private final TaskSlot opening = new TaskSlot();
    private final AttentionSearch search;
    private final SyncService sync;
    private final Function<String, Optional<FollowUpCase>> caseOfCode;
    private final TaskRunner runner;
    private final ZoneId zone;

    /**
     * @param caseOfCode the case of an attention's code (the cases service's look-up)
     * @param clock today, for the default date range; {@code zone} where days begin
     */
    public HistoryViewModel(AttentionSearch search, SyncService sync, Function<String, Optional<FollowUpCase>> caseOfCode,
                            TaskRunner runner, Clock clock, ZoneId zone) {
        this.search = search;
        this.sync = sync;
        this.caseOfCode = caseOfCode;
        this.runner = runner;
        this.zone = zone;
        LocalDate today = LocalDate.now(clock.withZone(zone));
        to.set(today);
        from.set(today.minusDays(DEFAULT_DAYS - 1L));
    }

    /** Runs the search as it stands, from its first page, off the FX thread; the latest search wins. */
    public void search() {
        limit.set(PAGE);
        run();
    }

    /** The next page: the same search, {@value #PAGE} more rows. */
    public void showMore() {
        limit.set(Math.min(limit.get() + PAGE, AttentionSearch.MAX_LIMIT));
        run();
    }

    /** Whether "show more" can add rows (more matched and the cap is not reached). */
    public boolean canShowMore() {
        return more.get() && limit.get() < AttentionSearch.MAX_LIMIT;
    }

    private void run() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first != null && last != null && first.isAfter(last)) {
            rangeInvalid.set(true);
            return;
        }
        rangeInvalid.set(false);
        Instant start = first == null ? null : first.atStartOfDay(zone).toInstant();
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
        Set<OutcomeType> outcomes = outcome.get() == null ? Set.of() : Set.of(outcome.get());
        AttentionSearch.SendState state = send.get() == null ? null : AttentionSearch.SendState.valueOf(send.get().name());
        AttentionSearch.Criteria criteria = new AttentionSearch.Criteria(query.get(), start, end, outcomes, state,
                limit.get());
        BackgroundTask.of(() -> {
            AttentionSearch.Page page = search.find(criteria);
            return new Found(withStatus(page.attentions()), page.more());
        }).busy(loading)
                .latestIn(read)
                .onSuccess(result -> {
                    failed.set(false);
                    searched.set(true);
                    rows.setAll(result.rows());
                    more.set(result.more());
                })
                .onFailure(e -> failed.set(true))
                .executeWith(runner);
    }

    private record Found(List<Row> rows, boolean more) {
    }

    private List<Row> withStatus(List<Attention> attentions) {
        Map<UUID, AttentionSyncStatus> status = sync.statusOf(attentions.stream().map(Attention::id).toList());
        return attentions.stream().map(a -> new Row(a, status.get(a.id()))).toList();
    }

    /** Opens one attention: reads its visit, their send states and its case off the FX thread. */
    public void open(Row row) {
        if (row == null) {
            return;
        }
        BackgroundTask.of(() -> {
            List<Row> visit = withStatus(search.visitOf(row.attention()));
            Row fresh = visit.stream().filter(r -> r.attention().id().equals(row.attention().id())).findFirst()
                    .orElse(row);
            return new Detail(fresh, visit, caseOfCode.apply(row.attention().code()));
        }).latestIn(opening)
                .onSuccess(d -> {
                    detailFailed.set(false);
                    detail.set(d);
                })
                .onFailure(e -> detailFailed.set(true))
                .executeWith(runner);
    }

    /** Back to the list: the search and its rows as they were. */
    public void closeDetail() {
        detail.set(null);
        detailFailed.set(false);
    }

    /** Shows (or masks again) one citizen's document and names. */
    public void toggleReveal(UUID attentionId) {
        if (!revealed.remove(attentionId)) {
            revealed.add(attentionId);
        }
    }

    public boolean isRevealed(UUID attentionId) {
        return showData.get() || revealed.contains(attentionId);
    }

    /** The screen is opened again (perhaps by another advisor): every citizen masked again. */
    public void maskAll() {
        revealed.clear();
        showData.set(false);
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** First day included; null: no lower bound. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Last day included; null: no upper bound. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Null: every outcome. */
    public ObjectProperty<OutcomeType> outcomeProperty() {
        return outcome;
    }

    /** Null: every send state. */
    public ObjectProperty<AttentionSyncState> sendProperty() {
        return send;
    }

    /** Every citizen on the screen shown unmasked. */
    public BooleanProperty showDataProperty() {
        return showData;
    }

    public ObservableSet<UUID> revealed() {
        return revealed;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** More attentions matched than the rows shown. */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** How many rows the search asks for now. */
    public ReadOnlyIntegerProperty limitProperty() {
        return limit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last search failed (the list keeps what it showed). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** The first day is after the last: nothing was searched. */
    public ReadOnlyBooleanProperty rangeInvalidProperty() {
        return rangeInvalid.getReadOnlyProperty();
    }

    /** A search has answered at least once (before that, an empty list means nothing yet). */
    public ReadOnlyBooleanProperty searchedProperty() {
        return searched.getReadOnlyProperty();
    }

    /** The attention opened; null while the list is shown. */
    public ReadOnlyObjectProperty<Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty detailFailedProperty() {
        return detailFailed.getReadOnlyProperty();
    }
}
