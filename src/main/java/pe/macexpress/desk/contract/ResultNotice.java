package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An entity's answer for one attention, as the central hands it on: the body (JSON text) of a
 * change of type {@code result} whose {@code ref} is the attention id, and one entry of a code
 * look-up's {@link CodeStatus#results()}.
 *
 * @param code the attention code the entity quoted
 * @param status one of {@link #STATUSES}
 * @param note the entity's words for the citizen (may be empty; at most {@link #MAX_NOTE} characters)
 * @param at when the central recorded it (epoch ms)
 */
@JsonPropertyOrder({"c", "st", "no", "t"})
public record ResultNotice(
        @JsonProperty("c") String code,
        @JsonProperty("st") String status,
        @JsonProperty("no") String note,
        @JsonProperty("t") long at) {

    public static final String RESUELTO = "resuelto";
    public static final String RECHAZADO = "rechazado";
    public static final String ENTREGADO = "entregado";
    /** Every status an entity may give, as written on the wire. */
    public static final List<String> STATUSES = List.of(RESUELTO, RECHAZADO, ENTREGADO);
    /** The longest note, in characters (code points). */
    public static final int MAX_NOTE = 1000;

    public ResultNotice {
        note = note == null ? "" : note;
    }

    /** Whether {@code note} may travel: at most {@link #MAX_NOTE} characters, no control characters. */
    public static boolean acceptableNote(String note) {
        return note == null || note.codePointCount(0, note.length()) <= MAX_NOTE
                && note.codePoints().noneMatch(Character::isISOControl);
    }

    @Override
    public String toString() {
        // The note is the entity's free text: it may name the citizen, so it stays out of log lines.
        return "ResultNotice[" + code + " " + status + "]";
    }
}
