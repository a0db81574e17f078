package pe.macexpress.desk.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * How both sides turn the contract's records into bytes and back: one Jackson mapper, gzip for
 * the large bodies. Unknown fields are ignored when reading, so a central may add fields to an
 * answer without breaking workstations in the field (the OpenAPI file, not the reader, is strict).
 */
public final class Wire {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);

    private Wire() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON then gzip: the body of an upload or reconcile request. */
    public static byte[] gzipJson(Object value) {
        return gzip(json(value));
    }

    /** The record in {@code json}; an empty body or a bare {@code null} is not one (IOException). */
    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        T value = json.length == 0 ? null : MAPPER.readValue(json, type);
        if (value == null) {
            throw new IOException("no " + type.getSimpleName() + " in the body");
        }
        return value;
    }

    public static JsonNode tree(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    public static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Inflates at most {@code limit} bytes: a gzip bomb is refused, a cut stream throws. */
    public static byte[] gunzip(byte[] compressed, int limit) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            byte[] plain = in.readNBytes(limit + 1);
            if (plain.length > limit) {
                throw new IOException("inflated body over " + limit + " bytes");
            }
            return plain;
        }
    }
}
