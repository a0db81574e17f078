package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer to an upload: how many records came, how many were accepted and duplicates, and the
 * {@link Verdict}s of those not simply accepted.
 */
public record UploadAnswer(
        @JsonProperty("n") int received,
        @JsonProperty("a") int accepted,
        @JsonProperty("d") int duplicates,
        @JsonProperty("x") List<Verdict> verdicts) {

    public UploadAnswer {
        verdicts = verdicts == null ? null : List.copyOf(verdicts);
    }
}
