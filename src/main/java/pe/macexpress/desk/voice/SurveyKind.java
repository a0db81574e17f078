package pe.macexpress.desk.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.sync.RecordKind;
import pe.macexpress.desk.sync.SendPriority;

/** Anonymous satisfaction surveys as the outbox sends them; NORMAL: they count, nothing waits on them. */
public final class SurveyKind implements RecordKind {
    private final FeedbackStore feedback;

    public SurveyKind(FeedbackStore feedback) {
        if (!SurveyContent.KIND.equals(FeedbackStore.SURVEY_KIND)) {
            throw new IllegalStateException("the store and the contract name surveys differently");
        }
        this.feedback = feedback;
    }

    @Override
    public ContentSchema schema() {
        return SurveyContent.SCHEMA;
    }

    @Override
    public SendPriority priority() {
        return SendPriority.NORMAL;
    }

    @Override
    public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        for (FeedbackStore.Survey s : feedback.findSurveys(ids)) {
            out.put(s.id(), Wire.mapper().valueToTree(record(s)));
        }
        return out;
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
