package pe.macexpress.desk.advisor;

import java.util.List;
import java.util.Optional;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.AdvisorStore;

/** Offline sign-in: advisors and PIN hashes are in the local store, no server is asked. */
public final class SignInService {
    private final AdvisorStore advisors;
    private final PinHasher hasher;

    public SignInService(AdvisorStore advisors, PinHasher hasher) {
        this.advisors = advisors;
        this.hasher = hasher;
    }

    public List<Advisor> advisors() {
        return advisors.activeAdvisors();
    }

    /**
     * Slow on purpose (PBKDF2): call it off the FX thread. Empty when the PIN is wrong.
     *
     * @throws NoServicePointException when this workstation has no service point configured
     */
    public Optional<AdvisorSession> signIn(Advisor advisor, String pin) {
        if (advisor == null || pin == null || pin.isEmpty()) {
            return Optional.empty();
        }
        boolean ok = advisors.pinHash(advisor.id()).filter(stored -> hasher.verify(pin, stored)).isPresent();
        if (!ok) {
            return Optional.empty();
        }
        ServicePoint point = advisors.point()
                .orElseThrow(NoServicePointException::new);
        return Optional.of(new AdvisorSession(advisor, point));
    }
}
