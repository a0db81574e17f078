package pe.macexpress.desk.identity;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The RENIEC credential currently in force, shared by the client and {@link CredentialChange}, so a
 * changed password is used by the next query without a restart. Holds {@link PideCredentials#NONE}
 * in gateway mode. Never printed: {@link #toString()} hides the password like the credentials do.
 */
public final class CredentialSource implements Supplier<PideCredentials> {
    private final AtomicReference<PideCredentials> current;

    public CredentialSource(PideCredentials initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial));
    }

    @Override
    public PideCredentials get() {
        return current.get();
    }

    void set(PideCredentials credentials) {
        current.set(Objects.requireNonNull(credentials));
    }

    @Override
    public String toString() {
        return "CredentialSource[" + current.get() + "]";
    }
}
