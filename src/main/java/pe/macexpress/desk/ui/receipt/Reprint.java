package pe.macexpress.desk.ui.receipt;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * A receipt again, for a past visit: History hands over the attentions of a row (one or more), the
 * whole visit is read from the store off the FX thread, and the receipt screen shows it; "back"
 * returns to the screen that asked (History, with its search as it was).
 */
public final class Reprint implements Consumer<List<Attention>> {
    private final I18n i18n;
    private final AttentionStore store;
    private final Supplier<Catalog> catalogs;
    private final Supplier<ServicePoint> point;
    private final ReceiptService receipts;
    private final TaskRunner runner;
    private final Supplier<Node> current;
    private final Consumer<Node> show;

    /**
     * @param point   the point this workstation serves (its name goes on the receipt); null when unknown
     * @param current the screen open now, shown again on "back"
     * @param show    puts a screen in the window
     */
    public Reprint(I18n i18n, AttentionStore store, Supplier<Catalog> catalogs, Supplier<ServicePoint> point,
                   ReceiptService receipts, TaskRunner runner, Supplier<Node> current, Consumer<Node> show) {
        this.i18n = i18n;
        this.store = store;
        this.catalogs = catalogs;
        this.point = point;
        this.receipts = receipts;
        this.runner = runner;
        this.current = current;
        this.show = show;
    }

    @Override
    public void accept(List<Attention> attentions) {
        if (attentions.isEmpty()) {
            return;
        }
        Node back = current.get();
        Catalog catalog = catalogs.get();
        ServicePoint where = point.get();
        runner.run(() -> ReceiptService.visit(store, attentions),
                visit -> show.accept(screen(visit, catalog, where, back)),
                e -> show.accept(screen(attentions, catalog, where, back)));
    }

    private ReceiptScreen screen(List<Attention> visit, Catalog catalog, ServicePoint where, Node back) {
        return new ReceiptScreen(i18n, new ReceiptViewModel(receipts, runner, visit, catalog, where, i18n.tag()),
                "receipt.back", () -> show.accept(back));
    }
}
