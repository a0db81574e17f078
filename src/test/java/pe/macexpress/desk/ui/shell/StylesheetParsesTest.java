package pe.macexpress.desk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * desk.css parses without a single error. JavaFX only logs a parse error and drops every rule after
 * it, so a lost brace (a merge of two blocks appended at the end) silently unstyles whole screens.
 */
class StylesheetParsesTest {

    @Test
    void theDesksStylesheetHasNoParseError() throws IOException {
        URL css = getClass().getResource("/ui/desk.css");
        assertNotNull(css);
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(css);
        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertEquals(List.of(), errors, "desk.css parse errors");
        assertTrue(sheet.getRules().size() > 50, "rules read: " + sheet.getRules().size());
        // The last rule of the file is read: nothing after a broken block was dropped.
        String text = new String(css.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        long blocks = text.replaceAll("(?s)/\\*.*?\\*/", "").chars().filter(c -> c == '{').count();
        assertEquals(blocks, sheet.getRules().size(), "one rule per block");
    }
}
