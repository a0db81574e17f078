package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on the store's connection. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
