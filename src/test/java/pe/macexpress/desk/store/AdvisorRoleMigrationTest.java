package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.security.Role;

/**
 * Issue 15 (roles): a workstation's advisors from before roles existed become advisors, and the
 * oldest becomes the point's supervisor so that nobody is locked out of Supervisión.
 */
class AdvisorRoleMigrationTest {
    @TempDir
    Path dir;

    @Test
    void existingAdvisorsGetRolesAndTheOldestBecomesSupervisor() throws SQLException {
        Path file = dir.resolve("desk.db");
        try (Connection c = SqliteFiles.connect(file)) {
            // Up to the step before the one that adds roles (later steps may follow it).
            int rolesStep = 0;
            while (!Migrations.STEPS.get(rolesStep).contains("ALTER TABLE advisor ADD COLUMN role")) {
                rolesStep++;
            }
            Migrations.apply(c, Migrations.STEPS, rolesStep);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO advisor (id, full_name, pin_hash, active) VALUES ('ADV-9', 'Zoila Vela', 'h', 0)");
                st.execute("INSERT INTO advisor (id, full_name, pin_hash, active) VALUES ('ADV-2', 'Rosa Mamani', 'h', 1)");
                st.execute("INSERT INTO advisor (id, full_name, pin_hash, active) VALUES ('ADV-1', 'Ana Quispe', 'h', 1)");
            }
        }
        try (Store db = Store.open(file, Clock.systemUTC())) {
            assertEquals(List.of(new Advisor("ADV-2", "Rosa Mamani")), db.advisors().withRole(Role.SUPERVISOR),
                    "the first active advisor added (an inactive one does not count)");
            assertEquals(List.of(new Advisor("ADV-1", "Ana Quispe")), db.advisors().withRole(Role.ADVISOR));
            assertEquals(0, db.advisors().account("ADV-1").orElseThrow().failures());
        }
    }
}
