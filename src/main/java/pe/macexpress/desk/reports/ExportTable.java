package pe.macexpress.desk.reports;

import java.util.List;
import java.util.function.Consumer;
import pe.macexpress.desk.store.Store;

/**
 * One table that {@code export --what NAME} writes: its columns and its rows, read from the
 * workstation's store. A capability adds a table by implementing this next to its records; the
 * export command lists the tables it offers. Columns are the whole promise of what leaves the
 * workstation: a table never carries a field its columns do not name.
 */
public interface ExportTable {

    /** The name {@code --what} takes (plural, lower case: surveys, complaints, …). */
    String name();

    /** Column names, stable across releases (support's scripts read them). */
    List<String> columns();

    /** Each row, its cells in {@link #columns()} order, oldest first. Never on the FX thread. */
    void rows(Store store, Consumer<List<String>> row);

    /**
     * Issue 15 (roles): whether the table carries personal data (citizens' free texts, names of
     * people): then only a supervisor exports it, with their own PIN.
     */
    default boolean personalData() {
        return false;
    }
}
