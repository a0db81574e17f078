package pe.macexpress.desk.receipt;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text for the Standard 14 fonts (WinAnsi): Spanish and Quechua letters (á, ñ, ü, ', «») pass as
 * they are; a letter WinAnsi lacks loses only its accent (ŝ → s), a Quechua modifier apostrophe
 * (ʼ) becomes ', and anything else becomes "?" rather than stopping the receipt. Lines are wrapped
 * to a width, breaking inside a word only when the word alone is wider than the line.
 */
public final class PdfText {
    private PdfText() {
    }

    /** {@code text} with every character the font can show, or its nearest stand-in. */
    public static String safe(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(safe(font, cp)));
        return out.toString();
    }

    private static String safe(PDFont font, int cp) {
        if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        switch (cp) {
            case 0x02BC, 0x02B9, 0x02BB, 0x2032, 0x0060, 0xA78C -> {
                return "'";
            }
            case 0x2010, 0x2011, 0x2012, 0x2212 -> {
                return "-";
            }
            default -> {
                // keep going
            }
        }
        String s = new String(Character.toChars(cp));
        if (encodes(font, s)) {
            return s;
        }
        StringBuilder base = new StringBuilder();
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFD).toCharArray()) {
            if (Character.getType(c) != Character.NON_SPACING_MARK && encodes(font, String.valueOf(c))) {
                base.append(c);
            }
        }
        return base.length() > 0 ? base.toString() : "?";
    }

    private static boolean encodes(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    public static float width(PDFont font, float size, String safeText) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException("font metrics unavailable", e);
        }
    }

    /** {@code text} (already safe) as lines no wider than {@code width}; never an empty list. */
    public static List<String> wrap(PDFont font, float size, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // A word wider than the line (a long reference number): split it where it must.
            String rest = word;
            while (width(font, size, rest) > width) {
                int cut = 1;
                while (cut < rest.length() && width(font, size, rest.substring(0, cut + 1)) <= width) {
                    cut++;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
