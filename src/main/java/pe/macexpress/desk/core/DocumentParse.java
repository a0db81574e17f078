package pe.macexpress.desk.core;

import java.util.Optional;

/** Result of {@link Document#parse}: a document, or the reason it was refused. */
public record DocumentParse(Document document, DocumentError error) {

    static DocumentParse ok(Document document) {
        return new DocumentParse(document, null);
    }

    static DocumentParse error(DocumentError error) {
        return new DocumentParse(null, error);
    }

    public boolean isValid() {
        return document != null;
    }

    public Optional<Document> value() {
        return Optional.ofNullable(document);
    }
}
