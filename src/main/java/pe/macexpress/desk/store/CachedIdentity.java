package pe.macexpress.desk.store;

import java.time.Instant;
import pe.macexpress.desk.core.Document;

/**
 * A row of the identity cache: what RENIEC or MIGRACIONES confirmed about a document.
 * {@link #toString()} hides document, names and photo.
 *
 * @param outcome the identity outcome's name (VERIFIED or MINOR)
 * @param photo JPEG bytes, or null when photos are not kept
 */
public record CachedIdentity(Document document, String outcome, String code, String givenNames, String firstSurname,
                             String secondSurname, String restriction, byte[] photo, Instant verifiedAt) {
    @Override
    public String toString() {
        return "CachedIdentity[" + document.type() + " " + outcome + " " + verifiedAt + "]";
    }
}
