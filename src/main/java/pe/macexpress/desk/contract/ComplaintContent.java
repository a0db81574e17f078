package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of a complaint record: one entry of a point's Libro de Reclamaciones
 * (D.S. 007-2020-PCM). Filed as revision 1; the answer, once recorded, comes as the next revision
 * of the same record. Sent before anything else ({@code URGENT}).
 *
 * @param number {@code <point>-<year>-<000001>}, its point the record's {@code pt}
 * @param visitId the visit it was filed in, or null
 * @param replyVia email or address: where the written answer goes (that field is then required)
 * @param confirmation citizen_read or read_aloud
 * @param due the answer's last day (ISO date)
 * @param answeredOn null while open; then the day the answer was sent (ISO date), with
 *     {@code av} (email, letter, in_person), {@code as}, {@code ab} and {@code at}
 */
@JsonPropertyOrder({"n", "pt", "t", "ad", "vi", "dt", "dn", "nm", "adr", "ph", "em", "rv", "mi", "gn", "gd", "f",
        "rq", "ac", "l", "cf", "du", "ao", "av", "as", "ab", "at"})
public record ComplaintContent(
        @JsonProperty("n") String number,
        @JsonProperty("pt") String pointId,
        @JsonProperty("t") Long filedAt,
        @JsonProperty("ad") String advisorId,
        @JsonProperty("vi") String visitId,
        @JsonProperty("dt") String documentType,
        @JsonProperty("dn") String documentNumber,
        @JsonProperty("nm") String names,
        @JsonProperty("adr") String address,
        @JsonProperty("ph") String phone,
        @JsonProperty("em") String email,
        @JsonProperty("rv") String replyVia,
        @JsonProperty("mi") Boolean minor,
        @JsonProperty("gn") String guardianNames,
        @JsonProperty("gd") String guardianDocument,
        @JsonProperty("f") String facts,
        @JsonProperty("rq") String request,
        @JsonProperty("ac") String action,
        @JsonProperty("l") String language,
        @JsonProperty("cf") String confirmation,
        @JsonProperty("du") String due,
        @JsonProperty("ao") String answeredOn,
        @JsonProperty("av") String answerVia,
        @JsonProperty("as") String answerSummary,
        @JsonProperty("ab") String answeredBy,
        @JsonProperty("at") Long answeredAt) {

    public static final String KIND = Admin.Stats.COMPLAINT;

    /** Longest texts the central accepts (characters); the desk's form keeps to the same. */
    public static final int MAX_NAMES = 200;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_PHONE = 30;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_FACTS = 3000;
    public static final int MAX_REQUEST = 1500;
    public static final int MAX_ACTION = 1500;
    public static final int MAX_GUARDIAN_DOCUMENT = 20;
    public static final int MAX_SUMMARY = 1000;

    public static final ContentSchema SCHEMA = new ContentSchema(KIND, List.of(List.of("n", "pt", "t", "ad", "vi",
            "dt", "dn", "nm", "adr", "ph", "em", "rv", "mi", "gn", "gd", "f", "rq", "ac", "l", "cf", "du", "ao", "av", "as",
            "ab", "at")), Set.of("t", "at"));

    @Override
    public String toString() {
        return "ComplaintContent[" + number + (answeredOn == null ? " open" : " answered") + "]";
    }
}
