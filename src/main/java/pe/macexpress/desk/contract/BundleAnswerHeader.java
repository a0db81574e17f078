package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The first part of the answer file the central gives for a USB bundle (inside the encryption).
 *
 * @param records how many records the bundle carried (each answered in the upload answers that follow)
 * @param catalogEtag the ETag of the catalogue this answer carries; null when it carries none
 */
public record BundleAnswerHeader(@JsonProperty("v") int version, @JsonProperty("id") String bundleId,
                                 @JsonProperty("w") String workstationId, @JsonProperty("n") int records,
                                 @JsonProperty("etag") String catalogEtag, @JsonProperty("t") long createdAt) {
}
