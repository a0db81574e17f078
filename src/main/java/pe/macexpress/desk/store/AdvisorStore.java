package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.security.Role;

/** Advisors allowed at this workstation (with their PIN hashes) and the service point. */
public final class AdvisorStore {
    private final Database db;

    AdvisorStore(Database db) {
        this.db = db;
    }

    public List<Advisor> activeAdvisors() {
        return db.read(c -> {
            List<Advisor> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, full_name FROM advisor WHERE active = 1 ORDER BY full_name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Advisor(rs.getString(1), rs.getString(2)));
                }
            }
            return list;
        });
    }

    public Optional<String> pinHash(String advisorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT pin_hash FROM advisor WHERE id = ? AND active = 1")) {
                ps.setString(1, advisorId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Issue 15: an active advisor as sign-in needs them: role, PIN hash, and the lockout kept across
     * restarts (failures in a row, locked until when; {@link Instant#EPOCH} when not locked).
     * {@link #toString()} leaves the hash out.
     */
    public record Account(Advisor advisor, Role role, String pinHash, int failures, Instant lockedUntil) {
        @Override
        public String toString() {
            return "Account[" + advisor.id() + " " + role.code() + " failures=" + failures + "]";
        }
    }

    /** The active advisor {@code advisorId}, with role, hash and lockout; empty when unknown or inactive. */
    public Optional<Account> account(String advisorId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, full_name, role, pin_hash, pin_failures,"
                    + " locked_until FROM advisor WHERE id = ? AND active = 1")) {
                ps.setString(1, advisorId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Account(new Advisor(rs.getString(1), rs.getString(2)),
                            Role.fromCode(rs.getString(3)).orElse(Role.ADVISOR), rs.getString(4), rs.getInt(5),
                            Instant.ofEpochMilli(rs.getLong(6))));
                }
            }
        });
    }

    /** Active advisors of {@code role}, by name (e.g. the supervisors a PIN prompt offers). */
    public List<Advisor> withRole(Role role) {
        return db.read(c -> {
            List<Advisor> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, full_name FROM advisor WHERE active = 1 AND role = ? ORDER BY full_name")) {
                ps.setString(1, role.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Advisor(rs.getString(1), rs.getString(2)));
                    }
                }
            }
            return list;
        });
    }

    /** The role of the active advisor {@code advisorId}. */
    public Optional<Role> role(String advisorId) {
        return account(advisorId).map(Account::role);
    }

    /**
     * Issue 15: what the slow PIN hash is computed over: the PIN keyed with this database's
     * blind-index key (HMAC), which lives outside the data folder. A hash copied without that key
     * cannot be checked against any PIN, however few digits it has.
     */
    public String pepper(String pin) {
        return db.cipher().blind("advisor.pin\0" + pin);
    }

    /** A wrong PIN (or a try while locked): the failures in a row and until when sign-in is refused, with its audit row in {@code tx}. */
    public void recordFailure(Transaction tx, String advisorId, int failures, Instant lockedUntil) {
        update(tx, "UPDATE advisor SET pin_failures = ?, locked_until = ? WHERE id = ?", ps -> {
            ps.setInt(1, failures);
            ps.setLong(2, lockedUntil.toEpochMilli());
            ps.setString(3, advisorId);
        });
    }

    /** A right PIN: the lockout is cleared; {@code newHash}, when not null, replaces the stored hash (an upgrade). */
    public void recordSuccess(Transaction tx, String advisorId, String newHash) {
        if (newHash == null) {
            update(tx, "UPDATE advisor SET pin_failures = 0, locked_until = 0 WHERE id = ?", ps -> ps.setString(1, advisorId));
        } else {
            update(tx, "UPDATE advisor SET pin_failures = 0, locked_until = 0, pin_hash = ? WHERE id = ?", ps -> {
                ps.setString(1, newHash);
                ps.setString(2, advisorId);
            });
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static void update(Transaction tx, String sql, Binder binder) {
        Connection c = tx.connection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    /**
     * Adds or updates an advisor with {@code role} (issue 15); a new PIN hash clears any lockout.
     * The hash must have been made over {@link #pepper} of the PIN.
     */
    public void upsertAdvisor(Advisor advisor, Role role, String pinHash) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO advisor (id, full_name, pin_hash, active, role)"
                    + " VALUES (?, ?, ?, 1, ?) ON CONFLICT(id) DO UPDATE SET full_name = excluded.full_name,"
                    + " pin_hash = excluded.pin_hash, active = 1, role = excluded.role, pin_failures = 0,"
                    + " locked_until = 0")) {
                ps.setString(1, advisor.id());
                ps.setString(2, advisor.fullName());
                ps.setString(3, pinHash);
                ps.setString(4, role.code());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Adds or updates an advisor; a new one is an advisor, an existing one keeps its role. */
    public void upsertAdvisor(Advisor advisor, String pinHash) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO advisor (id, full_name, pin_hash, active)"
                    + " VALUES (?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET full_name = excluded.full_name,"
                    + " pin_hash = excluded.pin_hash, active = 1, pin_failures = 0, locked_until = 0")) {
                ps.setString(1, advisor.id());
                ps.setString(2, advisor.fullName());
                ps.setString(3, pinHash);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public void savePoint(ServicePoint p) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO service_point (id, name, type, ubigeo, place)"
                    + " VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
                    + " type = excluded.type, ubigeo = excluded.ubigeo, place = excluded.place")) {
                ps.setString(1, p.id());
                ps.setString(2, p.name());
                ps.setString(3, p.type().name());
                ps.setString(4, p.ubigeo());
                ps.setString(5, p.place());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<ServicePoint> point() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, name, type, ubigeo, place FROM service_point ORDER BY rowid LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ServicePoint(rs.getString(1), rs.getString(2),
                                PointType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)))
                        : Optional.empty();
            }
        });
    }
}
