package pe.macexpress.desk.core;

import java.util.Objects;

/**
 * How one attention's procedure was carried out: the channel used, the entity's own reference
 * (the portal's operation, request or receipt number; blank when there is none) and the version
 * of the catalogue it was served under.
 */
public record ServedVia(Channel channel, String reference, String catalogVersion) {
    /** Longest entity reference kept: the longest portal numbers seen are about 30 characters. */
    public static final int MAX_REFERENCE = 64;

    public ServedVia {
        Objects.requireNonNull(channel);
        reference = reference == null ? "" : reference.strip();
        catalogVersion = catalogVersion == null ? "" : catalogVersion;
        if (reference.length() > MAX_REFERENCE) {
            throw new IllegalArgumentException("entity reference longer than " + MAX_REFERENCE);
        }
    }

    /** What attentions saved before channels existed were: done at the counter, catalogue unknown. */
    public static final ServedVia UNRECORDED = new ServedVia(Channel.COUNTER, "", "");

    public static ServedVia counter(String catalogVersion) {
        return new ServedVia(Channel.COUNTER, "", catalogVersion);
    }
}
