package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.core.ServicePoint;

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

    public void upsertAdvisor(Advisor advisor, String pinHash) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO advisor (id, full_name, pin_hash, active)"
                    + " VALUES (?, ?, ?, 1) ON CONFLICT(id) DO UPDATE SET full_name = excluded.full_name,"
                    + " pin_hash = excluded.pin_hash, active = 1")) {
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
