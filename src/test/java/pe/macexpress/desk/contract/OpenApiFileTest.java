package pe.macexpress.desk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.sandbox.SandboxServer;

/** {@code api/sync-v1.yaml} is a valid OpenAPI document, and says what the code says. */
class OpenApiFileTest {
    static final String RESOURCE = "/api/sync-v1.yaml";

    static String text() {
        try (InputStream in = OpenApiFileTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is packaged with the application");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static OpenAPI parsed() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text(), null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(),
                "the OpenAPI parser's complaints about " + RESOURCE);
        assertNotNull(result.getOpenAPI());
        return result.getOpenAPI();
    }

    @Test
    void theFileParsesWithoutASingleMessage() {
        OpenAPI api = parsed();
        assertEquals("3.0.3", api.getOpenapi());
        for (String path : List.of("/health", "/enroll", "/records", "/attentions", "/reconcile", "/changes",
                "/catalog", "/admin/stats", "/admin/records", "/admin/enrollment-codes", "/admin/revoke",
                "/admin/changes", "/admin/faults", "/admin/results", "/codes/{code}")) {
            assertNotNull(api.getPaths().get(path), path + " is described");
        }
    }

    @Test
    void theAttentionContentListsTheSchemaFieldsInHashOrder() {
        Schema<?> content = parsed().getComponents().getSchemas().get("AttentionContent");
        List<String> fields = AttentionContent.SCHEMA.fields(AttentionContent.SCHEMA.current());
        assertEquals(new java.util.TreeSet<>(fields), new java.util.TreeSet<>(content.getProperties().keySet()),
                "the same properties");
        assertEquals(new java.util.TreeSet<>(AttentionContent.SCHEMA.fields(1)), new java.util.TreeSet<>(content.getRequired()),
                "version 1's fields required: older desks still send them alone");
        // The parser keeps properties in no particular order: the hash order is written in the description.
        String description = content.getDescription().replaceAll("\\s+", " ");
        String order = description.substring(description.indexOf("in this order:") + "in this order:".length());
        assertEquals(fields, List.of(order.substring(0, order.indexOf('.')).strip().split(", ")),
                "the hash order the file documents");
    }

    @Test
    void theKindsTheFileListsAreTheKindsTheReferenceCentralAccepts() throws IOException {
        Schema<?> record = parsed().getComponents().getSchemas().get("UploadRecord");
        Map<String, Schema> props = record.getProperties();
        List<?> listed = props.get("k").getEnum();
        try (SandboxServer central = SandboxServer.start(0)) {
            assertEquals(List.copyOf(central.centralApi().kinds()), listed,
                    "every kind the central takes is in the contract, and no other");
        }
    }
}
