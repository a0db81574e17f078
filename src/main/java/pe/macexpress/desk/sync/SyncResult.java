package pe.macexpress.desk.sync;

/**
 * The figures of one sync run.
 *
 * @param sent records uploaded (a record resent after a failure counts once per upload)
 * @param accepted records the central stored for the first time (or as a newer revision)
 * @param duplicate records the central already had with the same content: success
 * @param rejected records the central refused (quarantined with the reason)
 * @param conflict same id, different content at the central (quarantined)
 * @param pending outbox entries still not acknowledged at the end (pending, sending or quarantined)
 * @param requests HTTP requests made, retries included
 * @param bytes bytes on the wire both ways, headers included (as counted by the client)
 */
public record SyncResult(SyncOutcome outcome, int sent, int accepted, int duplicate, int rejected, int conflict,
                         int pending, int requests, long bytes) {

    /** The {@code sync} command's last line; scripts parse it. */
    public String summaryLine() {
        return "sent=" + sent + " accepted=" + accepted + " duplicate=" + duplicate + " rejected=" + rejected
                + " conflict=" + conflict + " pending=" + pending + " requests=" + requests + " bytes=" + bytes;
    }
}
