package pe.macexpress.desk.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.sandbox.TrainingData;

/**
 * A visit that strains a receipt: three procedures, one with a very long name in both languages and a
 * long detail, and a Quechua citizen's name with ñ and apostrophes (one of them ʼ, outside WinAnsi).
 */
public final class ReceiptSamples {
    public static final String LONG_ID = "reniec-dni-renovacion";
    public static final String LONG_NAME_ES = "Renovación del Documento Nacional de Identidad electrónico para"
            + " ciudadanos mayores de edad residentes en comunidades nativas y campesinas de la Amazonía y del"
            + " altiplano, con actualización de domicilio, estado civil, donación de órganos y fotografía tomada"
            + " en la atención";
    public static final String LONG_NAME_QU = "Documento Nacional de Identidad electrónico nisqata musuqyachiy kuraq"
            + " runakunapaq, Amazoniapi altiplanopi ayllukunapi tiyaqkunapaq, tiyasqanta, casarakusqanta, órgano"
            + " quykunata, atencionpi hurqusqa fotontawan musuqyachispa";
    public static final String LONG_DETAIL = "Falta la partida de nacimiento original emitida por la municipalidad"
            + " distrital de San Antonio del Estrecho; el ciudadano vuelve el lunes 7 con el documento y la"
            + " constancia de pago del Banco de la Nación número 0012345678901234567890";
    public static final String NAMES = "ÑUSTA CH'ASKA QUISPEʼ MAMANI";
    public static final Instant START = Instant.parse("2026-12-01T14:05:00Z");

    private ReceiptSamples() {
    }

    /** The bundled catalogue with {@link #LONG_ID}'s name made very long in both languages. */
    public static Catalog catalog() {
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.BUNDLED)) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = (ObjectNode) json.readTree(in);
            for (var p : root.withArray("procedures")) {
                if (LONG_ID.equals(p.get("id").asText())) {
                    ((ObjectNode) p.get("name")).put("es", LONG_NAME_ES).put("qu", LONG_NAME_QU);
                }
            }
            return Catalog.parse(json.writeValueAsBytes(root));
        } catch (IOException | pe.macexpress.desk.catalog.CatalogException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ServicePoint point() {
        return TrainingData.POINT;
    }

    /** Three attentions of one visit, oldest first; codes K7Q3-9PXA, M2B8-4TWD, Z5R1-7HNC. */
    public static List<Attention> visit() {
        UUID visit = UUID.fromString("00000000-0000-4000-8000-00000000a001");
        Document dni = new Document(DocumentType.DNI, "40123456", "3");
        return List.of(
                attention(1, "K7Q3-9PXA", visit, dni, LONG_ID, new Outcome(OutcomeType.PENDIENTE, LONG_DETAIL), 0,
                        new ServedVia(Channel.COUNTER, "", "2026.11")),
                attention(2, "M2B8-4TWD", visit, dni, "inpe-antecedentes-judiciales",
                        new Outcome(OutcomeType.ATENDIDO, ""), 15, ServedVia.UNRECORDED),
                attention(3, "Z5R1-7HNC", visit, dni, "midis-juntos",
                        new Outcome(OutcomeType.DERIVADO, "EsSalud Iquitos"), 30, ServedVia.UNRECORDED));
    }

    private static Attention attention(long n, String code, UUID visit, Document dni, String procedure, Outcome outcome,
                                       int minutes, ServedVia via) {
        Instant start = START.plus(Duration.ofMinutes(minutes));
        return new Attention(new UUID(0xabcL, n), code, visit, TrainingData.ADVISORS.get(0).id(), TrainingData.POINT.id(),
                dni, NAMES, VerificationState.VERIFIED, "0000", procedure, outcome, "qu", start,
                start.plus(Duration.ofMinutes(10)), via);
    }
}
