package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of an attention record: one procedure served to one citizen.
 * Identifiers are strings on the wire; times are epoch milliseconds.
 */
@JsonPropertyOrder({"c", "vi", "ad", "p", "dt", "dn", "dc", "n", "vs", "vc", "pr", "o", "od", "l", "s", "e", "ch", "rf",
        "cv"})
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
        @JsonProperty("e") Long endedAt,
        @JsonProperty("ch") String channel,
        @JsonProperty("rf") String entityReference,
        @JsonProperty("cv") String catalogVersion) {

    public static final String KIND = "attention";

    private static final List<String> V1 =
            List.of("c", "vi", "ad", "p", "dt", "dn", "dc", "n", "vs", "vc", "pr", "o", "od", "l", "s", "e");

    /**
     * Version 1 is the field list every attention sent before record kinds existed was hashed with.
     * Version 2 (procedures performed) adds the channel used ({@code ch}: portal, capture, counter,
     * referral), the entity's own reference ({@code rf}) and the catalogue version ({@code cv}).
     */
    public static final ContentSchema SCHEMA = new ContentSchema(KIND,
            List.of(V1, java.util.stream.Stream.concat(V1.stream(), java.util.stream.Stream.of("ch", "rf", "cv")).toList()),
            Set.of("s", "e"));

    @Override
    public String toString() {
        // Keeps names and document numbers out of any log line that prints a record.
        return "AttentionContent[" + code + " " + procedureId + " " + outcome + "]";
    }
}
