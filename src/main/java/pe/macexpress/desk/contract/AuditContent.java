package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/**
 * The content ({@code a}) of an audit record (issue 15): one row of a workstation's audit hash
 * chain, sent as it is stored so the central can recompute its hash and check that it links to the
 * row before it. The subject is a blind index (an HMAC under the workstation's key), never a
 * document number; the detail holds no names.
 *
 * @param seq      the row's place in its chain (1 = first)
 * @param at       when it was written (epoch ms)
 * @param actor    advisor id, "cli:<OS user>" or "system"
 * @param action   one of the desk's audited actions ({@code security.AuditActions})
 * @param prevHash the previous row's hash (64 hex; 64 zeros for the first row)
 * @param hash     this row's hash
 */
@JsonPropertyOrder({"s", "t", "ac", "x", "p", "sb", "d", "ph", "h"})
public record AuditContent(
        @JsonProperty("s") Long seq,
        @JsonProperty("t") Long at,
        @JsonProperty("ac") String actor,
        @JsonProperty("x") String action,
        @JsonProperty("p") String purpose,
        @JsonProperty("sb") String subject,
        @JsonProperty("d") String detail,
        @JsonProperty("ph") String prevHash,
        @JsonProperty("h") String hash) {

    public static final String KIND = "audit";

    /** The longest detail (characters) the central accepts, as the desk cuts it. */
    public static final int MAX_DETAIL = 500;
    /** The longest purpose (characters). */
    public static final int MAX_PURPOSE = 200;

    public static final ContentSchema SCHEMA = new ContentSchema(KIND,
            List.of(List.of("s", "t", "ac", "x", "p", "sb", "d", "ph", "h")), Set.of("s", "t"));

    @Override
    public String toString() {
        return "AuditContent[" + seq + " " + action + "]";
    }
}
