package pe.macexpress.desk.security;

/**
 * Where audited actions are written (the store's audit chain), for services that must not know the
 * store: enrollment, exports. {@link #record} throws when the row cannot be written; the caller
 * then does not do the action.
 */
@FunctionalInterface
public interface AuditTrail {
    void record(AuditEvent event);

    /** The actor of a command-line action: "cli:" and the OS user's name. */
    static String cliActor() {
        String user = System.getProperty("user.name", "");
        return "cli:" + (user.isBlank() ? "?" : TextGuard.clean(user, 64));
    }
}
