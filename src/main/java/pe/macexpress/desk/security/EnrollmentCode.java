package pe.macexpress.desk.security;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * A one-time enrollment code as the central issues it and a person reads it aloud or types it:
 * {@value #LENGTH} characters of Crockford's base 32 (140 random bits, more than the 128 the issue
 * asks for), shown in groups of four ({@code 7K2M-Q9PX-…}). What people type is forgiven: lower
 * case, spaces or hyphens anywhere, and the letters Crockford reads as digits (O→0, I and L→1).
 * Both sides compare the {@link #canonical} form, so the central never depends on how it was typed.
 * A short code preset for training and tests ({@code sandbox --enrollment-code}) follows the same
 * rules with at least {@value #MIN_PRESET} characters. Never logged, never in an exception message.
 */
public final class EnrollmentCode {
    /** Characters of an issued code. */
    public static final int LENGTH = 28;
    /** The shortest code accepted at all (a preset code of training and tests). */
    public static final int MIN_PRESET = 6;
    private static final int MAX = 64;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private EnrollmentCode() {
    }

    /** A fresh code: {@value #LENGTH} random characters, grouped for reading aloud. */
    public static String issue(SecureRandom random) {
        StringBuilder sb = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(32)));
        }
        return grouped(sb.toString());
    }

    /**
     * The code as compared: upper case, without spaces and hyphens, O/I/L read as 0/1/1; empty when
     * what was typed cannot be a code (too short or long, or another character).
     */
    public static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > MAX * 2) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(typed.length());
        for (char ch : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char c = switch (ch) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> ch;
            };
            if (c == ' ' || c == '-' || c == '\t') {
                continue;
            }
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.empty();
            }
            sb.append(c);
        }
        return sb.length() < MIN_PRESET || sb.length() > MAX ? Optional.empty() : Optional.of(sb.toString());
    }

    /** Whether {@code typed} can be a code at all (checked before anything is sent). */
    public static boolean isWellFormed(String typed) {
        return canonical(typed).isPresent();
    }

    /** Whether {@code typed} is a full issued code (not a short preset one). */
    public static boolean isIssuedShape(String typed) {
        return canonical(typed).map(c -> c.length() == LENGTH).orElse(false);
    }

    /** The canonical code in groups of four for reading ({@code ABCD-EFGH-…}); what was typed when it is no code. */
    public static String grouped(String typed) {
        Optional<String> c = canonical(typed);
        if (c.isEmpty()) {
            return typed == null ? "" : typed.strip();
        }
        StringBuilder sb = new StringBuilder();
        String s = c.get();
        for (int i = 0; i < s.length(); i += 4) {
            if (i > 0) {
                sb.append('-');
            }
            sb.append(s, i, Math.min(s.length(), i + 4));
        }
        return sb.toString();
    }
}
