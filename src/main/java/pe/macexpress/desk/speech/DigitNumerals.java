package pe.macexpress.desk.speech;

import java.util.function.IntFunction;

/** A language without number rules in code (a fourth language dropped as a file): numbers digit by digit. */
final class DigitNumerals implements Numerals {
    private final IntFunction<String> digit;

    DigitNumerals(IntFunction<String> digit) {
        this.digit = digit;
    }

    @Override
    public String cardinal(long n) {
        String s = Long.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(digit.apply(s.charAt(i) - '0'));
        }
        return out.toString();
    }
}
