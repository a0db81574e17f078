package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.speech.EspeakSpeech;
import pe.macexpress.desk.testing.FakeSynthesizer;

/** Issue 16: {@code doctor} tells support whether this PC can read aloud, and in which voice per language. */
@DisabledOnOs(OS.WINDOWS)
class DoctorSpeechTest {

    @Test
    void reportsTheVoiceFoundForSpanishQuechuaAndAymara(@TempDir Path bin) throws Exception {
        FakeSynthesizer fake = FakeSynthesizer.install(bin, "espeak-ng");
        EspeakSpeech speech = EspeakSpeech.find(fake.path(), Localization.bundledOnly(), EspeakSpeech.Options.DEFAULT);
        Map<String, String> voices = DoctorCommand.voices(speech);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("es", "es-419");
        expected.put("qu", "qu");
        expected.put("ay", null);
        assertEquals(expected, voices, "eSpeak NG has no Aymara voice");
        JsonNode json = new ObjectMapper().readTree(DoctorCommand.withSpeech("{\"integrity\":\"ok\"}", speech, voices));
        assertEquals("ok", json.get("integrity").asText(), "the rest of the line is kept");
        assertEquals(bin.resolve("espeak-ng").toString(), json.at("/speech/program").asText());
        assertEquals("es-419", json.at("/speech/voices/es").asText());
        assertTrue(json.at("/speech/voices/ay").isNull());

        EspeakSpeech lent = EspeakSpeech.find(fake.path(), Localization.bundledOnly(), EspeakSpeech.Options.of(140, "ay=qu"));
        assertEquals("qu", DoctorCommand.voices(lent).get("ay"), "the workstation lends Aymara the Quechua voice");
    }

    @Test
    void withoutASynthesizerNoVoiceAndNoProgram() throws Exception {
        EspeakSpeech none = EspeakSpeech.find("", Localization.bundledOnly(), EspeakSpeech.Options.DEFAULT);
        Map<String, String> voices = DoctorCommand.voices(none);
        assertTrue(voices.values().stream().allMatch(v -> v == null), voices.toString());
        JsonNode json = new ObjectMapper().readTree(DoctorCommand.withSpeech("{}", none, voices));
        assertTrue(json.at("/speech/program").isNull());
    }
}
