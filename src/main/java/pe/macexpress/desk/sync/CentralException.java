package pe.macexpress.desk.sync;

import java.time.Duration;

/**
 * A request to the central that gave no usable answer. {@link SyncError#UNAUTHORIZED} and {@link SyncError#FORBIDDEN} are final
 * (enroll again); everything else may be retried, after {@link #retryAfter()} when the central said.
 * The message never holds a token or personal data.
 */
public final class CentralException extends Exception {
    private final SyncError error;
    private final Duration retryAfter;

    CentralException(SyncError error, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.error = error;
        this.retryAfter = retryAfter;
    }

    public SyncError error() {
        return error;
    }

    /** The central's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public boolean retryable() {
        return error != SyncError.UNAUTHORIZED && error != SyncError.NOT_ENROLLED && error != SyncError.FORBIDDEN;
    }
}
