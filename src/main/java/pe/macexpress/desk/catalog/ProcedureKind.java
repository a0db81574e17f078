package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** What kind of service a procedure is, as SGP types them. */
public enum ProcedureKind {
    @JsonProperty("tramite") TRAMITE,
    @JsonProperty("consulta") CONSULTA,
    @JsonProperty("orientacion") ORIENTACION,
    @JsonProperty("pago") PAGO,
    @JsonProperty("cita") CITA;

    public String messageKey() {
        return "catalog.kind." + name().toLowerCase(Locale.ROOT);
    }
}
