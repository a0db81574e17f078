package pe.macexpress.desk.app;

import java.util.List;
import java.util.Optional;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.Population;
import pe.macexpress.desk.sandbox.TrainingData;

/**
 * What training mode shows on screen so a course needs no handout: the demo advisors' PIN and
 * fictitious documents to practise with. Empty in production. Built here, in the composition root,
 * so the screens never reach into the sandbox.
 *
 * @param demoPin   every demo advisor's PIN; blank in production
 * @param documents fictitious documents, one per case a trainee should see
 */
public record TrainingHints(String demoPin, List<PracticeDocument> documents) {

    /** Production: nothing to hint. */
    public static final TrainingHints NONE = new TrainingHints("", List.of());

    /** What answer a practice document gets from the sandbox's RENIEC. */
    public enum Case {
        ADULT,
        MINOR,
        NOT_REGISTERED
    }

    /** A document as the advisor types it: a DNI with its check character, "10117410-2". */
    public record PracticeDocument(Case kind, String typed) {
    }

    public TrainingHints {
        documents = List.copyOf(documents);
    }

    static TrainingHints from(Population people) {
        FictitiousCitizen adult = people.firstAdult();
        FictitiousCitizen minor = people.firstMinor();
        String unknown = Population.unknownDni();
        return new TrainingHints(TrainingData.DEMO_PIN, List.of(
                new PracticeDocument(Case.ADULT, adult.dni() + "-" + adult.checkDigit()),
                new PracticeDocument(Case.MINOR, minor.dni() + "-" + minor.checkDigit()),
                new PracticeDocument(Case.NOT_REGISTERED, unknown + "-" + DniCheck.digit(unknown))));
    }

    public boolean hasDemoPin() {
        return !demoPin.isEmpty();
    }

    public Optional<String> document(Case kind) {
        return documents.stream().filter(d -> d.kind() == kind).map(PracticeDocument::typed).findFirst();
    }
}
