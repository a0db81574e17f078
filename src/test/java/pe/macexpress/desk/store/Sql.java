package pe.macexpress.desk.store;

import java.sql.Statement;

/** Test shorthand: one value from the store's own connection. */
final class Sql {
    private Sql() {
    }

    static long number(Database db, String sql) {
        return db.read(c -> SqliteFiles.scalar(c, sql));
    }

    static String text(Database db, String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
