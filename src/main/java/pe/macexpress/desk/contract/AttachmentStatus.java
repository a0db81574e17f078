package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;

/**
 * What the central holds of one attachment ({@code GET} and {@code PUT /attachments/{id}}): how
 * many bytes from the start it has persisted, the file's declared size and hash, and whether it
 * checked and accepted the whole. A workstation resumes from {@link #offset()} after a drop.
 *
 * @param offset bytes the central holds, from the start (always a chunk boundary, or the size)
 * @param size the file's size as declared by the workstation
 * @param state {@code partial}, {@code accepted} (whole, SHA-256 checked) or {@code mismatch} (the
 *     whole arrived but its SHA-256 is not the declared one: the central dropped it, offset 0)
 * @param sha256 the declared SHA-256, lowercase hex
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttachmentStatus(@JsonProperty("o") long offset, @JsonProperty("n") long size,
                               @JsonProperty("st") String state, @JsonProperty("h") String sha256) {
    public static final String PARTIAL = "partial";
    public static final String ACCEPTED = "accepted";
    public static final String MISMATCH = "mismatch";

    /** Largest attachment the central takes (the desk re-encodes photos far below it). */
    public static final long MAX_SIZE = 10L * 1024 * 1024;
    /** Bounds of the chunk size a workstation may declare: the unit the central persists and acknowledges. */
    public static final int MIN_CHUNK = 1024;
    public static final int MAX_CHUNK = 1024 * 1024;

    /** Request headers of {@code PUT /attachments/{id}}. */
    public static final String OFFSET_HEADER = "Upload-Offset";
    public static final String LENGTH_HEADER = "Upload-Length";
    public static final String SHA256_HEADER = "Upload-Sha256";
    public static final String CHUNK_HEADER = "Upload-Chunk";

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public boolean accepted() {
        return ACCEPTED.equals(state);
    }

    public boolean mismatch() {
        return MISMATCH.equals(state);
    }

    /** Lowercase hex SHA-256: 64 characters of [0-9a-f]. */
    public static boolean isSha256(String s) {
        return s != null && HEX64.matcher(s).matches();
    }
}
