package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.contract.CaptureContent;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.Wire;

/** What the reference central takes as a capture, and why it refuses the rest. */
class CaptureHandlerTest {
    private static final String SHA = "ab".repeat(32);
    private final CaptureHandler handler = new CaptureHandler(Set.of("sis-afiliacion")::contains);

    private static CaptureContent.Document doc(String field) {
        return new CaptureContent.Document(UUID.randomUUID().toString(), field, "image/jpeg", 150_000L, SHA);
    }

    private static ObjectNode content(Map<String, String> answers, List<CaptureContent.Document> docs) {
        return Wire.mapper().valueToTree(new CaptureContent(UUID.randomUUID().toString(), "sis-afiliacion",
                "sis-afiliacion/1", answers, docs, 1_700_000_000_000L));
    }

    private static ObjectNode content() {
        return content(Map.of("nombre", "Rosa", "ubigeo", "080101"), List.of(doc("recibo"), doc("firma")));
    }

    private ObjectNode firstDoc(ObjectNode c) {
        return (ObjectNode) c.get("d").get(0);
    }

    @Test
    void aWholeCaptureIsTaken() {
        assertEquals(Optional.empty(), handler.validate(content(), 1));
        assertEquals(Optional.empty(), handler.validate(content(Map.of(), List.of()), 1), "a form without documents");
    }

    @Test
    void eachBrokenRuleHasItsReason() {
        ObjectNode missing = content();
        missing.remove("an");
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(missing, 1));
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(content().put("at", "not-a-uuid"), 1));
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(content().put("t", "ayer"), 1));
        ObjectNode nested = content();
        ((ObjectNode) nested.get("an")).putObject("nombre").put("x", 1);
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(nested, 1), "answers are texts");

        ObjectNode badHash = content();
        firstDoc(badHash).put("sh", "ABCDEF");
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(badHash, 1), "sha256 as 64 lowercase hex");
        ObjectNode upper = content();
        firstDoc(upper).put("sh", "AB".repeat(32));
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(upper, 1));
        ObjectNode pdf = content();
        firstDoc(pdf).put("mt", "application/pdf");
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(pdf, 1), "images only");
        ObjectNode empty = content();
        firstDoc(empty).put("sz", 0);
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(empty, 1));
        ObjectNode twice = content();
        ((ObjectNode) twice.get("d").get(1)).put("i", firstDoc(twice).get("i").asText());
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(twice, 1), "one id per document");

        assertEquals(Optional.of(RejectReason.UNKNOWN_PROCEDURE),
                handler.validate(content().put("pr", "TRAMITE-INEXISTENTE"), 1));
    }

    @Test
    void answersAbove64KbOrMoreThan20DocumentsOrAHugeFileAreTooLarge() {
        Map<String, String> big = new LinkedHashMap<>();
        for (int i = 0; i < 70; i++) {
            big.put("f" + i, "x".repeat(1000));
        }
        assertEquals(Optional.of(RejectReason.TOO_LARGE), handler.validate(content(big, List.of()), 1));
        List<CaptureContent.Document> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add(doc("recibo"));
        }
        assertEquals(Optional.of(RejectReason.TOO_LARGE), handler.validate(content(Map.of(), many), 1));
        assertEquals(Optional.empty(), handler.validate(content(Map.of(), many.subList(0, 20)), 1));
        ObjectNode huge = content();
        firstDoc(huge).put("sz", 26L * 1024 * 1024);
        assertEquals(Optional.of(RejectReason.TOO_LARGE), handler.validate(huge, 1));
        assertEquals(Optional.of(RejectReason.INVALID), handler.validate(content().set("d", Wire.mapper()
                .createObjectNode()), 1), "documents are a list");
    }
}
