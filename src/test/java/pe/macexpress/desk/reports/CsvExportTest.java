package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.store.Store;

class CsvExportTest {

    private static ExportTable table(List<List<String>> rows) {
        return new ExportTable() {
            @Override
            public String name() {
                return "things";
            }

            @Override
            public List<String> columns() {
                return List.of("id", "text");
            }

            @Override
            public void rows(Store store, Consumer<List<String>> row) {
                rows.forEach(row);
            }
        };
    }

    @Test
    void quotesFreeTextAndDefusesFormulas() {
        StringWriter out = new StringWriter();
        long n = CsvExport.write(table(List.of(List.of("1", "dijo \"no\", luego\nse fue"), List.of("-2", "=HYPERLINK(\"x\")"),
                List.of("3", ""))), null, out);
        assertEquals(3, n);
        assertEquals("id,text\r\n1,\"dijo \"\"no\"\", luego\nse fue\"\r\n-2,\"'=HYPERLINK(\"\"x\"\")\"\r\n3,\"\"\r\n",
                out.toString());
    }
}
