package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code GET /health}: anything but this JSON (a captive portal's HTML, say) means "offline". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Health(@JsonProperty("status") String status, @JsonProperty("service") String service) {
    public static final Health OK = new Health("ok", "macexpress-central");
}
