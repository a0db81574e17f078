package pe.macexpress.desk.security;

/**
 * Free text typed at the counter or received by the central: at most {@link #MAX_FREE_TEXT}
 * characters, without control characters (other than line breaks and tabs) or the bidirectional
 * overrides that make a text display differently from what it stores (a "Trojan Source" trick
 * that could hide what an advisor wrote in a complaint or an outcome).
 */
public final class TextGuard {
    /** The limit for every free text field (an outcome's detail, a complaint, a comment). */
    public static final int MAX_FREE_TEXT = 2000;

    private TextGuard() {
    }

    /** True for characters that {@link #clean} removes. */
    public static boolean forbidden(int cp) {
        if (cp == '\n' || cp == '\t') {
            return false;
        }
        if (cp == '\r') {
            return true; // line breaks are stored as \n only
        }
        return Character.getType(cp) == Character.CONTROL
                || (cp >= 0x202A && cp <= 0x202E) // LRE, RLE, PDF, LRO, RLO
                || (cp >= 0x2066 && cp <= 0x2069) // LRI, RLI, FSI, PDI
                || cp == 0x200E || cp == 0x200F || cp == 0x061C // marks
                || cp == 0xFEFF; // BOM / zero-width no-break space
    }

    /** {@code text} without forbidden characters ("\r\n" and "\r" become "\n"), cut at {@code max} characters. */
    public static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && sb.length() < max; ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\r') {
                if (next >= text.length() || text.charAt(next) != '\n') {
                    sb.append('\n');
                }
            } else if (!forbidden(cp)) {
                if (sb.length() + Character.charCount(cp) > max) {
                    break;
                }
                sb.appendCodePoint(cp);
            }
            i = next;
        }
        return sb.toString();
    }

    /** {@link #clean} with the free-text limit. */
    public static String clean(String text) {
        return clean(text, MAX_FREE_TEXT);
    }

    /** True when {@code text} holds no forbidden character (for validators that refuse rather than clean). */
    public static boolean isClean(String text) {
        return text == null || text.codePoints().noneMatch(TextGuard::forbidden);
    }
}
