package pe.macexpress.desk.catalog;

/**
 * A catalogue file that cannot be served, with the entry at fault. The message is for logs and
 * engineers (it names ids, never personal data); screens and the command line show
 * {@link #problem()} in the user's language with {@link #entry()} as its argument.
 */
public final class CatalogException extends Exception {
    /** Why a catalogue was refused; each has a message key {@code catalog.problem.<name>}. */
    public enum Problem {
        /** Not JSON, or a property the format does not have, or a value of the wrong type. */
        MALFORMED,
        /** The format number is not one this desk reads. */
        FORMAT,
        /** A required property is missing or blank. */
        MISSING,
        /** Two entries share an id. */
        DUPLICATE,
        /** An id names an entity, life event or procedure the catalogue does not have. */
        UNKNOWN_REFERENCE,
        /** A value breaks a rule of the format (an http portal, a date, a cycle in a chain…). */
        INVALID,
        /** The signature does not match the bytes, or no key to check it. */
        SIGNATURE,
        /** The catalogue holds no procedure. */
        EMPTY;

        public String messageKey() {
            return "catalog.problem." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    private final Problem problem;
    private final String entry;

    public CatalogException(Problem problem, String entry, String detail) {
        super(problem + " at " + entry + ": " + detail);
        this.problem = problem;
        this.entry = entry;
    }

    public Problem problem() {
        return problem;
    }

    /** Where in the file: "procedure sis-afiliacion", "procedure x, field telefono", "file". */
    public String entry() {
        return entry;
    }

    public String messageKey() {
        return problem.messageKey();
    }
}
