package pe.macexpress.desk.sync;

/**
 * Where sync hands a catalogue downloaded from the central (the signed envelope, exact bytes). The
 * sink checks and installs it, or refuses it and keeps the one in use; sync never interprets it.
 */
@FunctionalInterface
public interface CatalogSink {
    /** @return true when installed, false when refused (the sink records why) */
    boolean offer(byte[] envelope);
}
