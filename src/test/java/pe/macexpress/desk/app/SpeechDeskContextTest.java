package pe.macexpress.desk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.speech.EspeakSpeech;

/**
 * Issue 16: the desk reads aloud through the workstation's eSpeak NG, found on PATH, without slowing
 * its start: opening the desk starts no synthesizer process (the voice list waits for a screen).
 */
class SpeechDeskContextTest {
    @TempDir
    Path home;

    @Test
    void theDeskUsesTheSynthesizerOnPathAndOpeningStartsNoProcess() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "speech.rate=120\nspeech.voices=ay=qu\n");
        try (DeskContext ctx = DeskContext.open(DeskSettings.load(home), Clock.systemUTC())) {
            EspeakSpeech speech = (EspeakSpeech) ctx.speech();
            assertEquals(EspeakSpeech.find(System.getenv("PATH"), ctx.localization(), EspeakSpeech.Options.DEFAULT)
                    .program(), speech.program(), "the one found on this PC's PATH, if any");
            List<String> synthesizers = ProcessHandle.current().descendants()
                    .map(p -> p.info().command().orElse(""))
                    .filter(c -> c.contains("espeak")).toList();
            assertEquals(List.of(), synthesizers, "no synthesizer runs before a screen asks for one");
            assertEquals(new EspeakSpeech.Options(120, java.util.Map.of("ay", "qu")), speech.options(),
                    "speech.rate and speech.voices from the settings file");
        }
    }
}
