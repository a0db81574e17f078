package pe.macexpress.desk.core;

import java.util.Optional;

/** Identity documents accepted at the counter. The code is what the database stores. */
public enum DocumentType {
    DNI("DNI"),
    CE("CE"),
    PASAPORTE("PAS"),
    PTP_CPP("PTP");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "document.type." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<DocumentType> fromCode(String code) {
        for (DocumentType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
