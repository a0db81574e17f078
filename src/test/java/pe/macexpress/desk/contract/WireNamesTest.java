package pe.macexpress.desk.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.testing.SyncSamples;

/**
 * Why the wire names are short (see {@code contract/package-info.java}): the same batch of 200
 * attentions with the records' long Java names costs more bytes even after gzip. Prints the figure.
 */
class WireNamesTest {
    private static final Map<String, String> LONG = Map.ofEntries(Map.entry("c", "code"), Map.entry("vi", "visitId"),
            Map.entry("ad", "advisorId"), Map.entry("p", "pointId"), Map.entry("dt", "documentType"),
            Map.entry("dn", "documentNumber"), Map.entry("dc", "documentCheck"), Map.entry("n", "citizenNames"),
            Map.entry("vs", "verification"), Map.entry("vc", "verificationCode"), Map.entry("pr", "procedureId"),
            Map.entry("o", "outcome"), Map.entry("od", "outcomeDetail"), Map.entry("l", "language"),
            Map.entry("s", "startedAt"), Map.entry("e", "endedAt"), Map.entry("k", "kind"), Map.entry("i", "id"),
            Map.entry("h", "hash"), Map.entry("v", "revision"), Map.entry("sv", "schemaVersion"),
            Map.entry("a", "content"), Map.entry("r", "records"));

    @Test
    void shortNamesCostFewerBytesAfterGzip() {
        List<UploadRecord> records = new ArrayList<>();
        for (long s = 1; s <= 200; s++) {
            var a = SyncSamples.of(s);
            records.add(new UploadRecord(AttentionContent.KIND, a.id().toString(), AttentionKind.hash(a), 0, 1,
                    AttentionKind.content(a)));
        }
        JsonNode shortForm = Wire.mapper().valueToTree(new UploadBatch(records));
        int shortBytes = Wire.gzip(Wire.json(shortForm)).length;
        int longBytes = Wire.gzip(Wire.json(renamed(shortForm))).length;
        System.out.printf("200 attentions, gzip: short names %d bytes, long names %d bytes (+%.1f%%)%n", shortBytes,
                longBytes, 100.0 * (longBytes - shortBytes) / shortBytes);
        assertTrue(shortBytes < longBytes, shortBytes + " vs " + longBytes);
    }

    private static JsonNode renamed(JsonNode node) {
        if (node.isArray()) {
            var out = Wire.mapper().createArrayNode();
            node.forEach(n -> out.add(renamed(n)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = Wire.mapper().createObjectNode();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                out.set(LONG.getOrDefault(name, name), renamed(node.get(name)));
            }
            return out;
        }
        return node;
    }
}
