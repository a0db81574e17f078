package pe.macexpress.desk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import pe.macexpress.desk.core.Attention;

/**
 * The wire form of an attention and its content hash, shared by the client and the sandbox central
 * so both compute the same hash. Short field names: gzip removes most repetition, but not all.
 */
public final class AttentionRecords {
    /** The canonical field order of {@code a}; the hash covers exactly these, in this order. */
    public static final List<String> FIELDS = List.of("c", "vi", "ad", "p", "dt", "dn", "dc", "n", "vs", "vc", "pr",
            "o", "od", "l", "s", "e");
    private static final List<String> NUMBERS = List.of("s", "e");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AttentionRecords() {
    }

    /** The {@code a} object of an attention, in canonical order. */
    public static ObjectNode content(Attention x) {
        ObjectNode a = MAPPER.createObjectNode();
        a.put("c", x.code());
        a.put("vi", x.visitId().toString());
        a.put("ad", x.advisorId());
        a.put("p", x.pointId());
        a.put("dt", x.document().type().code());
        a.put("dn", x.document().number());
        a.put("dc", x.document().check());
        a.put("n", x.citizenNames());
        a.put("vs", x.verification().code());
        a.put("vc", x.verificationCode());
        a.put("pr", x.procedureId());
        a.put("o", x.outcome().type().name());
        a.put("od", x.outcome().detail());
        a.put("l", x.language());
        a.put("s", x.startedAt().toEpochMilli());
        a.put("e", x.endedAt().toEpochMilli());
        return a;
    }

    /**
     * SHA-256 of the canonical JSON of {@code a} (fields of {@link #FIELDS} in order, missing ones as
     * null), first 16 bytes, base64url without padding. Whatever order the fields arrived in.
     */
    public static String hash(JsonNode a) {
        ObjectNode canonical = MAPPER.createObjectNode();
        for (String f : FIELDS) {
            JsonNode v = a.get(f);
            if (v == null || v.isNull()) {
                canonical.putNull(f);
            } else if (NUMBERS.contains(f) && v.canConvertToLong()) {
                canonical.put(f, v.asLong());
            } else {
                canonical.put(f, v.asText());
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(MAPPER.writeValueAsBytes(canonical));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectMapper mapper() {
        return MAPPER;
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
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(compressed))) {
            byte[] plain = in.readNBytes(limit + 1);
            if (plain.length > limit) {
                throw new IOException("inflated body over " + limit + " bytes");
            }
            return plain;
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
