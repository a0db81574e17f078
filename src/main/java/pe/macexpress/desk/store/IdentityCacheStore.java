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
                    + " WHERE doc_type = ? AND doc_number = ? AND verified_at > ?")) {
                ps.setString(1, document.type().code());
                ps.setString(2, document.number());
                ps.setLong(3, notBefore.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new CachedIdentity(new Document(document.type(), document.number(), ""),
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getBytes(7), Instant.ofEpochMilli(rs.getLong(8))));
                }
            }
        });
    }

    public void put(CachedIdentity e) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_cache (doc_type, doc_number, outcome,"
                    + " code, given_names, first_surname, second_surname, restriction, photo, verified_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_type, doc_number) DO UPDATE SET"
                    + " outcome = excluded.outcome, code = excluded.code, given_names = excluded.given_names,"
                    + " first_surname = excluded.first_surname, second_surname = excluded.second_surname,"
                    + " restriction = excluded.restriction, photo = excluded.photo, verified_at = excluded.verified_at")) {
                ps.setString(1, e.document().type().code());
                ps.setString(2, e.document().number());
                ps.setString(3, e.outcome());
                ps.setString(4, e.code());
                ps.setString(5, e.givenNames());
                ps.setString(6, e.firstSurname());
                ps.setString(7, e.secondSurname());
                ps.setString(8, e.restriction());
                ps.setBytes(9, e.photo());
                ps.setLong(10, e.verifiedAt().toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets a document, e.g. when RENIEC now answers that it has no data for it. */
    public void evict(DocumentType type, String number) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM identity_cache WHERE doc_type = ? AND doc_number = ?")) {
                ps.setString(1, type.code());
                ps.setString(2, number);
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
