package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;

/** The {@code identity_cache} table: confirmed identities by document, newest answer kept. */
public final class IdentityCacheStore {
    private final Database db;

    IdentityCacheStore(Database db) {
        this.db = db;
    }

    /** The entry for {@code document} verified after {@code notBefore}, if any. */
    public Optional<CachedIdentity> lookup(Document document, Instant notBefore) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT outcome, code, given_names, first_surname,"
                    + " second_surname, restriction, photo, verified_at FROM identity_cache"
                    + " WHERE doc_type = ? AND doc_blind = ? AND verified_at > ?")) {
                ps.setString(1, document.type().code());
                ps.setString(2, db.sealing().blind(document.number()));
                ps.setLong(3, notBefore.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new CachedIdentity(new Document(document.type(), document.number(), ""),
                            rs.getString(1), rs.getString(2), open(rs.getString(3)), open(rs.getString(4)),
                            open(rs.getString(5)), rs.getString(6), db.sealing().openBlob(rs.getBytes(7)),
                            Instant.ofEpochMilli(rs.getLong(8))));
                }
            }
        });
    }

    /**
     * Keeps the newest answer for a document. Issue 15: the number is sealed (never the same twice),
     * so the entry is found by its blind index: the old one is deleted, the new one inserted.
     */
    public void put(CachedIdentity e) {
        Sealing sealing = db.sealing();
        String blind = sealing.blind(e.document().number());
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM identity_cache WHERE doc_type = ? AND doc_blind = ?")) {
                del.setString(1, e.document().type().code());
                del.setString(2, blind);
                del.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_cache (doc_type, doc_number, outcome,"
                    + " code, given_names, first_surname, second_surname, restriction, photo, verified_at, doc_blind)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, e.document().type().code());
                ps.setString(2, sealing.seal(e.document().number()));
                ps.setString(3, e.outcome());
                ps.setString(4, e.code());
                ps.setString(5, sealing.seal(e.givenNames()));
                ps.setString(6, sealing.seal(e.firstSurname()));
                ps.setString(7, sealing.seal(e.secondSurname()));
                ps.setString(8, e.restriction());
                ps.setBytes(9, sealing.sealBlob(e.photo()));
                ps.setLong(10, e.verifiedAt().toEpochMilli());
                ps.setString(11, blind);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private String open(String stored) {
        return db.sealing().open(stored);
    }

    /** Forgets a document, e.g. when RENIEC now answers that it has no data for it. */
    public void evict(DocumentType type, String number) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM identity_cache WHERE doc_type = ? AND doc_blind = ?")) {
                ps.setString(1, type.code());
                ps.setString(2, db.sealing().blind(number));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes entries verified at or before {@code oldest}; returns how many. */
    public int purgeVerifiedUntil(Instant oldest) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM identity_cache WHERE verified_at <= ?")) {
                ps.setLong(1, oldest.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    public int size() {
        return db.read(c -> (int) SqliteFiles.scalar(c, "SELECT count(*) FROM identity_cache"));
    }
}
