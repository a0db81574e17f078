package pe.macexpress.desk.i18n;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Issue 16 (review): how much of each installed language a native speaker has reviewed. Per
 * language: the strings of the Spanish source, how many the language has (translated) and lacks
 * (they show Spanish), how many have a valid review mark ({@link ReviewMarks}), how many are
 * unreviewed (present without a valid mark), how many of those have only marks out of date (the
 * text changed since), and the glossary's findings ({@link GlossaryCheck}). Spanish is the source
 * language: reported as such, never as unreviewed. No UI here: the command line and the
 * supervisor's screen show it.
 */
public final class ReviewReport {
    /** A string's state in a language. */
    public enum Status {
        SOURCE, REVIEWED, UNREVIEWED, OUT_OF_DATE, MISSING;

        /** {@code review.status.out.of.date}, … */
        public String messageKey() {
            return "review.status." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    /** One key in one language; reviewer and date of the valid mark (or of the one out of date), else "" and null. */
    public record KeyDetail(String language, String key, Status status, String reviewer, LocalDate date) {
    }

    /**
     * One language's figures. {@code unreviewed} includes {@code outOfDate} (present, and its marks are
     * all of an older text).
     */
    public record LanguageFigures(String tag, String name, boolean source, int spanish, int present, int missing,
                                  int reviewed, int unreviewed, int outOfDate, int glossaryFindings) {
        /** Translated share, whole percent, rounded down (100 only when nothing is missing). */
        public int translatedPercent() {
            return spanish == 0 ? 100 : (int) (present * 100L / spanish);
        }
    }

    public record Result(List<LanguageFigures> languages, List<KeyDetail> details, List<GlossaryCheck.Finding> findings) {
        public Optional<LanguageFigures> language(String tag) {
            return languages.stream().filter(l -> l.tag().equals(tag)).findFirst();
        }

        public List<KeyDetail> details(String tag) {
            return details.stream().filter(d -> d.language().equals(tag)).toList();
        }
    }

    private ReviewReport() {
    }

    /**
     * The report over {@code l}'s installed languages, with the marks shipped and those of
     * {@code homeI18n} (may be null), and {@code glossary}'s findings. Reads files: off the FX thread.
     */
    public static Result build(Localization l, Path homeI18n, GlossaryCheck glossary) {
        List<GlossaryCheck.Finding> findings = glossary.check(l);
        TreeSet<String> spanish = new TreeSet<>(l.keys(Localization.FALLBACK));
        List<LanguageFigures> figures = new ArrayList<>();
        List<KeyDetail> details = new ArrayList<>();
        for (Language language : l.languages()) {
            String tag = language.tag();
            int glossaryFindings = GlossaryCheck.of(findings, tag).size();
            if (tag.equals(Localization.FALLBACK)) {
                figures.add(new LanguageFigures(tag, language.displayName(), true, spanish.size(), spanish.size(), 0,
                        0, 0, 0, glossaryFindings));
                continue;
            }
            ReviewMarks marks = ReviewMarks.load(tag, homeI18n);
            int present = 0;
            int reviewed = 0;
            int outOfDate = 0;
            for (String key : spanish) {
                String text = l.stored(tag, key);
                if (text == null) {
                    details.add(new KeyDetail(tag, key, Status.MISSING, "", null));
                    continue;
                }
                present++;
                Optional<ReviewMarks.Mark> valid = marks.valid(key, text);
                if (valid.isPresent()) {
                    reviewed++;
                    details.add(new KeyDetail(tag, key, Status.REVIEWED, valid.get().reviewer(), valid.get().date()));
                } else if (marks.hasMarks(key)) {
                    outOfDate++;
                    ReviewMarks.Mark old = marks.latest(key).orElseThrow();
                    details.add(new KeyDetail(tag, key, Status.OUT_OF_DATE, old.reviewer(), old.date()));
                } else {
                    details.add(new KeyDetail(tag, key, Status.UNREVIEWED, "", null));
                }
            }
            figures.add(new LanguageFigures(tag, language.displayName(), false, spanish.size(), present,
                    spanish.size() - present, reviewed, present - reviewed, outOfDate, glossaryFindings));
        }
        return new Result(List.copyOf(figures), List.copyOf(details), findings);
    }
}
