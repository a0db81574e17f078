package pe.macexpress.desk.identity;

import java.util.Arrays;

/**
 * What RENIEC returned about a citizen. Fields may be blank: PIDE omits them freely.
 * {@link #toString()} hides everything personal so that a careless log line leaks nothing.
 *
 * @param photoJpeg JPEG bytes (checked by magic number and size), or null
 */
public record Citizen(String givenNames, String firstSurname, String secondSurname, String address,
                      String civilStatus, String place, String restriction, byte[] photoJpeg) {

    public Citizen {
        givenNames = clean(givenNames);
        firstSurname = clean(firstSurname);
        secondSurname = clean(secondSurname);
        address = clean(address);
        civilStatus = clean(civilStatus);
        place = clean(place);
        restriction = clean(restriction);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** "Given names First Second", as read aloud at the farewell. */
    public String fullName() {
        return String.join(" ", givenNames, firstSurname, secondSurname).strip().replaceAll("\\s+", " ");
    }

    /** A restriction worth showing the advisor ("NINGUNA" means none). */
    public boolean hasRestriction() {
        return !restriction.isEmpty() && !restriction.equalsIgnoreCase("NINGUNA");
    }

    public boolean hasPhoto() {
        return photoJpeg != null && photoJpeg.length > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Citizen c && fullName().equals(c.fullName()) && Arrays.equals(photoJpeg, c.photoJpeg);
    }

    @Override
    public int hashCode() {
        return fullName().hashCode();
    }

    @Override
    public String toString() {
        return "Citizen[personal data hidden]";
    }
}
