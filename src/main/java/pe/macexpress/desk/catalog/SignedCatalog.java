package pe.macexpress.desk.catalog;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import pe.macexpress.desk.catalog.CatalogException.Problem;

/**
 * A catalogue as the central publishes it and as a USB file carries it: the catalogue's exact
 * bytes and the central's Ed25519 signature over them, in one JSON object
 * ({@code {"format":"macexpress-signed-catalog/1","key":…,"signature":…,"catalog":…}}, both as
 * base64). The bytes inside are checked only after the signature holds.
 *
 * <p>The bundled catalogue ships inside the application and is trusted as the application is; it
 * travels in the same envelope with no signature, and only its own exact bytes are accepted so.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SignedCatalog(@JsonProperty("format") String format, @JsonProperty("key") String keyId,
                            @JsonProperty("signature") String signature, @JsonProperty("catalog") String catalog) {
    public static final String FORMAT = "macexpress-signed-catalog/1";
    /** Longest envelope accepted: the catalogue of 52 procedures is about 90 KB. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    public static SignedCatalog sign(byte[] catalogBytes, PrivateKey key, PublicKey publicKey) {
        return new SignedCatalog(FORMAT, CatalogSignature.keyId(publicKey),
                Base64.getEncoder().encodeToString(CatalogSignature.sign(key, catalogBytes)),
                Base64.getEncoder().encodeToString(catalogBytes));
    }

    /** The bundled catalogue in the envelope, unsigned (see the class comment). */
    public static SignedCatalog bundled(Catalog bundled) {
        return new SignedCatalog(FORMAT, null, null, Base64.getEncoder().encodeToString(bundled.bytes()));
    }

    public static SignedCatalog read(byte[] envelope) throws CatalogException {
        if (envelope.length > MAX_BYTES) {
            throw new CatalogException(Problem.MALFORMED, "file", "larger than " + MAX_BYTES + " bytes");
        }
        SignedCatalog s;
        try {
            com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(envelope);
            if (tree != null && tree.has("procedures")) {
                throw new CatalogException(Problem.FORMAT, "file", "a plain catalogue: only the central's signed"
                        + " catalogues are installed; publish it at the central");
            }
            s = MAPPER.treeToValue(tree, SignedCatalog.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new CatalogException(Problem.MALFORMED, "file", "not a signed catalogue");
        }
        if (s == null || !FORMAT.equals(s.format()) || s.catalog() == null) {
            throw new CatalogException(Problem.FORMAT, "file", "not " + FORMAT);
        }
        return s;
    }

    public byte[] toBytes() {
        try {
            return MAPPER.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @JsonIgnore
    public boolean isSigned() {
        return signature != null && !signature.isBlank();
    }

    /**
     * The catalogue inside, once the signature holds for {@code pinned} (or, unsigned, once the bytes
     * are exactly the bundled catalogue's).
     *
     * @param pinned the central's key pinned at enrollment; null when this desk has none
     */
    public Catalog open(PublicKey pinned, Catalog bundled) throws CatalogException {
        byte[] bytes;
        byte[] sig;
        try {
            bytes = Base64.getDecoder().decode(catalog);
            sig = isSigned() ? Base64.getDecoder().decode(signature) : null;
        } catch (IllegalArgumentException e) {
            throw new CatalogException(Problem.MALFORMED, "file", "bad base64");
        }
        if (sig == null) {
            if (!java.util.Arrays.equals(bytes, bundled.bytes())) {
                throw new CatalogException(Problem.SIGNATURE, "file", "unsigned and not the bundled catalogue");
            }
            return bundled;
        }
        if (pinned == null) {
            throw new CatalogException(Problem.SIGNATURE, "file", "no central key pinned to check the signature");
        }
        if (!CatalogSignature.verifies(pinned, bytes, sig)) {
            throw new CatalogException(Problem.SIGNATURE, "file", "signature does not match (key " + keyId + ")");
        }
        return Catalog.parse(bytes);
    }
}
