package pe.macexpress.desk.sync;

/**
 * In which order the kinds leave the outbox: what must reach the central at once (a serious
 * incident, a complaint) before the bulk of attentions, and large documents last so that counts
 * never wait behind photos.
 */
public enum SendPriority {
    URGENT, HIGH, NORMAL, BULK
}
