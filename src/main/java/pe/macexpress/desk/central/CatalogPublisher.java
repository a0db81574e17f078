package pe.macexpress.desk.central;

import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.CatalogException;
import pe.macexpress.desk.catalog.CatalogSignature;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.catalog.SignedCatalog;
import pe.macexpress.desk.central.store.CentralStore;
import pe.macexpress.desk.contract.Wire;

/**
 * The catalogue the central publishes: checked like the desk checks it, signed with the central's
 * Ed25519 key (created once and kept in its store; a production central would keep it in an HSM),
 * kept with every earlier version, served with an ETag of the signed bytes. Attentions are accepted
 * for any procedure of any version ever published here: a PIAS may still serve last month's.
 */
final class CatalogPublisher {
    private static final String KEY_PRIVATE = "signing.catalog.private";
    private static final String KEY_PUBLIC = "signing.catalog.public";

    private final CentralStore store;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final Set<String> knownProcedures = new HashSet<>();
    private volatile Served served;

    /** What {@code GET /catalog} answers, computed once per publication. */
    record Served(Catalog catalog, byte[] body, byte[] gzip, String etag) {
    }

    CatalogPublisher(CentralStore store) {
        this.store = store;
        String priv = store.conf(KEY_PRIVATE).orElse(null);
        String pub = store.conf(KEY_PUBLIC).orElse(null);
        if (priv == null || pub == null) {
            KeyPair pair = CatalogSignature.newKeyPair();
            priv = CatalogSignature.encode(pair.getPrivate());
            pub = CatalogSignature.encode(pair.getPublic());
            store.putConf(KEY_PRIVATE, priv);
            store.putConf(KEY_PUBLIC, pub);
        }
        this.privateKey = CatalogSignature.privateKey(priv);
        this.publicKey = CatalogSignature.publicKey(pub);
        List<byte[]> published = store.catalogs();
        Catalog latest = null;
        for (byte[] body : published) {
            try {
                latest = Catalog.parse(body);
                latest.all().forEach(p -> knownProcedures.add(p.id()));
            } catch (CatalogException e) {
                // Published catalogues were checked before they were kept; a damaged row is skipped.
            }
        }
        Catalog.bundled().all().forEach(p -> knownProcedures.add(p.id()));
        Catalog first = latest != null ? latest : Catalog.bundled();
        this.served = serve(first);
    }

    /** Checks, keeps and serves a new catalogue; a refused one leaves the served one in place. */
    synchronized Catalog publish(byte[] catalogJson, long now) throws CatalogException {
        Catalog c = Catalog.parse(catalogJson);
        store.publishCatalog(c.version(), c.bytes(), now);
        c.all().stream().map(Procedure::id).forEach(knownProcedures::add);
        served = serve(c);
        return c;
    }

    private Served serve(Catalog c) {
        byte[] body = SignedCatalog.sign(c.bytes(), privateKey, publicKey).toBytes();
        return new Served(c, body, Wire.gzip(body), etag(body));
    }

    Served served() {
        return served;
    }

    synchronized boolean knows(String procedureId) {
        return knownProcedures.contains(procedureId);
    }

    /** Given to each workstation at enrollment, which pins it. */
    String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** A hash of the exact bytes served: a new catalogue, a new tag. */
    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
