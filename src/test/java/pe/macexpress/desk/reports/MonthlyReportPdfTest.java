package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.Store;

/** The monthly supervision report as a PDF: a page per section, the seeded month's figures, in Spanish and in Quechua. */
class MonthlyReportPdfTest {
    private static final Instant GENERATED = Instant.parse("2026-12-02T15:30:00Z");

    @TempDir
    Path dir;

    private MonthlyReportSamples samples;
    private MonthlyReport report;

    @BeforeEach
    void seed() {
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            samples = MonthlyReportSamples.seed(store);
            report = MonthlyReport.build(store, Catalog::bundled, MonthlyReportSamples.MONTH);
        }
    }

    private static FigureFormat format(String lang) {
        return new FigureFormat(Localization.bundledOnly(), lang);
    }

    /** The text of each page, in order. */
    private List<String> pages(Sheet indicators, String lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportPdf.write(report, indicators, format(lang), "Carmen Tito Ccori (SUP-1)", GENERATED, out);
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
        }
        return pages;
    }

    private static int pageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void eachSectionStartsOnItsOwnPageAndEveryPageSaysItsNumber() throws Exception {
        List<String> pages = pages(null, "es");
        assertTrue(pages.size() >= 4, "pages: " + pages.size());
        int cover = pageWith(pages, "Cifras principales");
        int charts = pageWith(pages, "Gráficos del mes");
        int indicators = pageWith(pages, "Ficha de indicadores");
        int incidents = pageWith(pages, "Incidentes del mes");
        assertEquals(0, cover);
        assertTrue(charts > cover && indicators > charts && incidents > indicators,
                "sections in order on their own pages: " + cover + " " + charts + " " + indicators + " " + incidents);
        assertTrue(pages.get(pages.size() - 1).contains("Conformidad"), "the sign-off closes the report");
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("página " + (i + 1) + " de " + pages.size()), "footer of page " + (i + 1));
        }
    }

    @Test
    void theCoverShowsTheFiguresComputedFromTheSeededAttentionsAndSinDatoWhereThereIsNoSource() throws Exception {
        FigureFormat es = format("es");
        String cover = pages(null, "es").get(0);
        assertTrue(cover.contains(MonthlyReportSamples.POINT_NAME), cover);
        assertTrue(cover.contains("Tambo"), cover);
        assertTrue(cover.contains("211201"), cover);
        assertTrue(cover.contains("Atenciones " + MonthlyReportSamples.ATTENTIONS), cover);
        assertTrue(cover.contains("Tiempo de atención, mediana "
                + es.minutes(OptionalDouble.of(samples.handlingMedian()))), cover);
        assertTrue(cover.contains("Tiempo de atención, percentil 90 "
                + es.minutes(OptionalDouble.of(samples.handlingP90()))), cover);
        // No attention had an arrival turn: the waiting time has no source, never "0".
        assertTrue(cover.contains("Tiempo de espera, mediana sin dato"), cover);
        // The point never synced: days without sync have no source either.
        assertTrue(cover.contains("Días sin sincronizar con la sede sin dato"), cover);
        assertTrue(cover.contains("Incidentes 2"), cover);
        assertTrue(cover.contains("Incidentes graves 1"), cover);
        // Nobody answered a survey: each driver reads "sin dato", with 0 answers.
        assertTrue(cover.contains("Trato amable y respetuoso 0 sin dato sin dato"), cover);
    }

    @Test
    void chartsCarryTheirNumbersAndIncidentsTheirTypeWithoutFreeText() throws Exception {
        List<String> pages = pages(null, "es");
        String charts = String.join("\n", pages.subList(pageWith(pages, "Gráficos del mes"),
                pageWith(pages, "Ficha de indicadores")));
        assertTrue(charts.contains("Atenciones por entidad"), charts);
        assertTrue(charts.contains("Atenciones por día"), charts);
        long top = report.figures().byEntity().values().iterator().next();
        assertTrue(charts.contains(Long.toString(top)), charts);
        long atendidos = report.figures().withOutcome("ATENDIDO");
        assertTrue(charts.contains("Atendido " + atendidos + " ("), charts);
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("Corte de luz"), last);
        assertTrue(last.contains("Agresión"), last);
        assertTrue(last.contains("Carmen Tito Ccori (SUP-1)"), last);
        assertTrue(last.contains("Firma y nombre del supervisor"), last);
    }

    @Test
    void noCitizenNameDocumentNumberOrIncidentTextReachesTheReport() throws Exception {
        for (String lang : Localization.BUNDLED) {
            String all = String.join("\n", pages(null, lang));
            for (String personal : samples.personalData()) {
                assertFalse(all.contains(personal), lang + ": personal data in the report");
            }
        }
    }

    @Test
    void inQuechuaEveryHeadingIsQuechuaAndNoSpanishHeadingRemains() throws Exception {
        List<String> pages = pages(null, "qu");
        String all = String.join("\n", pages);
        for (String quechua : List.of("Killa willakuy, kamachiqpaq", "Hatun yupaykuna", "Killapa siq'ikunan",
                "Indicadorkunap raphin", "Killapa sasachakuyninkuna", "Allinpaq qhawasqa", "willakuy mana kanchu",
                "Atencionkuna " + MonthlyReportSamples.ATTENTIONS, "K'anchay chinkasqa")) {
            assertTrue(all.contains(quechua), "missing: " + quechua + "\n" + all);
        }
        for (String spanish : List.of("Cifras principales", "Gráficos", "Ficha de indicadores", "Incidentes del mes",
                "Conformidad", "sin dato", "página", "Atenciones", "Corte de luz")) {
            assertFalse(all.contains(spanish), "Spanish left in the Quechua report: " + spanish);
        }
        assertTrue(pages.get(0).contains("1 ñiqin p'anqa, " + pages.size() + " p'anqamanta"), pages.get(0));
    }

    @Test
    void theIndicatorSheetIsDrawnOnALandscapePageAndSaysSinDatoWhenAbsent() throws Exception {
        List<String> columns = new ArrayList<>();
        for (int c = 1; c <= 16; c++) {
            columns.add("Columna " + c);
        }
        List<String> row = new ArrayList<>(columns.stream().map(c -> "valor").toList());
        row.set(0, "Tiempo de espera promedio en la cola de atención presencial");
        row.set(5, "minutos");
        Sheet sheet = new Sheet("Ficha PCM", columns, List.of(row));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportPdf.write(report, sheet, format("es"), "x", GENERATED, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int page = -1;
            for (int i = 1; i <= doc.getNumberOfPages() && page < 0; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                if (stripper.getText(doc).contains("Ficha de indicadores")) {
                    page = i;
                }
            }
            assertTrue(page > 0);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(doc);
            assertTrue(text.contains("Columna 16"), text);
            assertTrue(text.contains("minutos"), text);
            assertTrue(text.contains("presencial"), "a long cell wraps, never cut: " + text);
            var box = doc.getPage(page - 1).getMediaBox();
            assertTrue(box.getWidth() > box.getHeight(), "landscape");
            Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(page - 1, 72), "png",
                    Path.of("target", "screenshots", "report-es-indicators.png").toFile());
        }
        List<String> without = pages(null, "es");
        String section = without.get(pageWith(without, "Ficha de indicadores"));
        assertTrue(section.contains("sin dato"), section);
    }

    @Test
    void pagesRenderToImagesForALook() throws Exception {
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        for (String lang : Localization.BUNDLED) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MonthlyReportPdf.write(report, null, format(lang), "Carmen Tito Ccori (SUP-1)", GENERATED, out);
            try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages(); i++) {
                    var image = renderer.renderImageWithDPI(i, 72);
                    assertTrue(image.getWidth() > 500);
                    ImageIO.write(image, "png", shots.resolve("report-" + lang + "-page" + (i + 1) + ".png").toFile());
                }
            }
        }
    }
}
