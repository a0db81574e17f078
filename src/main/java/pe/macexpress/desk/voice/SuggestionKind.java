package pe.macexpress.desk.voice;

import java.util.Collection;
import java.util.UUID;
import pe.macexpress.desk.contract.SuggestionContent;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.sync.SendPriority;
import pe.macexpress.desk.sync.StoredKind;

/**
 * Suggestions or compliments as the outbox sends them: one class, two registered instances
 * ({@link #suggestions}, {@link #compliments}), one table told apart by its type column.
 */
public final class SuggestionKind extends StoredKind<FeedbackStore.Suggestion> {
    private final FeedbackStore feedback;
    private final String type;

    private SuggestionKind(FeedbackStore feedback, String type) {
        // The table's type column is the outbox kind of each row.
        super(SuggestionContent.schema(type), type, SendPriority.NORMAL);
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
    protected Collection<FeedbackStore.Suggestion> find(Collection<UUID> ids) {
        return feedback.findSuggestions(type, ids);
    }

    @Override
    protected UUID idOf(FeedbackStore.Suggestion r) {
        return r.id();
    }

    @Override
    protected Object content(FeedbackStore.Suggestion r) {
        return record(r);
    }

    public static SuggestionContent record(FeedbackStore.Suggestion s) {
        return new SuggestionContent(s.pointId(), s.day().toString(), s.language(), s.text(), s.name(), s.contact());
    }
}
