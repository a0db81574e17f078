package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import pe.macexpress.desk.core.DocumentType;

/** Who may ask for a procedure. */
public enum Eligibility {
    @JsonProperty("adult") ADULT,
    @JsonProperty("minor") MINOR,
    @JsonProperty("minor-with-guardian") MINOR_WITH_GUARDIAN,
    @JsonProperty("foreigner-ce") FOREIGNER_CE,
    @JsonProperty("foreigner-ptp") FOREIGNER_PTP,
    @JsonProperty("foreigner-passport") FOREIGNER_PASSPORT;

    public String messageKey() {
        return "catalog.eligibility." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The eligibility a foreigner's document gives; empty for a DNI (age decides, the advisor checks). */
    public static java.util.Optional<Eligibility> ofForeignDocument(DocumentType type) {
        return switch (type) {
            case CE -> java.util.Optional.of(FOREIGNER_CE);
            case PTP_CPP -> java.util.Optional.of(FOREIGNER_PTP);
            case PASAPORTE -> java.util.Optional.of(FOREIGNER_PASSPORT);
            case DNI -> java.util.Optional.empty();
        };
    }
}
