package pe.macexpress.desk.core;

/** Why a document entered at the counter was refused; each has a message in every bundle. */
public enum DocumentError {
    TYPE_MISSING,
    NUMBER_EMPTY,
    DNI_NOT_DIGITS,
    DNI_LENGTH,
    CHECK_EMPTY,
    CHECK_FORMAT,
    CHECK_WRONG,
    CE_FORMAT,
    PASSPORT_FORMAT,
    PTP_FORMAT;

    public String messageKey() {
        return "document.error." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
