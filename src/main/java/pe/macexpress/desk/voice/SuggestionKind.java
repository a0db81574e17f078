package pe.macexpress.desk.voice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import pe.macexpress.desk.contract.ContentSchema;
import pe.macexpress.desk.contract.SuggestionContent;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.sync.RecordKind;
import pe.macexpress.desk.sync.SendPriority;

/**
 * Suggestions or compliments as the outbox sends them: one class, two registered instances
 * ({@link #suggestions}, {@link #compliments}), one table told apart by its type column.
 */
public final class SuggestionKind implements RecordKind {
    private final FeedbackStore feedback;
    private final String type;

    private SuggestionKind(FeedbackStore feedback, String type) {
        if (!SuggestionContent.SUGGESTION.equals(FeedbackStore.SUGGESTION_KIND)
                || !SuggestionContent.COMPLIMENT.equals(FeedbackStore.COMPLIMENT_KIND)) {
            throw new IllegalStateException("the store and the contract name suggestions differently");
        }
        this.feedback = feedback;
        this.type = type;
    }

    public static SuggestionKind suggestions(FeedbackStore feedback) {
        return new SuggestionKind(feedback, SuggestionContent.SUGGESTION);
    }

    public static SuggestionKind compliments(FeedbackStore feedback) {
        return new SuggestionKind(feedback, SuggestionContent.COMPLIMENT);
    }

    @Override
    public ContentSchema schema() {
        return SuggestionContent.schema(type);
    }

    @Override
    public SendPriority priority() {
        return SendPriority.NORMAL;
    }

    @Override
    public Map<UUID, JsonNode> contents(Collection<UUID> ids) {
        Map<UUID, JsonNode> out = new LinkedHashMap<>();
        for (FeedbackStore.Suggestion s : feedback.findSuggestions(type, ids)) {
            out.put(s.id(), Wire.mapper().valueToTree(record(s)));
        }
        return out;
    }

    public static SuggestionContent record(FeedbackStore.Suggestion s) {
        return new SuggestionContent(s.pointId(), s.day().toString(), s.language(), s.text(), s.name(), s.contact());
    }
}
