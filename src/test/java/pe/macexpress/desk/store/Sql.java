package pe.macexpress.desk.store;

import java.sql.Statement;

/**
 * Test shorthand: SQL on the store's own connection, for tests in any package that need to look at
 * (or damage) the database behind the repositories. Test code only: main code outside {@code store}
 * never sees SQL.
 */
public final class Sql {
    private Sql() {
    }

    /** One number, e.g. a count or a PRAGMA. */
    public static long number(Store store, String sql) {
        return store.database().read(c -> SqliteFiles.scalar(c, sql));
    }

    /** One text value, or null. */
    public static String text(Store store, String sql) {
        return store.database().read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    /** Runs statements (e.g. a PRAGMA or an UPDATE) in one transaction. */
    public static void execute(Store store, String... statements) {
        store.database().write(c -> {
            try (Statement st = c.createStatement()) {
                for (String s : statements) {
                    st.execute(s);
                }
            }
            return null;
        });
    }

    /** Gives the file's free pages back (the purge's vacuum): the next insert needs pages it may not get. */
    public static void dropFreePages(Store store) {
        store.database().compactAfterPurge();
    }
}
