package pe.macexpress.desk.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers in Southern Quechua words: huk … isqun, chunka (10), pachak (100), waranqa (1000), hunu
 * (10^6). What is added after a higher number takes "-yuq" ("having") on its last word, "-niyuq"
 * when that word ends in a consonant ("y" counts as one): 11 chunka hukniyuq, 13 chunka kimsayuq,
 * 120 pachak iskay chunkayuq, 2026 iskay waranqa iskay chunka suqtayuq. Zero is "ch'usaq" (empty).
 */
final class QuechuaNumerals implements Numerals {
    static final QuechuaNumerals INSTANCE = new QuechuaNumerals();

    private static final String[] UNITS = {"ch'usaq", "huk", "iskay", "kimsa", "tawa", "pichqa", "suqta", "qanchis",
            "pusaq", "isqun"};

    private QuechuaNumerals() {
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
            parts.add(millions == 1 ? "hunu" : cardinal(millions) + " hunu");
        }
        if (g[1] > 0) {
            parts.add(g[1] == 1 ? "waranqa" : cardinal(g[1]) + " waranqa");
        }
        long h = g[0] / 100;
        long t = g[0] / 10 % 10;
        long u = g[0] % 10;
        if (h > 0) {
            parts.add(h == 1 ? "pachak" : UNITS[(int) h] + " pachak");
        }
        if (t > 0) {
            parts.add(t == 1 ? "chunka" : UNITS[(int) t] + " chunka");
        }
        if (u > 0) {
            parts.add(UNITS[(int) u]);
        }
        if (parts.size() > 1) {
            parts.set(parts.size() - 1, having(parts.get(parts.size() - 1)));
        }
        return String.join(" ", parts);
    }

    /** "-yuq" after a vowel, "-niyuq" after a consonant. */
    static String having(String word) {
        char last = word.charAt(word.length() - 1);
        return word + ("aeiou".indexOf(last) >= 0 ? "yuq" : "niyuq");
    }
}
