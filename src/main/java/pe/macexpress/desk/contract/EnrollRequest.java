package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of {@code POST /enroll}: a one-time code and the workstation's id. {@link #toString()} hides the code. */
public record EnrollRequest(@JsonProperty("code") String code, @JsonProperty("w") String workstationId) {
    @Override
    public String toString() {
        return "EnrollRequest[" + workstationId + "]";
    }
}
