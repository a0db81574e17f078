package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of an attention record: one procedure served to one citizen.
 * Identifiers are strings on the wire; times are epoch milliseconds.
 */
@JsonPropertyOrder({"c", "vi", "ad", "p", "dt", "dn", "dc", "n", "vs", "vc", "pr", "o", "od", "l", "s", "e"})
public record AttentionContent(
        @JsonProperty("c") String code,
        @JsonProperty("vi") String visitId,
        @JsonProperty("ad") String advisorId,
        @JsonProperty("p") String pointId,
        @JsonProperty("dt") String documentType,
        @JsonProperty("dn") String documentNumber,
        @JsonProperty("dc") String documentCheck,
        @JsonProperty("n") String citizenNames,
        @JsonProperty("vs") String verification,
        @JsonProperty("vc") String verificationCode,
        @JsonProperty("pr") String procedureId,
        @JsonProperty("o") String outcome,
        @JsonProperty("od") String outcomeDetail,
        @JsonProperty("l") String language,
        @JsonProperty("s") Long startedAt,
        @JsonProperty("e") Long endedAt) {

    public static final String KIND = "attention";

    /** Version 1 is the field list every attention sent before record kinds existed was hashed with. */
    public static final ContentSchema SCHEMA = new ContentSchema(KIND,
            List.of(List.of("c", "vi", "ad", "p", "dt", "dn", "dc", "n", "vs", "vc", "pr", "o", "od", "l", "s", "e")),
            Set.of("s", "e"));

    @Override
    public String toString() {
        // Keeps names and document numbers out of any log line that prints a record.
        return "AttentionContent[" + code + " " + procedureId + " " + outcome + "]";
    }
}
