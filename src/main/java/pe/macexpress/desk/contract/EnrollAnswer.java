package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The workstation's own token, given once. {@link #toString()} hides it. */
public record EnrollAnswer(@JsonProperty("token") String token, @JsonProperty("w") String workstationId) {
    @Override
    public String toString() {
        return "EnrollAnswer[" + workstationId + "]";
    }
}
