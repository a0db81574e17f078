package pe.macexpress.desk.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import pe.macexpress.desk.catalog.CaptureForm;
import pe.macexpress.desk.catalog.FieldType;
import pe.macexpress.desk.catalog.FormField;
import pe.macexpress.desk.procedure.ChosenDocument;
import pe.macexpress.desk.procedure.DocumentImages;
import pe.macexpress.desk.procedure.FieldRules;
import pe.macexpress.desk.sandbox.FictitiousCitizen;

/** Answers and documents for a demo capture: valid for any form the catalogue describes. */
final class DemoAnswers {
    private DemoAnswers() {
    }

    static Map<String, String> of(CaptureForm form, FictitiousCitizen person, Random random) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (FormField f : form.fields()) {
            String value = switch (f.type()) {
                case TEXT -> cut(person.givenNames() + " " + person.firstSurname(), FieldRules.maxLength(f));
                case NUMBER -> number(f, random);
                case DATE -> LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28))
                        .toString();
                case CHOICE -> f.choices().isEmpty() ? "" : f.choices().get(random.nextInt(f.choices().size())).value();
                case PHONE -> "9" + String.format("%08d", random.nextInt(100_000_000));
                case EMAIL -> "practica" + random.nextInt(10_000) + "@example.pe";
                case DOCNUMBER -> person.dni();
                case UBIGEO -> "160108";
                case YESNO -> random.nextBoolean() ? FieldRules.YES : FieldRules.NO;
                case PHOTO, SIGNATURE -> "";
            };
            if (!value.isEmpty() && FieldRules.check(f, value).isEmpty()) {
                answers.put(f.id(), value);
            }
        }
        return answers;
    }

    static List<ChosenDocument> documents(CaptureForm form, String holder, Random random) {
        List<ChosenDocument> docs = new ArrayList<>();
        for (FormField f : form.fields()) {
            if (f.type() == FieldType.PHOTO) {
                docs.add(new ChosenDocument(f.id(), DocumentImages.photo(DemoDocuments.receipt(random, holder,
                        LocalDate.now().minusDays(random.nextInt(60))))));
            } else if (f.type() == FieldType.SIGNATURE) {
                docs.add(new ChosenDocument(f.id(), DocumentImages.signature(DemoDocuments.signature(random))));
            }
        }
        return docs;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String number(FormField f, Random random) {
        BigDecimal lo = f.min() == null ? BigDecimal.ZERO : f.min().setScale(0, RoundingMode.CEILING);
        BigDecimal hi = f.max() == null ? lo.add(BigDecimal.TEN) : f.max().setScale(0, RoundingMode.FLOOR);
        long span = Math.max(0, hi.subtract(lo).longValue());
        return lo.add(BigDecimal.valueOf(span == 0 ? 0 : random.nextLong(span + 1))).toPlainString();
    }
}
