package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The first part of a USB bundle (inside the encryption): who sends it and what the desk already
 * has. {@link #toString()} hides the token and the answer key.
 *
 * @param token the workstation's sync token: the central authenticates the bundle with it
 * @param cursor the last change the desk holds ({@code GET /changes?since=})
 * @param catalogEtag the ETag of the catalogue the desk holds; blank when none from the central
 * @param answerKey a fresh 256-bit key (base64) the answer file is encrypted with
 */
public record BundleHeader(@JsonProperty("v") int version, @JsonProperty("id") String bundleId,
                           @JsonProperty("w") String workstationId, @JsonProperty("token") String token,
                           @JsonProperty("c") long cursor, @JsonProperty("etag") String catalogEtag,
                           @JsonProperty("ak") String answerKey, @JsonProperty("t") long createdAt) {
    public static final int VERSION = 1;

    @Override
    public String toString() {
        return "BundleHeader[" + bundleId + " " + workstationId + "]";
    }
}
