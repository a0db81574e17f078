package pe.macexpress.desk.identity;

import pe.macexpress.desk.core.Document;

/** Asks an identity service about a document. Blocking: never call it on the FX thread. */
public interface IdentityVerifier {

    /** @param context who asks and for which attention or visit; recorded by the auditing layer */
    IdentityResult verify(Document document, QueryContext context);

    /** Same as {@link #verify(Document, QueryContext)} with an unknown context. */
    default IdentityResult verify(Document document) {
        return verify(document, QueryContext.UNKNOWN);
    }
}
