package pe.macexpress.desk.sync;

/**
 * Documents (captured photos, scans, signatures) not yet held by the central, shown apart from the
 * records: they are few but large, and go after the records.
 *
 * @param pending documents still to upload
 * @param bytes their bytes not yet acknowledged by the central
 * @param setAside documents set aside after an error (refused hash, missing file), for support
 */
public record DocumentBacklog(int pending, long bytes, int setAside) {
    public static final DocumentBacklog NONE = new DocumentBacklog(0, 0, 0);
}
