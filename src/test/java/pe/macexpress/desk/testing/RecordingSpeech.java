package pe.macexpress.desk.testing;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import pe.macexpress.desk.speech.Speech;
import pe.macexpress.desk.speech.Utterance;

/**
 * A voice for screen tests: speaks the languages it is given, records what it was asked to say and
 * in which language, and ends at once (the real synthesizer is tested with a fake process in
 * {@code EspeakSpeechTest}).
 */
public final class RecordingSpeech implements Speech {
    public final List<String> languages = new CopyOnWriteArrayList<>();
    public final List<Utterance> said = new CopyOnWriteArrayList<>();
    private final Set<String> speaks;

    public RecordingSpeech(String... speaks) {
        this.speaks = Set.of(speaks);
    }

    @Override
    public boolean canSpeak(String languageTag) {
        return speaks.contains(languageTag);
    }

    @Override
    public void say(String languageTag, Utterance what, Runnable onEnd) {
        languages.add(languageTag);
        said.add(what);
        onEnd.run();
    }

    @Override
    public void stop() {
    }
}
