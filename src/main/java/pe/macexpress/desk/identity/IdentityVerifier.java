package pe.macexpress.desk.identity;

import pe.macexpress.desk.core.Document;

/** Asks an identity service about a document. Blocking: never call it on the FX thread. */
public interface IdentityVerifier {
    IdentityResult verify(Document document);
}
