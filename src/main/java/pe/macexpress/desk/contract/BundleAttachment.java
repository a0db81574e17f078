package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A document inside a USB bundle; its bytes follow it. The central checks size and SHA-256. */
public record BundleAttachment(@JsonProperty("id") String id, @JsonProperty("size") long size,
                               @JsonProperty("sha") String sha256) {
}
