package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the central did with one document of a USB bundle: {@value #ACCEPTED} (it holds the whole
 * file, hash checked; also when it already held it), {@value #MISMATCH} (the bytes are not the
 * declared SHA-256), {@value #CONFLICT} (another file under this id, or another workstation's) or
 * {@value #REFUSED} (too large, not a document id).
 */
public record BundleAttachmentResult(@JsonProperty("id") String id, @JsonProperty("st") String state) {
    public static final String ACCEPTED = "accepted";
    public static final String MISMATCH = "mismatch";
    public static final String CONFLICT = "conflict";
    public static final String REFUSED = "refused";

    /** The documents part of an answer file. */
    public record All(@JsonProperty("d") List<BundleAttachmentResult> results) {
        public All {
            results = results == null ? List.of() : List.copyOf(results);
        }
    }
}
