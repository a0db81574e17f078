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
        "cv", "ar", "ca", "cl"})
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
        @JsonProperty("cv") String catalogVersion,
        @JsonProperty("ar") Long arrivedAt,
        @JsonProperty("ca") Long calledAt,
        @JsonProperty("cl") String citizenLanguage) {

    public static final String KIND = "attention";

    private static final List<String> V1 =
            List.of("c", "vi", "ad", "p", "dt", "dn", "dc", "n", "vs", "vc", "pr", "o", "od", "l", "s", "e");

    /**
     * Version 1 is the field list every attention sent before record kinds existed was hashed with.
     * Version 2 (procedures performed) adds the channel used ({@code ch}: portal, capture, counter,
     * referral), the entity's own reference ({@code rf}) and the catalogue version ({@code cv}).
     * Version 3 (the visit's timeline, issue 13) adds when the citizen arrived ({@code ar}) and was
     * called to the counter ({@code ca}), epoch milliseconds, null for an attention saved before the
     * timeline existed, and the language spoken with the citizen ({@code cl}, a BCP 47 tag).
     */
    public static final ContentSchema SCHEMA;

    static {
        List<String> v2 = java.util.stream.Stream.concat(V1.stream(), java.util.stream.Stream.of("ch", "rf", "cv")).toList();
        List<String> v3 = java.util.stream.Stream.concat(v2.stream(), java.util.stream.Stream.of("ar", "ca", "cl")).toList();
        SCHEMA = new ContentSchema(KIND, List.of(V1, v2, v3), Set.of("s", "e", "ar", "ca"));
    }

    /** The longest language tag the central accepts (BCP 47 tags of the i18n folder are short). */
    public static final int MAX_LANGUAGE = 35;

    /** Compatibility: an attention content without the timeline (version 2 and earlier callers). */
    public AttentionContent(String code, String visitId, String advisorId, String pointId, String documentType,
                            String documentNumber, String documentCheck, String citizenNames, String verification,
                            String verificationCode, String procedureId, String outcome, String outcomeDetail,
                            String language, Long startedAt, Long endedAt, String channel, String entityReference,
                            String catalogVersion) {
        this(code, visitId, advisorId, pointId, documentType, documentNumber, documentCheck, citizenNames,
                verification, verificationCode, procedureId, outcome, outcomeDetail, language, startedAt, endedAt,
                channel, entityReference, catalogVersion, null, null, language);
    }

    @Override
    public String toString() {
        // Keeps names and document numbers out of any log line that prints a record.
        return "AttentionContent[" + code + " " + procedureId + " " + outcome + "]";
    }
}
