package pe.macexpress.desk.identity;

/**
 * The RENIEC credential triple sent inside each request. In gateway mode the workstation has
 * none: the gateway adds them. {@link #toString()} never prints the password.
 */
public record PideCredentials(String nuDniUsuario, String nuRucUsuario, String password) {

    public static final PideCredentials NONE = new PideCredentials("", "", "");

    public PideCredentials {
        nuDniUsuario = nuDniUsuario == null ? "" : nuDniUsuario.strip();
        nuRucUsuario = nuRucUsuario == null ? "" : nuRucUsuario.strip();
        password = password == null ? "" : password;
    }

    public boolean isPresent() {
        return !password.isEmpty();
    }

    @Override
    public String toString() {
        return "PideCredentials[user=" + (nuDniUsuario.isEmpty() ? "-" : "****" + nuDniUsuario.substring(
                Math.max(0, nuDniUsuario.length() - 2))) + ", password=" + (isPresent() ? "****" : "none") + "]";
    }
}
