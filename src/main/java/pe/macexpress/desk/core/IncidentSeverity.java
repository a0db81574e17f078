package pe.macexpress.desk.core;

import java.util.Arrays;
import java.util.Optional;

/** How bad an incident is, as the advisor judges it: leve, moderada or grave. */
public enum IncidentSeverity {
    LEVE("leve"),
    MODERADA("moderada"),
    GRAVE("grave");

    private final String code;

    IncidentSeverity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "incident.severity." + code;
    }

    public static Optional<IncidentSeverity> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
