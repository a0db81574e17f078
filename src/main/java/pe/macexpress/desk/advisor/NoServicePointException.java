package pe.macexpress.desk.advisor;

/** The workstation was never set up with its MAC Express point: nobody can serve here yet. */
public final class NoServicePointException extends RuntimeException {
    public NoServicePointException() {
        super("no service point configured");
    }
}
