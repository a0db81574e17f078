package pe.macexpress.desk.core;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The short code a citizen can quote by phone or at the next visit, e.g. {@code K7Q3-9PXA}.
 * Crockford's base-32 alphabet: no I, L, O or U, so nothing is misread when spoken or written.
 */
public final class AttentionCode {
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final RandomGenerator RANDOM = new SecureRandom();

    private AttentionCode() {
    }

    public static String next() {
        return next(RANDOM);
    }

    static String next(RandomGenerator random) {
        StringBuilder sb = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    public static boolean isWellFormed(String code) {
        return code != null && code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    }

    /**
     * A code as typed or read out ("k7q3 9pxa", "K7Q39PXA", "k7q3-9pxa") in its written form, with
     * Crockford's forgiving reading (O is 0, I and L are 1); empty when it cannot be a code.
     */
    public static java.util.Optional<String> normalize(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String raw = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        String code = raw.length() == 8 ? raw.substring(0, 4) + "-" + raw.substring(4) : raw;
        return isWellFormed(code) ? java.util.Optional.of(code) : java.util.Optional.empty();
    }
}
