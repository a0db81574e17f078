package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Positions (in the request's {@code p}) the central lacks ({@code m}) or holds with another hash ({@code c}). */
public record ReconcileAnswer(@JsonProperty("m") List<Integer> missing, @JsonProperty("c") List<Integer> differing) {
    public ReconcileAnswer {
        missing = missing == null ? List.of() : List.copyOf(missing);
        differing = differing == null ? List.of() : List.copyOf(differing);
    }
}
