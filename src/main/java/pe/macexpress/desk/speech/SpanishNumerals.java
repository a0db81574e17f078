package pe.macexpress.desk.speech;

import java.util.Map;

/** Numbers in Spanish words: "mil novecientos noventa y nueve", "veintiún soles", "primero de enero". */
final class SpanishNumerals implements Numerals {
    static final SpanishNumerals INSTANCE = new SpanishNumerals();

    private static final String[] UNITS = {"cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
            "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
            "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
            "veintiséis", "veintisiete", "veintiocho", "veintinueve"};
    private static final String[] TENS = {"", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta",
            "ochenta", "noventa"};
    private static final String[] HUNDREDS = {"", "ciento", "doscientos", "trescientos", "cuatrocientos",
            "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"};
    /** The names a Peruvian counter uses when spelling a code aloud. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('A', "a"), Map.entry('B', "be"),
            Map.entry('C', "ce"), Map.entry('D', "de"), Map.entry('E', "e"), Map.entry('F', "efe"),
            Map.entry('G', "ge"), Map.entry('H', "hache"), Map.entry('I', "i"), Map.entry('J', "jota"),
            Map.entry('K', "ka"), Map.entry('L', "ele"), Map.entry('M', "eme"), Map.entry('N', "ene"),
            Map.entry('Ñ', "eñe"), Map.entry('O', "o"), Map.entry('P', "pe"), Map.entry('Q', "cu"),
            Map.entry('R', "erre"), Map.entry('S', "ese"), Map.entry('T', "te"), Map.entry('U', "u"),
            Map.entry('V', "uve"), Map.entry('W', "uve doble"), Map.entry('X', "equis"), Map.entry('Y', "ye"),
            Map.entry('Z', "zeta"));

    private SpanishNumerals() {
    }

    @Override
    public String cardinal(long n) {
        return words(n, false);
    }

    @Override
    public String beforeNoun(long n) {
        return words(n, true);
    }

    @Override
    public String dayOfMonth(int day) {
        return day == 1 ? "primero" : cardinal(day);
    }

    @Override
    public Map<Character, String> letters() {
        return LETTERS;
    }

    /** {@code shortOne}: "un"/"veintiún" at the end, as before a noun; before "mil" and "millones" always short. */
    private static String words(long n, boolean shortOne) {
        if (n == 0) {
            return "cero";
        }
        long[] g = Numerals.groupsOfThousand(n);
        StringBuilder s = new StringBuilder();
        long millionsGroup = g[3] * 1000 + g[2]; // millions up to 999 999 (SpokenText reads larger ones digit by digit)
        if (millionsGroup > 0) {
            append(s, millionsGroup == 1 ? "un millón" : below1000000(millionsGroup, true) + " millones");
        }
        if (g[1] > 0) {
            append(s, g[1] == 1 ? "mil" : below1000(g[1], true) + " mil");
        }
        if (g[0] > 0) {
            append(s, below1000(g[0], shortOne));
        }
        return s.toString();
    }

    private static String below1000000(long n, boolean shortOne) {
        long thousands = n / 1000;
        long rest = n % 1000;
        StringBuilder s = new StringBuilder();
        if (thousands > 0) {
            append(s, thousands == 1 ? "mil" : below1000(thousands, true) + " mil");
        }
        if (rest > 0) {
            append(s, below1000(rest, shortOne));
        }
        return s.toString();
    }

    private static String below1000(long n, boolean shortOne) {
        if (n == 100) {
            return "cien";
        }
        StringBuilder s = new StringBuilder();
        if (n >= 100) {
            s.append(HUNDREDS[(int) (n / 100)]);
        }
        long rest = n % 100;
        if (rest > 0) {
            append(s, below100((int) rest, shortOne));
        }
        return s.toString();
    }

    private static String below100(int n, boolean shortOne) {
        String w;
        if (n < 30) {
            w = UNITS[n];
        } else {
            w = TENS[n / 10] + (n % 10 == 0 ? "" : " y " + UNITS[n % 10]);
        }
        if (shortOne && w.endsWith("uno")) {
            w = w.equals("veintiuno") ? "veintiún" : w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static void append(StringBuilder s, String words) {
        if (s.length() > 0) {
            s.append(' ');
        }
        s.append(words);
    }
}
