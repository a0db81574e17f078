package pe.macexpress.desk.store;

import java.sql.Connection;

/**
 * An open write transaction of the {@link Store}, handed to work run by {@link Store#write}, so
 * that several repositories commit together (e.g. the outbox's settlement and the time of the last sync).
 * Opaque outside this package: only repositories reach the connection behind it.
 */
public final class Transaction {
    private final Connection connection;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }
}
