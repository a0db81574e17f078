package pe.macexpress.desk.speech;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pe.macexpress.desk.i18n.Localization;

/**
 * An {@link Utterance} as the words to say in one language (pure: no I/O). Texts are said as
 * written; codes one character at a time ("a, cero, cuatro, siete"); document numbers digit by digit
 * in small groups with pauses, so they can be written down ("cuatro cinco seis, …"); counts, fees
 * and days in words ("treinta soles con cincuenta céntimos", "dos de diciembre de dos mil
 * veintiséis"). Words come from the language's bundle ({@code speech.*}, month names from
 * {@code date.month.N}) and its {@link Numerals}; a language without number rules reads numbers
 * digit by digit with its bundle's {@code speech.digit.N}, or in Spanish if it has none.
 */
public final class SpokenText {
    /** Prefix of the ten digits' names ({@code speech.digit.0} … {@code speech.digit.9}). */
    public static final String DIGIT = "speech.digit.";
    static final String SOL = "speech.money.sol";
    static final String SOLES = "speech.money.soles";
    static final String CENTIMO = "speech.money.centimo";
    static final String CENTIMOS = "speech.money.centimos";
    static final String SOLES_AND_CENTIMOS = "speech.money.and";
    static final String DAY = "speech.day";
    private static final long TOO_LARGE = 1_000_000_000_000L;

    private final Localization localization;
    private final Map<String, Set<String>> keys = new ConcurrentHashMap<>();

    public SpokenText(Localization localization) {
        this.localization = localization;
    }

    /** What to say for {@code what} in {@code tag} ("es", "qu", "ay", …). */
    public String words(String tag, Utterance what) {
        Numerals numerals = numerals(tag);
        List<String> out = new ArrayList<>();
        for (Utterance.Part part : what.parts()) {
            String w = part(tag, numerals, part);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return String.join(" ", out);
    }

    private String part(String tag, Numerals numerals, Utterance.Part part) {
        if (part instanceof Utterance.Text t) {
            return inText(tag, numerals, t.text().strip());
        }
        if (part instanceof Utterance.Code c) {
            return code(tag, numerals, c.code());
        }
        if (part instanceof Utterance.DocumentNumber d) {
            return documentNumber(tag, numerals, d.number());
        }
        if (part instanceof Utterance.Day d) {
            return word(tag, DAY, numerals.dayOfMonth(d.day().getDayOfMonth()),
                    localization.text(tag, Localization.MONTH + d.day().getMonthValue()),
                    numerals.cardinal(d.day().getYear()));
        }
        if (part instanceof Utterance.Money m) {
            return money(tag, numerals, m.soles());
        }
        return number(tag, numerals, ((Utterance.Count) part).value(), false);
    }

    /** A fee written in a sentence ("Pague S/ 32.10 en el Banco…"), as screens and the catalogue write it. */
    private static final Pattern FEE_IN_TEXT =
            Pattern.compile("S/\\s*(\\d{1,7}(?:[.,]\\d{1,2})?)(?!\\d)");
    /** A whole number standing alone in a sentence ("en unos 10 días"); not part of a code, time or decimal. */
    private static final Pattern NUMBER_IN_TEXT =
            Pattern.compile("(?<![\\p{L}\\d.,:/-])\\d{1,9}(?![\\p{L}\\d-]|[.,:]\\d)");

    /**
     * A sentence as written, except that its fees and its stand-alone numbers are said in the
     * language's words: a synthesizer reads "S/ 32.10" as "ese barra…", and a voice without number
     * rules (Quechua, Aymara) reads "10" in whatever language it knows.
     */
    private String inText(String tag, Numerals numerals, String text) {
        String fees = replace(FEE_IN_TEXT, text,
                m -> money(tag, numerals, new BigDecimal(m.group(1).replace(',', '.'))));
        return replace(NUMBER_IN_TEXT, fees, m -> number(tag, numerals, Long.parseLong(m.group()), false));
    }

    private static String replace(Pattern p, String text,
                                  Function<MatchResult, String> words) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(words.apply(m.toMatchResult())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Beyond the rules' reach (a trillion and more) a number is read digit by digit. */
    private String number(String tag, Numerals numerals, long n, boolean beforeNoun) {
        long v = n == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(n);
        if (v >= TOO_LARGE) {
            return new DigitNumerals(d -> digit(tag, numerals, d)).cardinal(v);
        }
        return beforeNoun ? numerals.beforeNoun(v) : numerals.cardinal(v);
    }

    /** The rules for {@code tag}: its own, else digit by digit with its bundle's digits, else Spanish. */
    private Numerals numerals(String tag) {
        Numerals own = Numerals.forLanguage(tag);
        if (own != null) {
            return own;
        }
        if (inBundle(tag, DIGIT + "0")) {
            return new DigitNumerals(d -> digit(tag, null, d));
        }
        return SpanishNumerals.INSTANCE;
    }

    private String code(String tag, Numerals numerals, String code) {
        List<String> said = new ArrayList<>();
        for (int cp : code.codePoints().toArray()) {
            String one = character(tag, numerals, cp);
            if (one != null) {
                said.add(one);
            }
        }
        return String.join(", ", said);
    }

    /** Digits one by one, three to a group (two and two at the end rather than one alone), groups apart. */
    private String documentNumber(String tag, Numerals numerals, String number) {
        List<String> chars = new ArrayList<>();
        for (int cp : number.codePoints().toArray()) {
            String one = character(tag, numerals, cp);
            if (one != null) {
                chars.add(one);
            }
        }
        List<String> groups = new ArrayList<>();
        int i = 0;
        while (i < chars.size()) {
            int left = chars.size() - i;
            int size = left == 4 ? 2 : Math.min(3, left);
            groups.add(String.join(" ", chars.subList(i, i + size)));
            i += size;
        }
        return String.join(", ", groups);
    }

    /** A digit's or letter's name; null for anything else (dashes, spaces, dots are not said). */
    private String character(String tag, Numerals numerals, int cp) {
        if (cp >= '0' && cp <= '9') {
            return digit(tag, numerals, cp - '0');
        }
        if (Character.isLetter(cp)) {
            String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
            String name = upper.length() == 1 ? numerals.letters().get(upper.charAt(0)) : null;
            return name != null ? name : upper;
        }
        return null;
    }

    private String digit(String tag, Numerals numerals, int d) {
        String key = DIGIT + d;
        if (!inBundle(tag, key) && numerals != null && numerals.words().containsKey(key)) {
            return numerals.words().get(key);
        }
        return localization.text(tag, key);
    }

    private String money(String tag, Numerals numerals, BigDecimal amount) {
        BigDecimal cents = amount.abs().setScale(2, RoundingMode.HALF_UP);
        long whole = cents.longValue();
        int fraction = cents.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String soles = whole == 1 ? word(tag, SOL) : word(tag, SOLES, number(tag, numerals, whole, true));
        if (fraction == 0) {
            return soles;
        }
        String centimos = fraction == 1 ? word(tag, CENTIMO) : word(tag, CENTIMOS, numerals.beforeNoun(fraction));
        return whole == 0 ? centimos : word(tag, SOLES_AND_CENTIMOS, soles, centimos);
    }

    /** {@code key} from the language's bundle, else from its rules in code, else from Spanish. */
    private String word(String tag, String key, Object... args) {
        if (!inBundle(tag, key)) {
            Numerals own = Numerals.forLanguage(tag);
            String pattern = own == null ? null : own.words().get(key);
            if (pattern != null) {
                return new MessageFormat(pattern, Locale.forLanguageTag(tag)).format(args);
            }
        }
        return localization.text(tag, key, args);
    }

    private boolean inBundle(String tag, String key) {
        return keys.computeIfAbsent(tag, t -> localization.languages().stream().anyMatch(l -> l.tag().equals(t))
                ? localization.keys(t) : Set.of()).contains(key);
    }
}
