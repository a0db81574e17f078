package pe.macexpress.desk.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of an upload: a client-generated id, its kind, the content and the content's hash.
 * Same id and same hash as a record the central holds: a duplicate (success). Same id, other hash:
 * a conflict, unless the revision is newer (a later change of the same record).
 *
 * @param kind the record kind; absent in uploads of workstations older than record kinds: "attention"
 * @param revision 0 for the first version; each later change of the record raises it
 * @param schemaVersion the content's schema version (see {@link ContentSchema}); absent means 1
 */
@JsonPropertyOrder({"k", "i", "h", "v", "sv", "a"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadRecord(
        @JsonProperty("k") String kind,
        @JsonProperty("i") String id,
        @JsonProperty("h") String hash,
        @JsonProperty("v") int revision,
        @JsonProperty("sv") Integer schemaVersion,
        @JsonProperty("a") JsonNode content) {

    /** The kind, with the default of workstations older than record kinds. */
    public String kindOrDefault() {
        return kind == null || kind.isBlank() ? AttentionContent.KIND : kind;
    }

    public int schemaVersionOrDefault() {
        return schemaVersion == null ? 1 : schemaVersion;
    }

    @Override
    public String toString() {
        return "UploadRecord[" + kind + " " + id + " v" + revision + "]";
    }
}
