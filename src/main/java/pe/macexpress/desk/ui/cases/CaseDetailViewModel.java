package pe.macexpress.desk.ui.cases;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.app.TrainingEntity;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * One case opened from the follow-up list: its attention, the entity's result (read once opened),
 * and the final answer the advisor records.
 */
public final class CaseDetailViewModel {
    private final ReadOnlyObjectWrapper<FollowUpCase> followUp = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Attention> attention = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper daysLeft = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<CaseAnswer> answer = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper doneKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final TaskSlot load = new TaskSlot();
    private final CaseService cases;
    private final Function<UUID, Optional<Attention>> attentions;
    private final Supplier<String> advisorId;
    private final Runnable onChanged;
    private final TaskRunner runner;
    /** Training only: the practice entity answers a code and the desk syncs; null in production. */
    private Function<String, TrainingEntity.Outcome> practiceEntity;

    private record Loaded(FollowUpCase followUp, Attention attention, int daysLeft) {
    }

    private record Closed(boolean byThisAdvisor, FollowUpCase now) {
    }

    /**
     * @param advisorId who closes the case (the advisor signed in)
     * @param onChanged told after a result was read or a case closed: counts and list change
     */
    public CaseDetailViewModel(CaseService cases, Function<UUID, Optional<Attention>> attentions,
                               Supplier<String> advisorId, Runnable onChanged, TaskRunner runner) {
        this.cases = cases;
        this.attentions = attentions;
        this.advisorId = advisorId;
        this.onChanged = onChanged;
        this.runner = runner;
        answer.addListener(o -> errorKey.set(""));
        reason.addListener(o -> errorKey.set(""));
    }

    /** Shows the case at once and reads it whole; an unread result becomes read. */
    public void open(FollowUpCase c) {
        followUp.set(c);
        attention.set(null);
        daysLeft.set(0);
        answer.set(null);
        reason.set("");
        errorKey.set("");
        doneKey.set("");
        load(c.code(), c.hasUnreadResult());
    }

    /** Opens the case of a code (from the identification screen or the code look-up). */
    public void openCode(String code) {
        followUp.set(null);
        attention.set(null);
        answer.set(null);
        reason.set("");
        errorKey.set("");
        doneKey.set("");
        load(code, true);
    }

    private void load(String code, boolean markRead) {
        BackgroundTask.of(() -> {
            Optional<FollowUpCase> c = cases.byCode(code);
            if (c.isEmpty()) {
                return null;
            }
            boolean unread = markRead && c.get().hasUnreadResult();
            if (unread) {
                cases.markRead(c.get().attentionId());
                c = cases.byCode(code);
            }
            return new Loaded(c.orElseThrow(), attentions.apply(c.get().attentionId()).orElse(null),
                    cases.daysLeft(c.get()));
        }).busy(busy).latestIn(load)
                .onSuccess(l -> {
                    if (l == null) {
                        errorKey.set("case.error.not.found");
                        return;
                    }
                    boolean wasUnread = followUp.get() == null || followUp.get().hasUnreadResult();
                    followUp.set(l.followUp());
                    attention.set(l.attention());
                    daysLeft.set(l.daysLeft());
                    if (wasUnread) {
                        onChanged.run();
                    }
                })
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    /** Records the final answer; a refusal needs its reason. The closure is queued for the central. */
    public void close() {
        FollowUpCase c = followUp.get();
        if (c == null || busy.get() || !c.isOpen()) {
            return;
        }
        String problem = CaseService.problemKey(answer.get(), reason.get());
        if (!problem.isEmpty()) {
            errorKey.set(problem);
            return;
        }
        CaseAnswer a = answer.get();
        String r = reason.get().strip();
        String who = advisorId.get();
        BackgroundTask.of(() -> {
            boolean closed = cases.close(c.attentionId(), a, r, who);
            FollowUpCase now = cases.byCode(c.code()).orElse(c);
            return new Closed(closed, now);
        }).busy(busy).latestIn(load)
                .onSuccess(result -> {
                    followUp.set(result.now());
                    if (result.byThisAdvisor()) {
                        doneKey.set("case.closed.done");
                    } else {
                        errorKey.set("case.error.already.closed");
                    }
                    onChanged.run();
                })
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    /**
     * Training only: {@code answer} makes the practice entity resolve a code and brings the result
     * with a sync (blocking, run off the FX thread).
     */
    public void practiceWith(Function<String, TrainingEntity.Outcome> answer) {
        this.practiceEntity = answer;
    }

    public boolean hasPracticeEntity() {
        return practiceEntity != null;
    }

    /** Training only: the entity answers this case, as a real one would, and the result arrives by sync. */
    public void practiceResult() {
        FollowUpCase c = followUp.get();
        Function<String, TrainingEntity.Outcome> entity = practiceEntity;
        if (c == null || entity == null || busy.get()) {
            return;
        }
        errorKey.set("");
        doneKey.set("");
        BackgroundTask.of(() -> entity.apply(c.code())).busy(busy).latestIn(load)
                .onSuccess(outcome -> {
                    switch (outcome) {
                        case RECORDED -> {
                            doneKey.set("case.practice.recorded");
                            load(c.code(), false);
                        }
                        case NOT_AT_THE_CENTRAL -> errorKey.set("case.practice.not.synced");
                        default -> errorKey.set("case.practice.failed");
                    }
                })
                .onFailure(e -> errorKey.set("case.practice.failed"))
                .executeWith(runner);
    }

    public ReadOnlyObjectProperty<FollowUpCase> followUpProperty() {
        return followUp.getReadOnlyProperty();
    }

    /** The attention of the case; null until read (or when retention purged it). */
    public ReadOnlyObjectProperty<Attention> attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty daysLeftProperty() {
        return daysLeft.getReadOnlyProperty();
    }

    public ObjectProperty<CaseAnswer> answerProperty() {
        return answer;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    /** Set once the final answer was saved. */
    public ReadOnlyStringProperty doneKeyProperty() {
        return doneKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
