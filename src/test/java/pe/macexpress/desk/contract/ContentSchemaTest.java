package pe.macexpress.desk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.testing.SyncSamples;

/** The content hash: frozen for records already sent, blind to field order, versioned by kind. */
class ContentSchemaTest {

    /** An attention as the central received it before record kinds existed. */
    private static ObjectNode frozenAttention() {
        return Wire.mapper().createObjectNode().put("c", "K7Q2-MX4P").put("vi", "6f1c2d3e-0000-4000-8000-000000000001")
                .put("ad", "ADV-DEMO-1").put("p", "TAMBO-DEMO-01").put("dt", "DNI").put("dn", "10117410").put("dc", "2")
                .put("n", "ROSA QUISPE MAMANÍ").put("vs", "VERIFIED").put("vc", "0000").put("pr", "reniec-dni-duplicado")
                .put("o", "PENDIENTE").put("od", "Recoger el DNI en 15 días, traer la constancia").put("l", "qu")
                .put("s", 1764000000000L).put("e", 1764000900000L);
    }

    @Test
    void theHashOfAnAttentionAlreadySentNeverChanges() {
        // Computed independently (Python: compact JSON in field order, SHA-256, 16 bytes, base64url) and
        // equal to what AttentionRecords.hash gave before record kinds: centrals hold these values.
        assertEquals("RDI7-Ssv1UdUd_93ldC72A", AttentionContent.SCHEMA.hash(frozenAttention(), 1));
    }

    @Test
    void theOrderTheFieldsArriveInDoesNotMatter() {
        ObjectNode a = frozenAttention();
        List<String> names = new ArrayList<>();
        a.fieldNames().forEachRemaining(names::add);
        Collections.shuffle(names, new Random(7));
        ObjectNode shuffled = Wire.mapper().createObjectNode();
        names.forEach(n -> shuffled.set(n, a.get(n)));
        assertEquals(AttentionContent.SCHEMA.hash(a, 1), AttentionContent.SCHEMA.hash(shuffled, 1));
        shuffled.put("n", "OTRA PERSONA");
        assertNotEquals(AttentionContent.SCHEMA.hash(a, 1), AttentionContent.SCHEMA.hash(shuffled, 1));
    }

    @Test
    void aFieldAddedInALaterVersionNeverChangesTheHashOfARecordSentEarlier() {
        List<String> v1 = AttentionContent.SCHEMA.fields(1);
        List<String> v2 = new ArrayList<>(v1);
        v2.add("ch");
        ContentSchema evolved = new ContentSchema(AttentionContent.KIND, List.of(v1, v2), Set.of("s", "e"));
        ObjectNode sentUnderV1 = frozenAttention();
        ObjectNode nowWithChannel = frozenAttention().put("ch", "portal");

        assertEquals(2, evolved.current());
        assertEquals(AttentionContent.SCHEMA.hash(sentUnderV1, 1), evolved.hash(nowWithChannel, 1),
                "reconciliation hashes a version-1 record as version 1, whatever fields were added since");
        assertNotEquals(evolved.hash(nowWithChannel, 1), evolved.hash(nowWithChannel, 2));
        assertEquals(evolved.hash(sentUnderV1, 2), evolved.hash(frozenAttention().putNull("ch"), 2),
                "a missing field hashes as null");
    }

    @Test
    void aVersionMustExtendThePreviousOne() {
        List<String> v1 = List.of("a", "b");
        assertThrows(IllegalArgumentException.class,
                () -> new ContentSchema("x", List.of(v1, List.of("b", "a", "c")), Set.of()), "reordered");
        assertThrows(IllegalArgumentException.class,
                () -> new ContentSchema("x", List.of(v1, List.of("a")), Set.of()), "a field removed");
        assertThrows(IllegalArgumentException.class, () -> new ContentSchema("x", List.of(), Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> AttentionContent.SCHEMA.fields(AttentionContent.SCHEMA.current() + 1));
    }

    @Test
    void theAttentionRecordWritesExactlyTheFieldsOfItsCurrentVersionInOrder() {
        JsonNode written = AttentionKind.content(SyncSamples.of(3));
        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        assertEquals(AttentionContent.SCHEMA.fields(AttentionContent.SCHEMA.current()), names,
                "a new field needs a new schema version, not a silent change of version 1");
    }

    @Test
    void nestedValuesAreHashedWithSortedKeys() {
        ContentSchema withList = new ContentSchema("capture", List.of(List.of("f")), Set.of());
        ObjectNode one = Wire.mapper().createObjectNode();
        one.putObject("f").put("b", 2).put("a", "x");
        ObjectNode two = Wire.mapper().createObjectNode();
        two.putObject("f").put("a", "x").put("b", 2);
        assertEquals(withList.hash(one, 1), withList.hash(two, 1));
        ((ObjectNode) two.get("f")).put("a", "y");
        assertNotEquals(withList.hash(one, 1), withList.hash(two, 1), "nested content is covered, not blanked");
    }
}
