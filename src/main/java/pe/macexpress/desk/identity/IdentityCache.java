package pe.macexpress.desk.identity;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.Database;

/**
 * Identities confirmed by RENIEC or MIGRACIONES, kept on the workstation to spare the daily quota
 * and to serve a repeat visit while PIDE is unreachable. Names and verification time are kept; the
 * photo only when {@code keepPhotos} (configuration {@code identity.cache.photo=true}). Entries older
 * than the lifetime ({@code identity.cache.days}, default 30) are never served and are purged.
 */
public final class IdentityCache {
    public static final Duration DEFAULT_LIFETIME = Duration.ofDays(30);

    private final Database db;
    private final Clock clock;
    private final Duration lifetime;
    private final boolean keepPhotos;

    public IdentityCache(Database db, Clock clock, Duration lifetime, boolean keepPhotos) {
        this.db = db;
        this.clock = clock;
        this.lifetime = lifetime;
        this.keepPhotos = keepPhotos;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A fresh entry as a result with {@code cached()=true} and {@code answeredAt} = original verification. */
    public Optional<IdentityResult> lookup(Document document) {
        long oldest = clock.instant().minus(lifetime).toEpochMilli();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT outcome, code, given_names, first_surname,"
                    + " second_surname, restriction, photo, verified_at FROM identity_cache"
                    + " WHERE doc_type = ? AND doc_number = ? AND verified_at > ?")) {
                ps.setString(1, document.type().code());
                ps.setString(2, document.number());
                ps.setLong(3, oldest);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    IdentityOutcome outcome;
                    try {
                        outcome = IdentityOutcome.valueOf(rs.getString(1));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                    Citizen citizen = new Citizen(rs.getString(3), rs.getString(4), rs.getString(5), "", "", "",
                            rs.getString(6), rs.getBytes(7));
                    return Optional.of(new IdentityResult(outcome, rs.getString(2), citizen, true,
                            Instant.ofEpochMilli(rs.getLong(8)), "local cache"));
                }
            }
        });
    }

    /** Keeps a VERIFIED or MINOR answer; other outcomes are ignored. */
    public void put(Document document, IdentityResult result) {
        if ((result.outcome() != IdentityOutcome.VERIFIED && result.outcome() != IdentityOutcome.MINOR)
                || result.citizen() == null || result.cached()) {
            return;
        }
        Citizen p = result.citizen();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO identity_cache (doc_type, doc_number, outcome,"
                    + " code, given_names, first_surname, second_surname, restriction, photo, verified_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(doc_type, doc_number) DO UPDATE SET"
                    + " outcome = excluded.outcome, code = excluded.code, given_names = excluded.given_names,"
                    + " first_surname = excluded.first_surname, second_surname = excluded.second_surname,"
                    + " restriction = excluded.restriction, photo = excluded.photo, verified_at = excluded.verified_at")) {
                ps.setString(1, document.type().code());
                ps.setString(2, document.number());
                ps.setString(3, result.outcome().name());
                ps.setString(4, result.code());
                ps.setString(5, p.givenNames());
                ps.setString(6, p.firstSurname());
                ps.setString(7, p.secondSurname());
                ps.setString(8, p.restriction());
                ps.setBytes(9, keepPhotos && p.hasPhoto() ? p.photoJpeg() : null);
                ps.setLong(10, (result.answeredAt() == null ? clock.instant() : result.answeredAt()).toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets a document, e.g. when RENIEC now answers that it has no data for it. */
    public void evict(Document document) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM identity_cache WHERE doc_type = ? AND doc_number = ?")) {
                ps.setString(1, document.type().code());
                ps.setString(2, document.number());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Deletes entries past their lifetime; returns how many. */
    public int purgeExpired() {
        long oldest = clock.instant().minus(lifetime).toEpochMilli();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM identity_cache WHERE verified_at <= ?")) {
                ps.setLong(1, oldest);
                return ps.executeUpdate();
            }
        });
    }

    public int size() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM identity_cache");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }
}
