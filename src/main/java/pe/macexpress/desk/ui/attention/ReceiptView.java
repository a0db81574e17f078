package pe.macexpress.desk.ui.attention;

import java.util.List;
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
        this(i18n, catalog, attentions, point, receipts, runner, onDone, i18n.tag());
    }

    /**
     * The receipt in {@code citizenLanguage} (issue 13: the language spoken with the citizen, chosen
     * on the identification screen), which may differ from the advisor's screen language.
     */
    public ReceiptView(I18n i18n, Catalog catalog, List<Attention> attentions, ServicePoint point,
                       ReceiptService receipts, TaskRunner runner, Runnable onDone, String citizenLanguage) {
        super(i18n, new ReceiptViewModel(receipts, runner, attentions, catalog, point,
                i18n.localization().language(citizenLanguage).tag()), "receipt.next", onDone);
    }

}
