package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The answer to {@code GET /changes?since=N}: changes after the cursor, oldest first, and the next
 * cursor; {@code more} is present and true when another page waits.
 */
@JsonPropertyOrder({"c", "more", "ch"})
public record ChangesPage(
        @JsonProperty("c") long cursor,
        @JsonProperty("more") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean more,
        @JsonProperty("ch") List<Change> changes) {
    public static final int MAX_LIMIT = 500;

    public ChangesPage {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public boolean hasMore() {
        return Boolean.TRUE.equals(more);
    }
}
