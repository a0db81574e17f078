package pe.macexpress.desk.store;

/** Work done inside one {@link Store#write} transaction. */
@FunctionalInterface
public interface TransactionWork<T> {
    T run(Transaction tx);
}
