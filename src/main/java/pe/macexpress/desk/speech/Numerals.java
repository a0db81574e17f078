package pe.macexpress.desk.speech;

import java.util.Map;

/**
 * How one language says numbers in words, plus what that language's bundle may not have yet (a
 * language written by another team, such as Aymara, carries its speech words here until its bundle
 * does). One small class per language: {@link SpanishNumerals}, {@link QuechuaNumerals},
 * {@link AymaraNumerals}; a language without one reads numbers digit by digit ({@link DigitNumerals}).
 */
interface Numerals {

    /** {@code n} (0 or more) in words, as counted: "veintiuno", "iskay chunka hukniyuq". */
    String cardinal(long n);

    /** {@code n} in words before a noun ("veintiún soles", Aymara "mä"); the cardinal unless the language differs. */
    default String beforeNoun(long n) {
        return cardinal(n);
    }

    /** The day of the month in a date ("primero" in Peruvian Spanish); the cardinal unless the language differs. */
    default String dayOfMonth(int day) {
        return cardinal(day);
    }

    /** Letters' names ("hache", "jota"), upper case; a letter not named here is said as written. */
    default Map<Character, String> letters() {
        return Map.of();
    }

    /** Speech words ({@code speech.*} keys) used when the language's bundle lacks them; empty for bundled languages. */
    default Map<String, String> words() {
        return Map.of();
    }

    /** The rules written in code for {@code tag}, or null when the language has none. */
    static Numerals forLanguage(String tag) {
        // A regional variant ("qu-BO", "ay-x") counts like its language.
        String language = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        return switch (language) {
            case "es" -> SpanishNumerals.INSTANCE;
            case "qu" -> QuechuaNumerals.INSTANCE;
            case "ay" -> AymaraNumerals.INSTANCE;
            default -> null;
        };
    }

    /** Words for numbers under 10^15 built from groups of three digits, highest first. */
    static long[] groupsOfThousand(long n) {
        long[] g = new long[5]; // units, thousands, millions, thousands of millions, billions
        for (int i = 0; i < g.length; i++) {
            g[i] = n % 1000;
            n /= 1000;
        }
        return g;
    }
}
