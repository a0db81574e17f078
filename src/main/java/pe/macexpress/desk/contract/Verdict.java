package pe.macexpress.desk.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;

/**
 * The central's word on one record of an upload that was not simply accepted, written as a short
 * array: {@code [index, "d"]} duplicate, {@code [index, "c"]} conflict, {@code [index, "r", reason]}
 * rejected. Records an answer does not list were accepted, so a clean batch of 200 costs ~30 bytes.
 *
 * @param index the record's position in the upload
 * @param reason for {@link Result#REJECTED}: a {@link RejectReason} code; null otherwise
 */
@JsonSerialize(using = Verdict.Writer.class)
@JsonDeserialize(using = Verdict.Reader.class)
public record Verdict(int index, Result result, String reason) {

    public enum Result {
        DUPLICATE("d"), CONFLICT("c"), REJECTED("r");

        private final String code;

        Result(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Result fromCode(String code) {
            for (Result r : values()) {
                if (r.code.equals(code)) {
                    return r;
                }
            }
            return REJECTED; // an unknown word from a newer central: not accepted, keep it aside
        }
    }

    public static Verdict duplicate(int index) {
        return new Verdict(index, Result.DUPLICATE, null);
    }

    public static Verdict conflict(int index) {
        return new Verdict(index, Result.CONFLICT, null);
    }

    public static Verdict rejected(int index, RejectReason reason) {
        return new Verdict(index, Result.REJECTED, reason.code());
    }

    static final class Writer extends JsonSerializer<Verdict> {
        @Override
        public void serialize(Verdict v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray();
            g.writeNumber(v.index());
            g.writeString(v.result().code());
            if (v.result() == Result.REJECTED) {
                g.writeString(v.reason() == null ? RejectReason.OTHER.code() : v.reason());
            }
            g.writeEndArray();
        }
    }

    static final class Reader extends JsonDeserializer<Verdict> {
        @Override
        public Verdict deserialize(JsonParser parser, DeserializationContext ctx) throws IOException {
            JsonNode n = parser.readValueAsTree();
            if (n == null || !n.isArray() || !n.path(0).canConvertToInt()) {
                throw com.fasterxml.jackson.databind.JsonMappingException.from(parser,
                        "a verdict is [index, word] or [index, \"r\", reason]");
            }
            Result r = Result.fromCode(n.path(1).asText(""));
            return new Verdict(n.path(0).asInt(), r, r == Result.REJECTED ? n.path(2).asText("other") : null);
        }
    }
}
