package pe.macexpress.desk.ui.roles;

import javafx.util.StringConverter;
import pe.macexpress.desk.core.Advisor;

/** Issue 15 (roles): advisors shown by their full name in sign-in, the PIN prompt and the lock. */
public final class AdvisorNames {
    public static final StringConverter<Advisor> CONVERTER = new StringConverter<>() {
        @Override
        public String toString(Advisor a) {
            return a == null ? "" : a.fullName();
        }

        @Override
        public Advisor fromString(String s) {
            return null;
        }
    };

    private AdvisorNames() {
    }
}
