package pe.macexpress.desk.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the Libro de Reclamaciones' form holds (D.S. 007-2020-PCM): who complains and where the
 * answer goes, the parent or guardian of a minor, the facts, what is requested, what the advisor
 * did at once, and how the citizen confirmed the summary. {@link #problems()} says what is missing
 * or wrong; a filing with problems is never stored. {@link #toString()} names no one.
 *
 * @param visitId the visit under way when it was filed, or null (a complaint needs no visit)
 * @param documentType the citizen's document; its number is checked for shape only (no check digit)
 * @param replyVia where the written answer is sent: the e-mail or the address, which is then required
 * @param guardianNames for a minor: the parent or guardian who files on their behalf
 * @param language the citizen's language (the copy's), a language tag such as es or qu
 */
public record ComplaintFiling(
        UUID visitId,
        String advisorId,
        DocumentType documentType,
        String documentNumber,
        String names,
        String address,
        String phone,
        String email,
        ReplyVia replyVia,
        boolean minor,
        String guardianNames,
        String guardianDocument,
        String facts,
        String request,
        String action,
        String language,
        Confirmation confirmation) {

    public static final int MAX_NAMES = 200;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_PHONE = 30;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_FACTS = 3000;
    public static final int MAX_REQUEST = 1500;
    public static final int MAX_ACTION = 1500;
    public static final int MAX_GUARDIAN_DOCUMENT = 20;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()-]{6,30}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    /** Where the written answer goes. */
    public enum ReplyVia {
        EMAIL, ADDRESS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static java.util.Optional<ReplyVia> fromCode(String code) {
            for (ReplyVia v : values()) {
                if (v.code().equals(code)) {
                    return java.util.Optional.of(v);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** How the citizen took in the summary before it was filed. */
    public enum Confirmation {
        /** The citizen read the summary on screen in their language and ticked the box. */
        CITIZEN_READ,
        /** The advisor read it aloud to the citizen (who does not read, or asked for it). */
        READ_ALOUD;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static java.util.Optional<Confirmation> fromCode(String code) {
            for (Confirmation c : values()) {
                if (c.code().equals(code)) {
                    return java.util.Optional.of(c);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** What stops a filing, in the order the form shows its fields. */
    public enum Problem {
        NAMES_REQUIRED, NAMES_TOO_LONG, DOCUMENT_INVALID, ADDRESS_REQUIRED, ADDRESS_TOO_LONG, PHONE_INVALID,
        EMAIL_REQUIRED, EMAIL_INVALID, GUARDIAN_REQUIRED, FACTS_REQUIRED, FACTS_TOO_LONG, REQUEST_REQUIRED,
        REQUEST_TOO_LONG, ACTION_REQUIRED, ACTION_TOO_LONG, LANGUAGE_INVALID, NOT_CONFIRMED;

        /** Its message key (complaint.problem.names.required, …). */
        public String messageKey() {
            return "complaint.problem." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    public ComplaintFiling {
        Objects.requireNonNull(advisorId);
        documentNumber = clean(documentNumber).toUpperCase(Locale.ROOT);
        names = clean(names);
        address = clean(address);
        phone = clean(phone);
        email = clean(email);
        guardianNames = minor ? clean(guardianNames) : "";
        guardianDocument = minor ? clean(guardianDocument).toUpperCase(Locale.ROOT) : "";
        facts = clean(facts);
        request = clean(request);
        action = clean(action);
        language = clean(language);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** Whether a document number has the shape of its type (a DNI: 8 digits; others: 5 to 15 letters or digits). */
    public static boolean documentShapeOk(DocumentType type, String number) {
        if (type == null || number == null) {
            return false;
        }
        return type == DocumentType.DNI ? number.matches("\\d{8}") : number.matches("[0-9A-Z]{5,15}");
    }

    public static boolean emailOk(String email) {
        return email != null && email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    /** Empty when the filing can be stored. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (names.isEmpty()) {
            p.add(Problem.NAMES_REQUIRED);
        } else if (names.length() > MAX_NAMES) {
            p.add(Problem.NAMES_TOO_LONG);
        }
        if (!documentShapeOk(documentType, documentNumber)) {
            p.add(Problem.DOCUMENT_INVALID);
        }
        if (replyVia == ReplyVia.ADDRESS && address.isEmpty()) {
            p.add(Problem.ADDRESS_REQUIRED);
        } else if (address.length() > MAX_ADDRESS) {
            p.add(Problem.ADDRESS_TOO_LONG);
        }
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            p.add(Problem.PHONE_INVALID);
        }
        if (replyVia != ReplyVia.ADDRESS && email.isEmpty()) {
            p.add(Problem.EMAIL_REQUIRED);
        } else if (!email.isEmpty() && !emailOk(email)) {
            p.add(Problem.EMAIL_INVALID);
        }
        if (minor && (guardianNames.isEmpty() || guardianNames.length() > MAX_NAMES
                || guardianDocument.length() > MAX_GUARDIAN_DOCUMENT)) {
            p.add(Problem.GUARDIAN_REQUIRED);
        }
        check(p, facts, MAX_FACTS, Problem.FACTS_REQUIRED, Problem.FACTS_TOO_LONG);
        check(p, request, MAX_REQUEST, Problem.REQUEST_REQUIRED, Problem.REQUEST_TOO_LONG);
        check(p, action, MAX_ACTION, Problem.ACTION_REQUIRED, Problem.ACTION_TOO_LONG);
        if (!LANGUAGE.matcher(language).matches()) {
            p.add(Problem.LANGUAGE_INVALID);
        }
        if (confirmation == null) {
            p.add(Problem.NOT_CONFIRMED);
        }
        return p;
    }

    private static void check(List<Problem> p, String text, int max, Problem required, Problem tooLong) {
        if (text.isEmpty()) {
            p.add(required);
        } else if (text.length() > max) {
            p.add(tooLong);
        }
    }

    @Override
    public String toString() {
        return "ComplaintFiling[" + (documentType == null ? "?" : documentType.code()) + " " + language + "]";
    }
}
