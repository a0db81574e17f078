package pe.macexpress.desk.core;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of incident a point records (issue 13, point 6). Aggression, theft and a suspected
 * personal-data breach are serious whatever severity the advisor chose: the first two put people
 * or the citizens' data at risk, and a breach must reach the Autoridad Nacional de Protección de
 * Datos Personales within 48 hours (D.S. 016-2024-JUS).
 */
public enum IncidentType {
    POWER_CUT("power_cut", false),
    NO_LINK("no_link", false),
    PIDE_DOWN("pide_down", false),
    EQUIPMENT_FAILURE("equipment_failure", false),
    THEFT("theft", true),
    AGGRESSION("aggression", true),
    DATA_BREACH("data_breach", true),
    OTHER("other", false);

    private final String code;
    private final boolean alwaysSerious;

    IncidentType(String code, boolean alwaysSerious) {
        this.code = code;
        this.alwaysSerious = alwaysSerious;
    }

    /** The value stored and sent on the wire. */
    public String code() {
        return code;
    }

    public boolean alwaysSerious() {
        return alwaysSerious;
    }

    public String messageKey() {
        return "incident.type." + code;
    }

    public static Optional<IncidentType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
