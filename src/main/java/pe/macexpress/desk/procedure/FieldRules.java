package pe.macexpress.desk.procedure;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import pe.macexpress.desk.catalog.FormField;
import pe.macexpress.desk.core.DniCheck;

/**
 * The checks of each form field type, as the advisor types, and the canonical text an accepted
 * value is stored and sent as (a number with a point, a date in ISO form, a phone as digits). No
 * JavaFX: the screen calls {@link #check} on every keystroke and shows the problem's message.
 */
public final class FieldRules {
    /** A text field without its own maxLength still has one: answers stay small on the wire. */
    public static final int DEFAULT_MAX_LENGTH = 500;
    public static final String YES = "si";
    public static final String NO = "no";

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)*\\.[A-Za-z]{2,}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern DNI_WITH_CHECK = Pattern.compile("(\\d{8})(?:[- ]?([0-9A-Za-z]))?");
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final int LAST_DEPARTMENT = 25;

    private FieldRules() {
    }

    /**
     * Why {@code raw} cannot be the value of {@code field}; empty when it can. Attachment fields are
     * checked with {@link #checkDocuments}.
     */
    public static Optional<FieldProblem> check(FormField field, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return field.required() && !field.type().isAttachment()
                    ? Optional.of(FieldProblem.of("capture.error.required")) : Optional.empty();
        }
        return switch (field.type()) {
            case TEXT -> value.length() > maxLength(field)
                    ? Optional.of(FieldProblem.of("capture.error.text.long", maxLength(field))) : Optional.empty();
            case NUMBER -> checkNumber(field, value);
            case DATE -> date(value).isPresent() ? Optional.empty()
                    : Optional.of(FieldProblem.of("capture.error.date"));
            case CHOICE -> field.choices().stream().anyMatch(o -> o.value().equals(value)) ? Optional.empty()
                    : Optional.of(FieldProblem.of("capture.error.choice"));
            case PHONE -> phone(value).isPresent() ? Optional.empty()
                    : Optional.of(FieldProblem.of("capture.error.phone"));
            case EMAIL -> value.length() <= 254 && EMAIL.matcher(value).matches() ? Optional.empty()
                    : Optional.of(FieldProblem.of("capture.error.email"));
            case DOCNUMBER -> checkDni(value);
            case UBIGEO -> isUbigeo(value) ? Optional.empty() : Optional.of(FieldProblem.of("capture.error.ubigeo"));
            case YESNO -> YES.equals(value) || NO.equals(value) ? Optional.empty()
                    : Optional.of(FieldProblem.of("capture.error.yesno"));
            case PHOTO, SIGNATURE -> Optional.empty();
        };
    }

    /** A required document field needs at least one document. */
    public static Optional<FieldProblem> checkDocuments(FormField field, int documents) {
        return field.required() && documents == 0
                ? Optional.of(FieldProblem.of("capture.error.document.required")) : Optional.empty();
    }

    /** The text an accepted value is kept as; call only after {@link #check} found no problem. */
    public static String canonical(FormField field, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return "";
        }
        return switch (field.type()) {
            case NUMBER -> new BigDecimal(value.replace(',', '.')).stripTrailingZeros().toPlainString();
            case DATE -> date(value).map(LocalDate::toString).orElse(value);
            case PHONE -> phone(value).orElse(value);
            case EMAIL -> value.toLowerCase(Locale.ROOT);
            case DOCNUMBER -> dni(value);
            // Issue 15: control and bidi-override characters never reach the record (the length was checked).
            default -> pe.macexpress.desk.security.TextGuard.clean(value, Integer.MAX_VALUE).strip();
        };
    }

    public static int maxLength(FormField field) {
        return field.maxLength() == null ? DEFAULT_MAX_LENGTH : field.maxLength();
    }

    private static Optional<FieldProblem> checkNumber(FormField field, String value) {
        if (!NUMBER.matcher(value).matches()) {
            return Optional.of(FieldProblem.of("capture.error.number"));
        }
        BigDecimal n = new BigDecimal(value.replace(',', '.'));
        if (field.min() != null && n.compareTo(field.min()) < 0) {
            return Optional.of(FieldProblem.of("capture.error.number.min", field.min().toPlainString()));
        }
        if (field.max() != null && n.compareTo(field.max()) > 0) {
            return Optional.of(FieldProblem.of("capture.error.number.max", field.max().toPlainString()));
        }
        return Optional.empty();
    }

    /** ISO (2024-03-15) or as Peruvians write it (15/03/2024); a real calendar day. */
    static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(value.contains("/") ? LocalDate.parse(value, DAY_MONTH_YEAR) : LocalDate.parse(value));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A Peruvian phone as digits: a mobile (9 digits starting with 9) or a fixed line with its area
     * code (01 and 7 digits for Lima and Callao, 0 + two digits 41–84 and 6 digits elsewhere).
     * Spaces, dashes, brackets and a +51 prefix are forgiven.
     */
    static Optional<String> phone(String value) {
        String digits = value.replaceAll("[\\s()\\-]", "");
        if (digits.startsWith("+51")) {
            digits = digits.substring(3);
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        boolean mobile = digits.length() == 9 && digits.charAt(0) == '9';
        boolean lima = digits.length() == 9 && digits.startsWith("01");
        boolean province = digits.length() == 9 && digits.charAt(0) == '0'
                && Integer.parseInt(digits.substring(1, 3)) >= 41 && Integer.parseInt(digits.substring(1, 3)) <= 84;
        return mobile || lima || province ? Optional.of(digits) : Optional.empty();
    }

    /** A DNI: 8 digits, and when its check character is given (12345678-9), the right one. */
    private static Optional<FieldProblem> checkDni(String value) {
        var m = DNI_WITH_CHECK.matcher(value);
        if (!m.matches()) {
            return Optional.of(FieldProblem.of("capture.error.docnumber"));
        }
        if (m.group(2) != null && !DniCheck.matches(m.group(1), m.group(2).charAt(0))) {
            return Optional.of(FieldProblem.of("capture.error.docnumber.check"));
        }
        return Optional.empty();
    }

    private static String dni(String value) {
        var m = DNI_WITH_CHECK.matcher(value);
        if (!m.matches()) {
            return value;
        }
        return m.group(2) == null ? m.group(1) : m.group(1) + "-" + m.group(2).toUpperCase(Locale.ROOT);
    }

    /** INEI's ubigeo: department 01–25, province and district from 01. */
    private static boolean isUbigeo(String value) {
        if (!value.matches("\\d{6}")) {
            return false;
        }
        int department = Integer.parseInt(value.substring(0, 2));
        return department >= 1 && department <= LAST_DEPARTMENT && !value.startsWith("00", 2)
                && !value.startsWith("00", 4);
    }
}
