package pe.macexpress.desk.ui.common;

import pe.macexpress.desk.core.CitizenNames;
import pe.macexpress.desk.core.Document;

/** A citizen as lists show them: document and names, masked unless the advisor asked to see them. */
public final class CitizenLine {
    private CitizenLine() {
    }

    /**
     * "DNI *****410 — R*** Q***", or whole when {@code shown}.
     *
     * @param documentLabel how the document type reads here ("DNI", or its name in the UI language)
     * @param names         the citizen's names; null or blank: the document alone
     */
    public static String of(String documentLabel, Document document, String names, boolean shown) {
        String doc = documentLabel + " " + (shown ? document.number() : document.masked());
        String n = names == null ? "" : names.strip();
        if (n.isEmpty()) {
            return doc;
        }
        return doc + " — " + (shown ? n : CitizenNames.masked(n));
    }
}
