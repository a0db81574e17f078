package pe.macexpress.desk.core;

import java.util.Objects;

/** The recorded outcome of a procedure: its kind and, where needed, the advisor's detail. */
public record Outcome(OutcomeType type, String detail) {

    public Outcome {
        Objects.requireNonNull(type);
        detail = detail == null ? "" : detail.strip();
    }

    public boolean isComplete() {
        return !type.needsDetail() || !detail.isEmpty();
    }
}
