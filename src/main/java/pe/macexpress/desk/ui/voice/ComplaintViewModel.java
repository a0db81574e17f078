package pe.macexpress.desk.ui.voice;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.receipt.Layout;
import pe.macexpress.desk.receipt.PrintProblem;
import pe.macexpress.desk.receipt.ReceiptPrinter;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.voice.ComplaintPdf;
import pe.macexpress.desk.voice.ComplaintService;

/**
 * The Libro de Reclamaciones' form: the fields, the summary the citizen reads in THEIR language and
 * confirms, filing (off the FX thread), then the copy printed or saved as PDF in that language.
 * Holds no controls.
 */
public final class ComplaintViewModel {
    /** Form → summary (the citizen confirms) → filed (number, copy). */
    public enum Step { FORM, SUMMARY, FILED }

    /** A message for the advisor: a key and its arguments. */
    public record Message(String key, List<Object> args) {
    }

    private final ComplaintService service;
    private final Supplier<ServicePoint> point;
    private final Supplier<String> advisorId;
    private final Localization l10n;
    private final TaskRunner runner;
    private final ZoneId zone;
    private final ReceiptPrinter printer;

    private final ObjectProperty<DocumentType> documentType = new SimpleObjectProperty<>(DocumentType.DNI);
    private final StringProperty documentNumber = new SimpleStringProperty("");
    private final StringProperty names = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<ComplaintFiling.ReplyVia> replyVia =
            new SimpleObjectProperty<>(ComplaintFiling.ReplyVia.EMAIL);
    private final BooleanProperty minor = new SimpleBooleanProperty();
    private final StringProperty guardianNames = new SimpleStringProperty("");
    private final StringProperty guardianDocument = new SimpleStringProperty("");
    private final StringProperty facts = new SimpleStringProperty("");
    private final StringProperty request = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("es");
    private final BooleanProperty citizenRead = new SimpleBooleanProperty();
    private final BooleanProperty readAloud = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FORM);
    private final ObservableList<ComplaintFiling.Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Complaint> filed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private UUID visitId;
    private static final String PDF = ".pdf";

    /**
     * @param advisorLanguage the advisor's screen language: the citizen's by default
     * @param printer the workstation's printer (the receipt's)
     */
    public ComplaintViewModel(ComplaintService service, Supplier<ServicePoint> point, Supplier<String> advisorId,
                              Localization l10n, TaskRunner runner, ZoneId zone, ReceiptPrinter printer,
                              String advisorLanguage) {
        this.service = service;
        this.point = point;
        this.advisorId = advisorId;
        this.l10n = l10n;
        this.runner = runner;
        this.zone = zone;
        this.printer = printer;
        language.set(advisorLanguage);
        // Either way of confirming, never both: the copy says which one happened.
        citizenRead.addListener((o, was, now) -> {
            if (now) {
                readAloud.set(false);
            }
        });
        readAloud.addListener((o, was, now) -> {
            if (now) {
                citizenRead.set(false);
            }
        });
    }

    /** The citizen of the visit under way: identification typed already (may be changed). */
    public void prefill(UUID visit, DocumentType type, String number, String citizenNames) {
        this.visitId = visit;
        if (type != null) {
            documentType.set(type);
        }
        documentNumber.set(number == null ? "" : number);
        names.set(citizenNames == null ? "" : citizenNames);
    }

    private ComplaintFiling filing() {
        ComplaintFiling.Confirmation c = citizenRead.get() ? ComplaintFiling.Confirmation.CITIZEN_READ
                : readAloud.get() ? ComplaintFiling.Confirmation.READ_ALOUD : null;
        return new ComplaintFiling(visitId, advisorId.get(), documentType.get(), documentNumber.get(), names.get(),
                address.get(), phone.get(), email.get(), replyVia.get(), minor.get(), guardianNames.get(),
                guardianDocument.get(), facts.get(), request.get(), action.get(), language.get(), c);
    }

    /** "Revisar": to the summary when the form is whole; otherwise the problems say what to fix. */
    public boolean review() {
        List<ComplaintFiling.Problem> found = filing().problems().stream()
                .filter(p -> p != ComplaintFiling.Problem.NOT_CONFIRMED).toList();
        problems.setAll(found);
        if (found.isEmpty()) {
            citizenRead.set(false);
            readAloud.set(false);
            message.set(null);
            step.set(Step.SUMMARY);
            return true;
        }
        message.set(new Message("complaint.fix", List.of()));
        return false;
    }

    /** Back from the summary to the form, everything typed kept. */
    public void correct() {
        if (step.get() == Step.SUMMARY && !busy.get()) {
            step.set(Step.FORM);
        }
    }

    /** The summary in the citizen's language (what they read, or what the advisor reads aloud). */
    public String summary() {
        ComplaintFiling f = filing();
        String lang = f.language();
        StringBuilder s = new StringBuilder();
        s.append(l10n.text(lang, "complaint.summary.who", f.names(), l10n.text(lang, f.documentType().messageKey()),
                f.documentNumber())).append('\n');
        if (f.minor()) {
            s.append(l10n.text(lang, "complaint.copy.guardian", f.guardianNames())).append('\n');
        }
        s.append(l10n.text(lang, "complaint.copy.reply." + f.replyVia().code())).append(": ")
                .append(f.replyVia() == ComplaintFiling.ReplyVia.EMAIL ? f.email() : f.address()).append("\n\n");
        s.append(l10n.text(lang, "complaint.copy.facts")).append('\n').append(f.facts()).append("\n\n");
        s.append(l10n.text(lang, "complaint.copy.request")).append('\n').append(f.request()).append("\n\n");
        s.append(l10n.text(lang, "complaint.copy.action")).append('\n').append(f.action()).append("\n\n");
        s.append(l10n.text(lang, "complaint.copy.due", service.answerDays(),
                l10n.date(lang, service.dueFrom(service.today()))));
        return s.toString();
    }

    /** "Registrar": stores it with the point's next number (off the FX thread). */
    public void file() {
        if (step.get() != Step.SUMMARY || busy.get()) {
            return;
        }
        ComplaintFiling f = filing();
        if (!f.problems().isEmpty()) {
            problems.setAll(f.problems());
            message.set(new Message(f.problems().contains(ComplaintFiling.Problem.NOT_CONFIRMED)
                    ? "complaint.confirm.first" : "complaint.fix", List.of()));
            return;
        }
        ServicePoint p = point.get();
        busy.set(true);
        message.set(new Message("complaint.filing", List.of()));
        runner.run(() -> service.file(f, p.id()), c -> {
            busy.set(false);
            filed.set(c);
            problems.clear();
            message.set(new Message("complaint.filed", List.of(c.number().text())));
            step.set(Step.FILED);
        }, e -> {
            busy.set(false);
            message.set(new Message("complaint.file.failed", List.of()));
        });
    }

    /** Saves the citizen's copy where the advisor chose; null (dialog cancelled) does nothing. */
    public void save(Path file) {
        Complaint c = filed.get();
        if (file == null || c == null || busy.get()) {
            return;
        }
        ServicePoint p = point.get();
        int days = service.answerDays();
        busy.set(true);
        String advisor = advisorId.get();
        runner.run(() -> {
            service.auditCopyExport(advisor, c, "pdf"); // issue 15 (audit): no row, no file
            ComplaintPdf.save(c, p, days, l10n, zone, file);
            return file;
        }, f -> {
            busy.set(false);
            message.set(new Message("complaint.saved", List.of(f.toString())));
        }, e -> {
            busy.set(false);
            message.set(new Message("complaint.save.failed", List.of(file.toString())));
        });
    }

    /** Prints the citizen's copy on the workstation's printer. */
    public void print() {
        Complaint c = filed.get();
        if (c == null || busy.get()) {
            return;
        }
        ServicePoint p = point.get();
        int days = service.answerDays();
        busy.set(true);
        runner.run(() -> {
            try (var doc = ComplaintPdf.document(c, p, days, l10n, zone)) {
                return printer.print(doc, Layout.A5, c.number().text());
            }
        }, name -> {
            busy.set(false);
            message.set(new Message("complaint.printed", List.of(name)));
        }, e -> {
            busy.set(false);
            message.set(new Message(e instanceof PrintProblem pp ? pp.kind().messageKey() : "receipt.print.failed",
                    List.of()));
        });
    }

    /** A file name to offer: the number only, no personal data. */
    public String suggestedFileName() {
        return "reclamo-" + (filed.get() == null ? "" : filed.get().number().text()) + PDF;
    }

    public ObjectProperty<DocumentType> documentTypeProperty() {
        return documentType;
    }

    public StringProperty documentNumberProperty() {
        return documentNumber;
    }

    public StringProperty namesProperty() {
        return names;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public ObjectProperty<ComplaintFiling.ReplyVia> replyViaProperty() {
        return replyVia;
    }

    public BooleanProperty minorProperty() {
        return minor;
    }

    public StringProperty guardianNamesProperty() {
        return guardianNames;
    }

    public StringProperty guardianDocumentProperty() {
        return guardianDocument;
    }

    public StringProperty factsProperty() {
        return facts;
    }

    public StringProperty requestProperty() {
        return request;
    }

    public StringProperty actionProperty() {
        return action;
    }

    /** The citizen's language: the summary's and the copy's. */
    public StringProperty languageProperty() {
        return language;
    }

    public BooleanProperty citizenReadProperty() {
        return citizenRead;
    }

    public BooleanProperty readAloudProperty() {
        return readAloud;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObservableList<ComplaintFiling.Problem> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<Complaint> filedProperty() {
        return filed.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public int answerDays() {
        return service.answerDays();
    }
}
