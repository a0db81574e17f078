package pe.macexpress.desk.core;

import java.util.Objects;

/**
 * A validated identity document. Only {@link #parse} makes one, so holding a Document means the
 * format and (for a DNI) the check character have passed: nothing invalid is ever sent to PIDE.
 *
 * @param check the DNI check character as printed on the card (digit or letter), blank otherwise
 */
public record Document(DocumentType type, String number, String check) {

    public Document {
        Objects.requireNonNull(type);
        Objects.requireNonNull(number);
        check = check == null ? "" : check;
    }

    /** Parses what the advisor typed; surrounding spaces are forgiven, anything else is refused. */
    public static DocumentParse parse(DocumentType type, String rawNumber, String rawCheck) {
        if (type == null) {
            return DocumentParse.error(DocumentError.TYPE_MISSING);
        }
        String number = rawNumber == null ? "" : rawNumber.strip().toUpperCase(java.util.Locale.ROOT);
        String check = rawCheck == null ? "" : rawCheck.strip().toUpperCase(java.util.Locale.ROOT);
        if (number.isEmpty()) {
            return DocumentParse.error(DocumentError.NUMBER_EMPTY);
        }
        switch (type) {
            case DNI -> {
                if (!number.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    return DocumentParse.error(DocumentError.DNI_NOT_DIGITS);
                }
                if (number.length() != 8) {
                    return DocumentParse.error(DocumentError.DNI_LENGTH);
                }
                if (check.isEmpty()) {
                    return DocumentParse.error(DocumentError.CHECK_EMPTY);
                }
                if (check.length() != 1 || !Character.isLetterOrDigit(check.charAt(0))) {
                    return DocumentParse.error(DocumentError.CHECK_FORMAT);
                }
                if (!DniCheck.matches(number, check.charAt(0))) {
                    return DocumentParse.error(DocumentError.CHECK_WRONG);
                }
                return DocumentParse.ok(new Document(type, number, check));
            }
            case CE -> {
                return number.matches("[0-9A-Z]{9,12}")
                        ? DocumentParse.ok(new Document(type, number, ""))
                        : DocumentParse.error(DocumentError.CE_FORMAT);
            }
            case PASAPORTE -> {
                return number.matches("[0-9A-Z]{5,12}")
                        ? DocumentParse.ok(new Document(type, number, ""))
                        : DocumentParse.error(DocumentError.PASSPORT_FORMAT);
            }
            case PTP_CPP -> {
                return number.matches("[0-9A-Z]{6,15}")
                        ? DocumentParse.ok(new Document(type, number, ""))
                        : DocumentParse.error(DocumentError.PTP_FORMAT);
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    /** Parses the command-line form {@code 12345678-1} of a DNI. */
    public static DocumentParse parseDni(String dniWithCheck) {
        String raw = dniWithCheck == null ? "" : dniWithCheck.strip();
        int dash = raw.indexOf('-');
        return dash < 0
                ? parse(DocumentType.DNI, raw, "")
                : parse(DocumentType.DNI, raw.substring(0, dash), raw.substring(dash + 1));
    }
    /** Number with the last digits hidden, for screens and diagnostics that must not show it whole. */
    public String masked() {
        int keep = Math.min(3, number.length());
        return "*".repeat(number.length() - keep) + number.substring(number.length() - keep);
    }

    @Override
    public String toString() {
        // Records print their fields; a document number must never reach a log by accident.
        return "Document[" + type + " " + masked() + "]";
    }
}
