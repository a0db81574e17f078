package pe.macexpress.desk.speech;

/**
 * The workstation's voice: reads citizen-facing texts aloud in the citizen's language. Never blocks
 * the caller (the FX thread calls it); one utterance at a time, a new one replaces the old. Where no
 * synthesizer or no voice for a language is installed, {@link #canSpeak} says so and screens hide
 * their speaker button.
 */
public interface Speech {

    /** Whether a voice for {@code languageTag} ("es", "qu", "ay", …) is installed. */
    boolean canSpeak(String languageTag);

    /**
     * Starts saying {@code what} in {@code languageTag}, stopping whatever was being said; returns at
     * once. {@code onEnd} runs exactly once when it finished, was stopped or failed: on a background
     * thread, or on the stopping thread when it was stopped before it began (callers hop to their own).
     */
    void say(String languageTag, Utterance what, Runnable onEnd);

    /** Stops the current utterance, if any; returns at once. */
    void stop();

    /**
     * Completes once {@link #canSpeak} knows its answer (the synthesizer's voices have been listed, in
     * the background); screens ask again then. Already complete where nothing is to be found.
     */
    default java.util.concurrent.CompletableFuture<Void> ready() {
        return java.util.concurrent.CompletableFuture.completedFuture(null);
    }

    /** No synthesizer: nothing can be spoken. */
    Speech NONE = new Speech() {
        @Override
        public boolean canSpeak(String languageTag) {
            return false;
        }

        @Override
        public void say(String languageTag, Utterance what, Runnable onEnd) {
            onEnd.run();
        }

        @Override
        public void stop() {
        }
    };
}
