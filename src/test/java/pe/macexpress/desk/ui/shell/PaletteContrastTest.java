package pe.macexpress.desk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.ui.DeskUi;

/**
 * WCAG AA for the desk's colours, read from desk.css itself: every pair its "contrast-pairs" comment
 * lists (texts on backgrounds they inherit: page, card, header, selected row, status bar) and every
 * rule that sets both a text colour and a background colour (badges, chips, banners) reach 4.5:1.
 */
class PaletteContrastTest {
    private static final double AA = 4.5;
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern LOOKED_UP = Pattern.compile("(-mx-[a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    private static String css() throws IOException {
        try (InputStream in = DeskUi.class.getResourceAsStream(DeskUi.STYLESHEET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> palette(String css) {
        Map<String, String> p = new LinkedHashMap<>();
        Matcher m = LOOKED_UP.matcher(css);
        while (m.find()) {
            p.put(m.group(1), m.group(2));
        }
        p.put("white", "#ffffff");
        return p;
    }

    static double contrast(String a, String b) {
        return pe.macexpress.desk.testing.Contrast.ratio(a, b);
    }

    private static String resolve(Map<String, String> palette, String value) {
        String v = value.strip();
        if (HEX.matcher(v).matches()) {
            return v;
        }
        return palette.get(v);
    }

    @Test
    void theFormulaMatchesKnownRatios() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, contrast("#b0141c", "#b0141c"), 0.001);
        // #767676 on white is the well-known lightest grey that passes AA: 4.54:1.
        assertEquals(4.54, contrast("#767676", "#ffffff"), 0.01);
        assertTrue(contrast("#b0141c", "#e0141c") < AA, "dark red on red, as the selected rows were");
    }

    @Test
    void everyListedPairReachesAa() throws IOException {
        String css = css();
        Map<String, String> palette = palette(css);
        Matcher m = Pattern.compile("contrast-pairs:([^*]*)\\*/").matcher(css);
        assertTrue(m.find(), "desk.css lists its contrast pairs");
        List<String> pairs = List.of(m.group(1).strip().split("\\s+"));
        assertTrue(pairs.size() >= 15, "the pairs are read: " + pairs);
        List<String> failures = new ArrayList<>();
        for (String pair : pairs) {
            String[] fg = pair.split("/");
            String a = palette.get(fg[0]);
            String b = palette.get(fg[1]);
            assertTrue(a != null && b != null, "both colours of " + pair + " are in the palette");
            double r = contrast(a, b);
            if (r < AA) {
                failures.add(pair + String.format(" %.2f:1", r));
            }
        }
        assertEquals(List.of(), failures, "pairs under WCAG AA");
    }

    @Test
    void everyRuleWithTextAndBackgroundReachesAa() throws IOException {
        String css = css().replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, String> palette = palette(css);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        Matcher rule = RULE.matcher(css);
        while (rule.find()) {
            String fill = property(rule.group(2), "-fx-text-fill");
            String background = property(rule.group(2), "-fx-background-color");
            if (fill == null || background == null) {
                continue;
            }
            String fg = resolve(palette, fill);
            String bg = resolve(palette, background);
            assertTrue(fg != null && bg != null, "colours of " + rule.group(1).strip() + " are solid palette colours");
            checked++;
            double r = contrast(fg, bg);
            if (r < AA) {
                failures.add(rule.group(1).strip() + String.format(" %.2f:1", r));
            }
        }
        assertTrue(checked >= 6, "badges, banners and chips were checked: " + checked);
        assertEquals(List.of(), failures, "rules under WCAG AA");
    }

    private static String property(String body, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + "\\s*:\\s*([^;]+);").matcher(body);
        return m.find() ? m.group(1).strip() : null;
    }
}
