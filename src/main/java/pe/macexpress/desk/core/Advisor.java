package pe.macexpress.desk.core;

/** An advisor who may sign in at this workstation. The PIN hash never leaves the store. */
public record Advisor(String id, String fullName) {

    public String firstName() {
        String trimmed = fullName.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }
}
