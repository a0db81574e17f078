package pe.macexpress.desk.ui.attention;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.receipt.ReceiptScreen;
import pe.macexpress.desk.ui.receipt.ReceiptViewModel;

/**
 * Step 5: the receipt — each procedure with the code the citizen can quote, print, PDF, copy — and
 * the farewell. The screen itself is {@link ReceiptScreen}; a reprint from History uses
 * {@link pe.macexpress.desk.ui.receipt.Reprint}.
 */
public final class ReceiptView extends ReceiptScreen {

    /**
     * The receipt of a visit's saved attentions (citizen's names taken from them), in the advisor's
     * language until another is chosen on the screen.
     *
     * @param receipts texts (in the counter's time zone), PDF and printer; {@link ReceiptService#standard}
     *                 for the default printer
     * @param runner   where printing and saving run (never the FX thread)
     * @param onDone   "attend the next citizen"
     */
    public ReceiptView(I18n i18n, Catalog catalog, List<Attention> attentions, ServicePoint point,
                       ReceiptService receipts, TaskRunner runner, Runnable onDone) {
        super(i18n, new ReceiptViewModel(receipts, runner, attentions, catalog, point, i18n.tag()), "receipt.next",
                onDone);
    }

    /** The flow's own call: the default printer, and a background thread per print or save. */
    ReceiptView(I18n i18n, Catalog catalog, Visit visit, ZoneId zone, Runnable onNext) {
        this(i18n, catalog, visit.saved(), visit.point(), ReceiptService.standard(i18n.localization(), zone),
                threadPerTask(), onNext);
    }

    /** Printing and saving are rare (a click each): a daemon thread per task, the result back on the FX thread. */
    static TaskRunner threadPerTask() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                Thread t = new Thread(() -> {
                    try {
                        T result = work.call();
                        Platform.runLater(() -> onSuccess.accept(result));
                    } catch (Exception | Error e) {
                        Platform.runLater(() -> onFailure.accept(e));
                    }
                }, "receipt-output");
                t.setDaemon(true);
                t.start();
            }
        };
    }
}
