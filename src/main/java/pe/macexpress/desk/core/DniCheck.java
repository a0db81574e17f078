package pe.macexpress.desk.core;

/**
 * RENIEC's check character of a DNI. A card prints either the digit or the letter form; both are
 * accepted. Algorithm and vectors: shared/docs/pide-and-documents.md.
 */
public final class DniCheck {
    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final String DIGITS = "65432110987";
    private static final String LETTERS = "KJIHGFEDCBA";

    private DniCheck() {
    }

    public static boolean isWellFormed(String dni) {
        return dni != null && dni.length() == 8 && dni.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    public static char digit(String dni) {
        return DIGITS.charAt(weightedSum(dni) % 11);
    }

    public static char letter(String dni) {
        return LETTERS.charAt(weightedSum(dni) % 11);
    }

    /** True when {@code check} is the digit or the letter (either case) that belongs to {@code dni}. */
    public static boolean matches(String dni, char check) {
        if (!isWellFormed(dni)) {
            return false;
        }
        char upper = Character.toUpperCase(check);
        return upper == digit(dni) || upper == letter(dni);
    }

    private static int weightedSum(String dni) {
        if (!isWellFormed(dni)) {
            throw new IllegalArgumentException("a DNI has 8 digits");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (dni.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum;
    }
}
