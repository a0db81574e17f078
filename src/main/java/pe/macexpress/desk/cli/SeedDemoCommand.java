package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.identity.IdentityOutcome;
import pe.macexpress.desk.identity.IdentityResult;
import pe.macexpress.desk.procedure.CaptureService;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.Population;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code seed-demo --attentions N [--captures] [--voice]}: fictitious attentions for demos and training, written
 * through the same {@link AttentionService} and {@link AttentionStore#save} as the counter (one durable
 * transaction each, with its outbox entry). With {@code --captures}, one in four is a capture of a
 * procedure with a form, saved by the counter's {@link CaptureService} with generated documents.
 * With {@code --voice}, also surveys, complaints, suggestions, compliments, incidents and
 * orientations (issue 13), each written through its own store like the counter's.
 * Training mode only.
 */
@Command(name = "seed-demo", mixinStandardHelpOptions = true)
final class SeedDemoCommand extends DataFolderCommand {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    @Option(names = "--attentions", required = true, paramLabel = "N")
    int attentions;

    @Option(names = "--captures")
    boolean captures;

    // Issue 13: the citizen's voice beside the attentions, in plausible proportions, for reports.
    @Option(names = "--voice")
    boolean voice;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        if (!settings.training()) {
            out.println(DeskCommand.say(spec, "cli.seed.production"));
            return PROBLEM;
        }
        if (attentions < 1 || attentions > 100_000) {
            out.println(DeskCommand.say(spec, "cli.seed.range"));
            return PROBLEM;
        }
        Random random = new Random();
        List<FictitiousCitizen> people = Population.standard().all();
        int days = Math.max(1, Math.min(365, (attentions + 39) / 40));
        Instant now = clock.instant();
        LocalDate today = now.atZone(LIMA).toLocalDate();
        DemoClock demoClock = new DemoClock(now);
        int saved = 0;
        int captured = 0;
        if (captures) {
            // The documents are drawn with java.awt: never a window, also on a desktop session.
            System.setProperty("java.awt.headless", "true");
        }
        try (Store db = openChecked(settings, clock)) {
            AttentionService service = new AttentionService(db, demoClock);
            Catalog inUse = new pe.macexpress.desk.catalog.CatalogService(db,
                    () -> settings.get(pe.macexpress.desk.config.ConfigKeys.SYNC_CATALOG_KEY), clock).current();
            // Capture-channel procedures only: a portal's fallback form is for when its link fails.
            List<Procedure> forms = inUse.all().stream()
                    .filter(p -> p.channel() == pe.macexpress.desk.core.Channel.CAPTURE && p.hasForm()).toList();
            // The other attentions: any procedure the catalogue in use offers, except forms without their capture.
            List<Procedure> procedures = inUse.all().stream()
                    .filter(p -> p.channel() != pe.macexpress.desk.core.Channel.CAPTURE).toList();
            if (captures && forms.isEmpty()) {
                out.println(DeskCommand.say(spec, "cli.seed.no.forms"));
                return PROBLEM;
            }
            CaptureService captureService = new CaptureService(db, service, demoClock);
            while (saved < attentions) {
                LocalDate day = today.minusDays(days - 1L - (long) saved * days / attentions);
                Instant start = day.atTime(8, 30).atZone(LIMA).toInstant()
                        .plusSeconds(random.nextInt(8 * 3600 + 1800));
                Duration length = Duration.ofMinutes(3 + random.nextInt(22));
                if (start.plus(length).isAfter(now)) {
                    start = now.minus(length.multipliedBy(2));
                }
                FictitiousCitizen person = people.get(random.nextInt(people.size()));
                Visit visit = visit(person, start, random);
                int procedureCount = random.nextInt(5) == 0 ? 2 : 1;
                for (int p = 0; p < procedureCount && saved < attentions; p++) {
                    demoClock.set(visit.currentStart().plus(length));
                    String language = random.nextInt(6) == 0 ? "qu" : "es";
                    if (captures && saved % 4 == 0) {
                        Procedure form = forms.get(random.nextInt(forms.size()));
                        captureService.save(visit, form, new Outcome(OutcomeType.PENDIENTE,
                                        "Formulario enviado a la entidad; respuesta en " + form.plazoDays() + " días hábiles"),
                                language, inUse.version(), DemoAnswers.of(form.form(), person, random),
                                DemoAnswers.documents(form.form(), visit.citizenNames(), random));
                        captured++;
                    } else {
                        Procedure chosen = procedures.get(random.nextInt(procedures.size()));
                        service.record(visit, chosen.id(), outcome(random), language,
                                new ServedVia(chosen.channel(), "", inUse.version()), (tx, a) -> { });
                    }
                    saved++;
                    visit.startNext(demoClock.instant());
                }
            }
        }
        out.println(captures ? DeskCommand.say(spec, "cli.seed.done.captures", String.valueOf(saved), String.valueOf(captured))
                : DeskCommand.say(spec, "cli.seed.done", String.valueOf(saved)));
        if (voice) {
            try (Store db = openChecked(settings, clock)) {
                // The point the demo attentions were served at, which the voice's records name too.
                if (db.advisors().point().isEmpty()) {
                    db.advisors().savePoint(TrainingData.POINT);
                }
                // Each kind's own demo decides its proportion of the attentions (e.g. a survey per three visits).
                int surveys = pe.macexpress.desk.voice.SurveyDemo.seed(db, random, clock, attentions);
                int complaints = pe.macexpress.desk.voice.ComplaintDemo.seed(db, random, clock, attentions);
                int suggestions = pe.macexpress.desk.voice.SuggestionDemo.seed(db, random, clock, attentions);
                int incidents = pe.macexpress.desk.voice.IncidentDemo.seed(db, random, clock, attentions);
                int orientations = pe.macexpress.desk.voice.OrientationDemo.seed(db, random, clock, attentions);
                out.println(DeskCommand.say(spec, "cli.seed.done.voice", String.valueOf(surveys),
                        String.valueOf(complaints), String.valueOf(suggestions), String.valueOf(incidents),
                        String.valueOf(orientations)));
            }
        }
        return OK;
    }

    private static Visit visit(FictitiousCitizen c, Instant start, Random random) {
        Document document = new Document(DocumentType.DNI, c.dni(), String.valueOf(c.checkDigit()));
        IdentityOutcome outcome = random.nextInt(10) == 0 ? IdentityOutcome.UNAVAILABLE
                : c.minor() ? IdentityOutcome.MINOR : IdentityOutcome.VERIFIED;
        String code = switch (outcome) {
            case VERIFIED -> "0000";
            case MINOR -> "0001";
            default -> "";
        };
        IdentityResult identity = new IdentityResult(outcome, code, null, false, start, "");
        String names = c.givenNames() + " " + c.firstSurname() + " " + c.secondSurname();
        return new Visit(TrainingData.ADVISORS.get(random.nextInt(TrainingData.ADVISORS.size())), TrainingData.POINT,
                document, identity, names, start);
    }

    private static Outcome outcome(Random random) {
        int r = random.nextInt(100);
        if (r < 80) {
            return new Outcome(OutcomeType.ATENDIDO, "");
        }
        if (r < 88) {
            return new Outcome(OutcomeType.PENDIENTE, "Falta copia certificada de la partida de nacimiento");
        }
        if (r < 95) {
            return new Outcome(OutcomeType.DERIVADO, "Derivado a la agencia de la entidad en la capital provincial");
        }
        return new Outcome(OutcomeType.NO_ATENDIDO, "Sistema de la entidad no disponible");
    }

    /** The time each demo attention ends; the store's own clock stays real for created_at. */
    private static final class DemoClock extends Clock {
        private Instant now;

        DemoClock(Instant now) {
            this.now = now;
        }

        void set(Instant t) {
            now = t;
        }

        @Override
        public ZoneId getZone() {
            return LIMA;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
