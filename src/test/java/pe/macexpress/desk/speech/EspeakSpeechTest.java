package pe.macexpress.desk.speech;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pe.macexpress.desk.testing.FakeSynthesizer.await;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.testing.FakeSynthesizer;

/** eSpeak NG driven through a fake synthesizer on a PATH of the test's own: what it is asked to say, and how it stops. */
@DisabledOnOs(OS.WINDOWS)
class EspeakSpeechTest {
    private static final Localization L = Localization.bundledOnly();
    @TempDir
    Path bin;
    private EspeakSpeech speech;

    @AfterEach
    void quiet() {
        if (speech != null) {
            speech.stop();
        }
    }

    private EspeakSpeech found(FakeSynthesizer fake, Map<String, String> voices) throws Exception {
        speech = EspeakSpeech.find(fake.path(), L, new EspeakSpeech.Options(EspeakSpeech.Options.DEFAULT_RATE, voices));
        speech.ready().get(20, TimeUnit.SECONDS);
        return speech;
    }

    private static Utterance receipt() {
        return Utterance.builder().text("DNI").documentNumber("45678912").text("Código").code("A-047")
                .text("Tasa").money(new BigDecimal("30.50")).text("Fecha").day(LocalDate.of(2026, 12, 2)).build();
    }

    @Test
    void saysThePreparedWordsOnItsStandardInputInTheLatinAmericanSpanishVoice() throws Exception {
        FakeSynthesizer fake = FakeSynthesizer.install(bin, "espeak-ng");
        found(fake, Map.of());
        assertTrue(speech.canSpeak("es"));
        CountDownLatch ended = new CountDownLatch(1);
        speech.say("es", receipt(), ended::countDown);
        FakeSynthesizer.Started s = fake.awaitStarted();
        assertEquals(new SpokenText(L).words("es", receipt()) + "\n", s.said());
        assertEquals("DNI cuatro cinco seis, siete ocho nueve, uno dos Código a, cero, cuatro, siete Tasa treinta soles"
                + " con cincuenta céntimos Fecha dos de diciembre de dos mil veintiséis\n", s.said());
        assertEquals(List.of("-v", "es-419", "-s", "140", "-b", "1", "--stdin"), s.args(),
                "the voice and rate on the command line, and nothing of what is said");
        assertEquals(1, ended.getCount(), "still speaking");
        speech.stop();
        assertTrue(ended.await(20, TimeUnit.SECONDS), "stopping ends the utterance");
        s.awaitGone();
    }

    @Test
    void stopReturnsAtOnceAndKillsTheProcessAndItsChildren() throws Exception {
        FakeSynthesizer fake = FakeSynthesizer.install(bin, "espeak-ng");
        found(fake, Map.of());
        AtomicInteger ends = new AtomicInteger();
        speech.say("qu", Utterance.builder().count(2026).build(), ends::incrementAndGet);
        FakeSynthesizer.Started s = fake.awaitStarted();
        assertEquals("iskay waranqa iskay chunka suqtayuq\n", s.said());
        assertEquals("qu", s.args().get(1));
        assertTrue(s.alive());
        speech.stop();
        s.awaitGone();
        await(() -> ends.get() == 1, "onEnd");
        speech.stop(); // nothing to stop: no second onEnd
        assertEquals(1, ends.get(), "onEnd runs exactly once");
    }

    @Test
    void aNewUtteranceStopsTheOldOne() throws Exception {
        FakeSynthesizer fake = FakeSynthesizer.install(bin, "espeak-ng");
        found(fake, Map.of());
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        speech.say("es", Utterance.of("primero"), first::countDown);
        FakeSynthesizer.Started one = fake.awaitStarted();
        speech.say("es", Utterance.of("segundo"), second::countDown);
        assertTrue(first.await(20, TimeUnit.SECONDS), "the first one ended");
        one.awaitGone();
        FakeSynthesizer.Started two = fake.awaitStarted();
        assertEquals("segundo\n", two.said());
        assertEquals(1, second.getCount());
        speech.stop();
        two.awaitGone();
        assertTrue(second.await(20, TimeUnit.SECONDS));
    }

    @Test
    void theVoiceListIsAskedOnceAndOnlyWhenFirstNeeded() throws Exception {
        FakeSynthesizer fake = FakeSynthesizer.install(bin, "espeak-ng");
        speech = EspeakSpeech.find(fake.path(), L, EspeakSpeech.Options.DEFAULT);
        assertEquals(0, fake.voiceListsAsked(), "finding the synthesizer starts no process");
        speech.canSpeak("es"); // the first question starts the list in the background (and returns at once)
        speech.ready().get(20, TimeUnit.SECONDS);
        assertTrue(speech.canSpeak("es"));
        assertTrue(speech.canSpeak("gn"));
        fake.endEachUtteranceAtOnce();
        CountDownLatch ended = new CountDownLatch(1);
        speech.say("gn", Utterance.of("mba'éichapa"), ended::countDown);
        assertTrue(ended.await(20, TimeUnit.SECONDS), "an utterance that ends by itself ends the call");
        assertEquals("gn", fake.awaitStarted().args().get(1));
        assertEquals(1, fake.voiceListsAsked());
    }

    @Test
    void aymaraHasNoVoiceUnlessTheWorkstationLendsItTheQuechuaOne() throws Exception {
        FakeSynthesizer fake = FakeSynthesizer.install(bin, "espeak-ng");
        found(fake, Map.of());
        assertFalse(speech.canSpeak("ay"), "eSpeak NG has no Aymara voice");
        CountDownLatch ended = new CountDownLatch(1);
        speech.say("ay", Utterance.of("kamisaki"), ended::countDown);
        assertTrue(ended.await(20, TimeUnit.SECONDS));
        assertFalse(fake.anyStarted(), "nothing is said in a language without a voice");

        EspeakSpeech lent = found(fake, Map.of("ay", "qu"));
        assertTrue(lent.canSpeak("ay"));
        lent.say("ay", Utterance.builder().count(2026).build(), () -> { });
        FakeSynthesizer.Started s = fake.awaitStarted();
        assertEquals("qu", s.args().get(1));
        assertEquals("pä waranqa pä tunka suxtani\n", s.said(), "Aymara words, read by the Quechua voice");
        lent.stop();
        s.awaitGone();
    }

    @Test
    void aVoiceThatFailsIsNotOfferedAgainButTheOthersStay() throws Exception {
        FakeSynthesizer fake = FakeSynthesizer.install(bin, "espeak-ng");
        found(fake, Map.of());
        fake.failEachUtterance();
        CountDownLatch ended = new CountDownLatch(1);
        speech.say("es", Utterance.of("hola"), ended::countDown);
        assertTrue(ended.await(20, TimeUnit.SECONDS), "a failure ends the utterance");
        await(() -> !speech.canSpeak("es"), "Spanish to be given up");
        assertTrue(speech.canSpeak("qu"));
    }

    @Test
    void noSynthesizerOnThePathMeansNothingCanBeSpokenAndNothingBreaks() throws Exception {
        for (String path : new String[] {"", null, bin.toString(), bin.resolve("missing") + File.pathSeparator}) {
            EspeakSpeech none = EspeakSpeech.find(path, L, EspeakSpeech.Options.DEFAULT);
            none.ready().get(20, TimeUnit.SECONDS);
            for (String tag : List.of("es", "qu", "ay", "gn")) {
                assertFalse(none.canSpeak(tag), tag);
            }
            CountDownLatch ended = new CountDownLatch(1);
            none.say("es", Utterance.of("hola"), ended::countDown);
            assertTrue(ended.await(20, TimeUnit.SECONDS));
            none.stop();
            assertTrue(none.program().isEmpty());
        }
    }

    @Test
    void aSynthesizerWhoseVoiceListFailsSpeaksNoLanguage() throws Exception {
        FakeSynthesizer fake = FakeSynthesizer.install(bin, "espeak-ng");
        fake.failTheVoiceList();
        found(fake, Map.of());
        assertFalse(speech.canSpeak("es"));
        assertFalse(speech.canSpeak("qu"));
    }

    @Test
    void aSynthesizerThatHangsNeverHoldsTheCaller() throws Exception {
        FakeSynthesizer fake = FakeSynthesizer.install(bin, "espeak-ng");
        fake.hangOnTheVoiceList();
        speech = EspeakSpeech.find(fake.path(), L, EspeakSpeech.Options.DEFAULT);
        CountDownLatch ended = new CountDownLatch(1);
        // Each call returns while the voice list hangs (the test would hang otherwise).
        assertFalse(speech.canSpeak("es"), "no answer yet: no button");
        speech.say("es", Utterance.of("hola"), ended::countDown);
        assertEquals(1, ended.getCount(), "waiting for its turn");
        speech.stop();
        assertEquals(0, ended.getCount(), "an utterance stopped before it started ends at once");
        assertFalse(speech.canSpeak("qu"));
        speech.ready().get(40, TimeUnit.SECONDS);
        assertFalse(speech.canSpeak("es"), "a synthesizer that hangs is given up");
    }

    @Test
    void theOlderEspeakIsUsedWhenEspeakNgIsMissingAndTheFirstOnThePathWins(@TempDir Path other) throws Exception {
        FakeSynthesizer.install(bin, "espeak");
        Files.createDirectories(other.resolve("espeak-ng")); // a folder of that name is not a program
        assertEquals(bin.resolve("espeak"),
                EspeakSpeech.locate(other + File.pathSeparator + bin).orElseThrow());
        Path third = Files.createDirectories(other.resolve("ng"));
        FakeSynthesizer.install(third, "espeak-ng");
        Path relative = Files.createDirectories(Path.of("target", "relative-bin"));
        FakeSynthesizer.install(relative, "espeak-ng");
        assertTrue(EspeakSpeech.locate(relative.toString()).isEmpty(), "a relative folder in PATH is not searched");
        assertEquals(third.resolve("espeak-ng"),
                EspeakSpeech.locate(bin + File.pathSeparator + other + File.pathSeparator + third).orElseThrow(),
                "espeak-ng is preferred wherever it is");
    }

    @Test
    void voiceListRowsAreReadByTheirLanguageColumn() {
        assertEquals(List.of("af", "es", "es-419", "gn", "qu"),
                List.copyOf(EspeakSpeech.parseVoices(FakeSynthesizer.VOICES)));
    }
}
