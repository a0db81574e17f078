package pe.macexpress.desk.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Numbers in Aymara words: maya … llätunka, tunka (10), pataka (100), waranqa (1000), milluna
 * (10^6). Units after a higher number take "-ni" (11 tunka mayani, 43 pusi tunka kimsani); "paya"
 * is "pä" as a multiplier (20 pä tunka, 2000 pä waranqa) and "maya" is left out (10 tunka, 100
 * pataka); before a noun 1 and 2 are "mä" and "pä". Zero is "ch'usa" (empty). None of it is reviewed
 * by a native speaker yet. A bundle key of the same name wins over these words: the Aymara bundle
 * now has the digits and the fee words (the same as here: a test keeps them equal, since counts are
 * built from the units here), the day's pattern only lives here.
 */
final class AymaraNumerals implements Numerals {
    static final AymaraNumerals INSTANCE = new AymaraNumerals();

    private static final String[] UNITS = {"ch'usa", "maya", "paya", "kimsa", "pusi", "phisqa", "suxta", "paqallqu",
            "kimsaqallqu", "llätunka"};
    private static final Map<String, String> WORDS = speechWords();

    private AymaraNumerals() {
    }

    @Override
    public String cardinal(long n) {
        if (n == 0) {
            return UNITS[0];
        }
        List<String> parts = new ArrayList<>();
        long[] g = Numerals.groupsOfThousand(n);
        long millions = g[4] * 1_000_000 + g[3] * 1000 + g[2];
        if (millions > 0) {
            parts.add(times(millions, "milluna"));
        }
        if (g[1] > 0) {
            parts.add(times(g[1], "waranqa"));
        }
        long h = g[0] / 100;
        long t = g[0] / 10 % 10;
        long u = g[0] % 10;
        if (h > 0) {
            parts.add(times(h, "pataka"));
        }
        if (t > 0) {
            parts.add(times(t, "tunka"));
        }
        if (u > 0) {
            parts.add(parts.isEmpty() ? UNITS[(int) u] : UNITS[(int) u] + "ni");
        }
        return String.join(" ", parts);
    }

    @Override
    public String beforeNoun(long n) {
        return n == 1 ? "mä" : n == 2 ? "pä" : cardinal(n);
    }

    @Override
    public Map<String, String> words() {
        return WORDS;
    }

    private String times(long multiplier, String power) {
        if (multiplier == 1) {
            return power;
        }
        return (multiplier == 2 ? "pä" : cardinal(multiplier)) + " " + power;
    }

    private static Map<String, String> speechWords() {
        Map<String, String> w = new java.util.HashMap<>();
        for (int d = 0; d <= 9; d++) {
            w.put(SpokenText.DIGIT + d, UNITS[d]);
        }
        w.put(SpokenText.SOL, "mä sol");
        w.put(SpokenText.SOLES, "{0} sol");
        w.put(SpokenText.CENTIMO, "mä sintimu");
        w.put(SpokenText.CENTIMOS, "{0} sintimu");
        w.put(SpokenText.SOLES_AND_CENTIMOS, "{0}, {1}");
        // uru: day, phaxsi: month (moon), mara: year.
        w.put(SpokenText.DAY, "{0} uru, {1} phaxsi, {2} mara");
        return Map.copyOf(w);
    }
}
