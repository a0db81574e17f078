package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.SampleAttentions;
import pe.macexpress.desk.voice.Feedback;
import pe.macexpress.desk.voice.SuggestionDemo;

/** {@code export --what surveys|suggestions --format csv} writes the voice tables with their promised columns. */
class ExportVoiceCommandTest {
    @TempDir
    Path home;

    @Test
    void surveysAndSuggestionsAreExportedAnonymously() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\nworkstation.id=TAMBO-01\n");
        var attention = SampleAttentions.of(5);
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            db.attentions().save(attention);
            Feedback f = new Feedback(db.feedback(), Clock.systemUTC(), java.time.ZoneId.of("America/Lima"));
            f.survey("TAMBO-01", "qu", Arrays.asList(5, 5, 4, null, 5, 5), "", false);
            SuggestionDemo.seed(db, new Random(3), Clock.systemUTC(), 100);
        }
        Path out = home.resolve("surveys.csv");
        DeskCli.Result r = DeskCli.run(home, "export", "--what", "surveys", "--format", "csv", "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        String csv = Files.readString(out);
        assertTrue(csv.startsWith("point,day,language,treatment,information,time,outcome,accessibility,trust,comment,compliment\r\n"), csv);
        assertTrue(csv.contains(",qu,5,5,4,\"\",5,5,"), csv);
        for (String personal : new String[] {attention.code(), attention.document().number(), attention.advisorId(),
                attention.visitId().toString(), attention.id().toString()}) {
            assertFalse(csv.contains(personal), personal);
        }
        Path sugg = home.resolve("suggestions.csv");
        DeskCli.Result s = DeskCli.asSupervisor(home, "export", "--what", "suggestions", "--out", sugg.toString());
        assertEquals(0, s.code(), s.out() + s.err());
        String rows = Files.readString(sugg);
        assertTrue(rows.startsWith("type,point,day,language,text\r\n"), rows);
        assertEquals(1 + 2 + 3, rows.split("\r\n").length, "header, 2 suggestions and 3 compliments for 100 attentions");
        assertFalse(rows.contains("Quispe") || rows.contains("Mamani") || rows.contains("Huamán"), "no names");
    }
}
