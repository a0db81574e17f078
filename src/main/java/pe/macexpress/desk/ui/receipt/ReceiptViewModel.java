package pe.macexpress.desk.ui.receipt;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.receipt.Layout;
import pe.macexpress.desk.receipt.PrintProblem;
import pe.macexpress.desk.receipt.Receipt;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * The receipt screen's state: the receipt in the language the citizen chose (the advisor's by
 * default), the paper, and what the last print, save or copy did. Printing and saving run off the
 * FX thread; building the receipt is text only and runs where it is asked.
 */
public final class ReceiptViewModel {
    /** A message for the advisor, in the advisor's language: a key and its arguments. */
    public record Message(String key, List<Object> args) {
        public static final Message NONE = new Message("", List.of());

        public Message {
            args = List.copyOf(args);
        }
    }

    private final ReceiptService receipts;
    private final TaskRunner runner;
    private final List<Attention> visit;
    private final Catalog catalog;
    private final ServicePoint point;
    private final ObjectProperty<String> language;
    private final ObjectProperty<Layout> layout = new SimpleObjectProperty<>(Layout.A5);
    private final ReadOnlyObjectWrapper<Receipt> receipt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(Message.NONE);
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ReceiptViewModel(ReceiptService receipts, TaskRunner runner, List<Attention> visit, Catalog catalog,
                            ServicePoint point, String language) {
        this.receipts = receipts;
        this.runner = runner;
        this.visit = List.copyOf(visit);
        this.catalog = catalog;
        this.point = point;
        this.language = new SimpleObjectProperty<>(language);
        receipt.set(receipts.build(this.visit, catalog, point, language));
        this.language.addListener((o, was, now) -> {
            if (now != null) {
                receipt.set(receipts.build(this.visit, catalog, point, now));
            }
        });
        layout.addListener((o, was, now) -> {
            if (now == null) {
                layout.set(was); // one paper is always chosen
            }
        });
    }

    /** The receipt's language tag ("es", "qu"); changing it rebuilds the receipt. */
    public ObjectProperty<String> languageProperty() {
        return language;
    }

    public ObjectProperty<Layout> layoutProperty() {
        return layout;
    }

    public ReadOnlyObjectProperty<Receipt> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public List<Attention> visit() {
        return visit;
    }

    /** To the workstation's printer; "no printer" says to save the PDF instead. */
    public void print() {
        if (busy.get()) {
            return;
        }
        Receipt r = receipt.get();
        Layout l = layout.get();
        start();
        runner.run(() -> receipts.print(r, l), printer -> done(new Message("receipt.printed", List.of(printer))),
                e -> done(new Message(e instanceof PrintProblem p ? p.kind().messageKey() : "receipt.print.failed",
                        List.of())));
    }

    /** Writes the PDF to {@code file} (chosen by the advisor); null (dialog cancelled) does nothing. */
    public void save(Path file) {
        if (file == null || busy.get()) {
            return;
        }
        Receipt r = receipt.get();
        Layout l = layout.get();
        start();
        runner.run(() -> {
            receipts.save(r, l, file);
            return file;
        }, f -> done(new Message("receipt.saved", List.of(f.toString()))),
                e -> done(new Message("receipt.save.failed", List.of(file.toString()))));
    }

    /** What "copy codes" puts on the clipboard: the codes, one per line. */
    public String codes() {
        return receipt.get().codes();
    }

    /** The clipboard now holds {@link #codes()}. */
    public void copied() {
        message.set(new Message("receipt.copied", List.of()));
    }

    /** A file name to offer in the save dialog: the first code, no personal data. */
    public String firstCode() {
        return receipt.get().items().get(0).code();
    }

    private void start() {
        busy.set(true);
        message.set(new Message("receipt.working", List.of()));
    }

    private void done(Message m) {
        busy.set(false);
        message.set(m);
    }
}
