package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The workstation's own token, given once. {@link #toString()} hides it.
 *
 * @param catalogKey the central's Ed25519 public key (base64 X.509) that signs its catalogues; the
 *                   workstation pins it. Absent from centrals older than signed catalogues.
 * @param bundleKey the central's X25519 public key (base64 X.509) that USB bundles are encrypted
 *                  for; the workstation pins it. Absent from centrals older than USB bundles.
 */
public record EnrollAnswer(@JsonProperty("token") String token, @JsonProperty("w") String workstationId,
                           @JsonProperty("ck") String catalogKey, @JsonProperty("bk") String bundleKey) {
    @Override
    public String toString() {
        return "EnrollAnswer[" + workstationId + "]";
    }
}
