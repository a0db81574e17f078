package pe.macexpress.desk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields of one record kind's content, per schema version, and its content hash.
 *
 * <p>Version n (1-based) lists exactly the fields the hash of a version-n record covers, in order.
 * A later version may add fields; it never removes or reorders earlier ones. A record keeps the
 * version it was sent under (the outbox and the central both store it), so its hash is computed
 * the same way forever: a new field in version 2 never turns 90 days of acknowledged version-1
 * records into "conflicts" at the next reconciliation.
 *
 * <p>Hash: SHA-256 of the canonical JSON of the version's fields (in order, UTF-8, no spaces;
 * missing fields as null; integer fields as numbers, other scalars as text, objects and arrays
 * with their keys sorted), first 16 bytes, base64url without padding: 22 characters.
 *
 * @param kind the wire name of the kind ({@code k} in an upload)
 * @param versions the field list of each version; {@code versions.get(0)} is version 1
 * @param integerFields fields hashed as whole numbers (epoch milliseconds, counts)
 */
public record ContentSchema(String kind, List<List<String>> versions, Set<String> integerFields) {

    public ContentSchema {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException(kind + ": at least one schema version");
        }
        for (int v = 1; v < versions.size(); v++) {
            List<String> before = versions.get(v - 1);
            if (!versions.get(v).subList(0, Math.min(before.size(), versions.get(v).size())).equals(before)
                    || versions.get(v).size() <= before.size()) {
                throw new IllegalArgumentException(kind + ": version " + (v + 1) + " must extend version " + v);
            }
        }
        versions = versions.stream().map(List::copyOf).toList();
        integerFields = Set.copyOf(integerFields);
    }

    /** The version new records are written in. */
    public int current() {
        return versions.size();
    }

    public boolean knows(int version) {
        return version >= 1 && version <= versions.size();
    }

    public List<String> fields(int version) {
        if (!knows(version)) {
            throw new IllegalArgumentException(kind + " has no schema version " + version);
        }
        return versions.get(version - 1);
    }

    /** The content hash of {@code content} under {@code version}, whatever order its fields came in. */
    public String hash(JsonNode content, int version) {
        ObjectNode canonical = Wire.mapper().createObjectNode();
        for (String f : fields(version)) {
            JsonNode v = content == null ? null : content.get(f);
            if (v == null || v.isNull()) {
                canonical.putNull(f);
            } else if (integerFields.contains(f) && v.canConvertToLong()) {
                canonical.put(f, v.asLong());
            } else if (v.isContainerNode()) {
                canonical.set(f, sorted(v));
            } else {
                canonical.put(f, v.asText());
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Wire.mapper().writeValueAsBytes(canonical));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            TreeMap<String, JsonNode> byName = new TreeMap<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                byName.put(name, sorted(node.get(name)));
            }
            ObjectNode out = Wire.mapper().createObjectNode();
            byName.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            node.forEach(n -> items.add(sorted(n)));
            return Wire.mapper().createArrayNode().addAll(items);
        }
        return node;
    }
}
