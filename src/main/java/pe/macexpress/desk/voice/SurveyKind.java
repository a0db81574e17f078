package pe.macexpress.desk.voice;

import java.util.Collection;
import java.util.UUID;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.sync.SendPriority;
import pe.macexpress.desk.sync.StoredKind;

/** Anonymous satisfaction surveys as the outbox sends them; NORMAL: they count, nothing waits on them. */
public final class SurveyKind extends StoredKind<FeedbackStore.Survey> {
    private final FeedbackStore feedback;

    public SurveyKind(FeedbackStore feedback) {
        super(SurveyContent.SCHEMA, FeedbackStore.SURVEY_KIND, SendPriority.NORMAL);
        this.feedback = feedback;
    }

    @Override
    protected Collection<FeedbackStore.Survey> find(Collection<UUID> ids) {
        return feedback.findSurveys(ids);
    }

    @Override
    protected UUID idOf(FeedbackStore.Survey r) {
        return r.id();
    }

    @Override
    protected Object content(FeedbackStore.Survey r) {
        return record(r);
    }

    /** A day's surveys leave once the day is over (or in a group of five, see FeedbackStore). */
    @Override
    public void release(java.time.Instant now) {
        feedback.releaseSurveys(now.atZone(pe.macexpress.desk.cases.CasePolicy.ZONE).toLocalDate());
    }

    public static SurveyContent record(FeedbackStore.Survey s) {
        var a = s.answers();
        return new SurveyContent(s.pointId(), s.day().toString(), s.language(), a.get(0), a.get(1), a.get(2),
                a.get(3), a.get(4), a.get(5), s.comment(), s.compliment());
    }
}
