package pe.macexpress.desk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.core.Channel;

/**
 * The bundled catalogue against the format's rules and its published JSON Schema, and the refusal
 * of bad files: each names the entry at fault, so whoever edits a catalogue knows where to look.
 */
class CatalogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBundledCatalogueOffersAtLeastFortyProceduresOfFifteenEntitiesInEveryChannel() {
        Catalog c = Catalog.bundled();
        Set<String> entities = c.all().stream().map(Procedure::entity).collect(Collectors.toSet());
        System.out.printf("catalogue %s: %d procedures, %d entities, channels %s%n", c.version(), c.all().size(),
                entities.size(), c.all().stream().collect(Collectors.groupingBy(Procedure::channel, Collectors.counting())));
        assertTrue(c.all().size() >= 40, "procedures: " + c.all().size());
        assertTrue(entities.size() >= 15, "entities with procedures: " + entities.size());
        assertEquals(EnumSet.allOf(Channel.class), c.all().stream().map(Procedure::channel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class))));
        assertEquals(EnumSet.allOf(ProcedureKind.class), c.all().stream().map(Procedure::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProcedureKind.class))));
        for (Procedure p : c.all()) {
            assertNotEquals(p.name("es"), p.name("qu"), p.id() + " has a Quechua name of its own");
            assertEquals(p.requirements("es").size(), p.requirements("qu").size(), p.id());
        }
    }

    @Test
    void theBundledCatalogueFollowsItsPublishedJsonSchema() throws Exception {
        Schema schema;
        try (InputStream in = Catalog.class.getResourceAsStream("/catalog/catalog-v2.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
        JsonNode bundled = JSON.readTree(Catalog.bundled().bytes());
        assertEquals(List.of(), schema.validate(bundled).stream().map(Object::toString).toList());
        ObjectNode broken = bundled.deepCopy();
        ((ObjectNode) broken.path("procedures").get(0)).put("channel", "fax");
        assertFalse(schema.validate(broken).isEmpty(), "the schema refuses what the loader refuses");
    }

    @Test
    void searchFindsSynonymsInAnyLanguageAndBrowsesByEntityAndLifeEvent() {
        Catalog c = Catalog.bundled();
        List<Procedure> partida = c.search("partida", "es", Map.of());
        assertFalse(partida.isEmpty(), "\"partida\" finds the birth certificate copy");
        assertEquals("RENIEC", partida.get(0).entity());
        assertFalse(c.search("brevete", "qu", Map.of()).isEmpty(), "a Spanish synonym typed on a Quechua screen");
        assertTrue(c.search("", "SIS", null, "es", Map.of()).stream().allMatch(p -> p.entity().equals("SIS")));
        List<Procedure> health = c.search("", null, "salud", "es", Map.of());
        assertFalse(health.isEmpty());
        assertTrue(health.stream().allMatch(p -> p.lifeEvents().contains("salud")));
    }

    @Test
    void aChainListsWhatMustBeDoneFirst() {
        Catalog c = Catalog.bundled();
        Procedure police = c.find("pnp-antecedentes-policiales").orElseThrow();
        assertEquals(List.of("bn-pago-tasas"), c.chainOf(police).stream().map(Procedure::id).toList());
    }

    @Test
    void aBadFileIsRefusedWithTheEntryAtFault() throws Exception {
        refused("not json".getBytes(), CatalogException.Problem.MALFORMED, "");
        refused(edit(root -> root.put("format", 1)), CatalogException.Problem.FORMAT, "file");
        refused(edit(root -> procedure(root, "sis-afiliacion").put("colour", "red")),
                CatalogException.Problem.MALFORMED, "colour");
        refused(edit(root -> procedure(root, "bn-pago-tasas").put("portal", "http://pagalo.pe")),
                CatalogException.Problem.INVALID, "procedure bn-pago-tasas");
        refused(edit(root -> procedure(root, "sis-afiliacion").remove("form")),
                CatalogException.Problem.MISSING, "procedure sis-afiliacion");
        refused(edit(root -> procedure(root, "reniec-oficina-registral").remove("referralTo")),
                CatalogException.Problem.MISSING, "procedure reniec-oficina-registral");
        refused(edit(root -> procedure(root, "reniec-dni-renovacion").put("entity", "NOPE")),
                CatalogException.Problem.UNKNOWN_REFERENCE, "procedure reniec-dni-renovacion");
        refused(edit(root -> ((ArrayNode) procedure(root, "bn-pago-tasas").putArray("requiresFirst"))
                .add("reniec-dni-renovacion")), CatalogException.Problem.INVALID, "requiresFirst makes a cycle");
        refused(edit(root -> ((ObjectNode) procedure(root, "sis-afiliacion").path("form").path("fields").get(3))
                .remove("options")), CatalogException.Problem.MISSING, "field estado_civil");
        refused(edit(root -> procedure(root, "bn-pago-tasas").put("id", "sis-afiliacion")),
                CatalogException.Problem.DUPLICATE, "procedure sis-afiliacion");
        refused(edit(root -> ((ObjectNode) procedure(root, "bn-pago-tasas").path("requirements")).putArray("qu")),
                CatalogException.Problem.INVALID, "procedure bn-pago-tasas");
    }

    private static void refused(byte[] json, CatalogException.Problem problem, String entryPart) {
        CatalogException e = assertThrows(CatalogException.class, () -> Catalog.parse(json));
        assertEquals(problem, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains(entryPart), e.getMessage() + " names " + entryPart);
        assertTrue(e.messageKey().startsWith("catalog.problem."));
    }

    private static ObjectNode procedure(ObjectNode root, String id) {
        for (JsonNode p : root.path("procedures")) {
            if (p.path("id").asText().equals(id)) {
                return (ObjectNode) p;
            }
        }
        throw new AssertionError(id);
    }

    private static byte[] edit(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(pe.macexpress.desk.testing.TestCatalogs.channelsBytes());
        change.accept(root);
        return JSON.writeValueAsBytes(root);
    }
}
