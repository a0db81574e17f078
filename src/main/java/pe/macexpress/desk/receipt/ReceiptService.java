package pe.macexpress.desk.receipt;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Farewell;
import pe.macexpress.desk.core.PartOfDay;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.AttentionStore;

/**
 * Receipts of a visit: their texts in any bundled language (the citizen's, not necessarily the
 * advisor's), the PDF, the printer. Blocking: call off the FX thread (save, print, look-ups).
 */
public final class ReceiptService {
    private final Localization text;
    private final ZoneId zone;
    private final ReceiptPrinter printer;

    public ReceiptService(Localization text, ZoneId zone, ReceiptPrinter printer) {
        this.text = text;
        this.zone = zone;
        this.printer = printer;
    }

    /** Printing to the workstation's default printer. */
    public static ReceiptService standard(Localization text, ZoneId zone) {
        return new ReceiptService(text, zone, new SystemPrinter());
    }

    public Localization localization() {
        return text;
    }

    /**
     * The whole visit of the attention that gave {@code code} (a citizen asking for a copy quotes one
     * code; the receipt lists all of that visit's), oldest first; empty when no attention has it.
     */
    public static List<Attention> visitOf(AttentionStore store, String code) {
        Optional<Attention> one = store.findByCode(code);
        return one.map(a -> visit(store, List.of(a))).orElse(List.of());
    }

    /** Every attention of the visits that {@code some} belong to (a reprint from one history row), oldest first. */
    public static List<Attention> visit(AttentionStore store, List<Attention> some) {
        List<Attention> all = new ArrayList<>();
        some.stream().map(Attention::visitId).distinct().forEach(v -> all.addAll(store.findByVisit(v)));
        for (Attention a : some) {
            if (all.stream().noneMatch(b -> b.id().equals(a.id()))) {
                all.add(a); // not stored (yet): still on the receipt
            }
        }
        all.sort(Comparator.comparing(Attention::startedAt));
        return all;
    }

    /**
     * The receipt of {@code visit} in language {@code tag}.
     *
     * @param point where it was served; null when unknown (the point's id stands in)
     */
    public Receipt build(List<Attention> visit, Catalog catalog, ServicePoint point, String tag) {
        if (visit.isEmpty()) {
            throw new IllegalArgumentException("a receipt needs at least one attention");
        }
        List<Attention> ordered = visit.stream().sorted(Comparator.comparing(Attention::startedAt)).toList();
        Attention last = ordered.get(ordered.size() - 1);
        String names = ordered.stream().map(Attention::citizenNames).filter(n -> !n.isBlank())
                .reduce((a, b) -> b).orElse("");
        String where = point != null && point.id().equals(last.pointId()) ? point.name() : last.pointId();
        List<Receipt.Item> items = new ArrayList<>();
        for (Attention a : ordered) {
            String procedure = catalog.procedureName(a.procedureId(), tag);
            String outcome = text.text(tag, a.outcome().type().messageKey());
            String result = a.outcome().detail().isBlank()
                    ? text.text(tag, "receipt.outcome", outcome)
                    : text.text(tag, "receipt.outcome.detail", outcome, a.outcome().detail());
            items.add(new Receipt.Item(a.code(), procedure, result, servedVia(a.servedVia(), tag), a.outcome().type(),
                    nextSteps(a, catalog, tag)));
        }
        items = keepReceiptOnce(items);
        return new Receipt(tag, text.text(tag, "receipt.title"),
                text.text(tag, "receipt.point", where, dateTime(last.endedAt(), tag)),
                names.isBlank() ? "" : text.text(tag, "receipt.citizen", names),
                text.text(tag, "receipt.codes.heading"), items, text.text(tag, "receipt.codes.hint"),
                text.text(tag, "receipt.qr.caption"),
                farewell(ordered, names, tag));
    }

    /**
     * The protocol's farewell in language {@code tag}: an apology when something was not served or
     * was referred, the thanks, and the wish for the part of the day the visit ended in (the one the
     * greeting used, see {@link PartOfDay}).
     */
    String farewell(List<Attention> visit, String names, String tag) {
        Attention last = visit.get(visit.size() - 1);
        Farewell f = Farewell.of(visit.stream().map(a -> a.outcome().type()).toList(),
                PartOfDay.of(last.endedAt(), zone), !names.isBlank());
        return words(text, tag, f, names);
    }

    /** The farewell's words in language {@code tag}: also said at the end of a visit with no receipt. */
    public static String words(Localization text, String tag, Farewell f, String names) {
        String thanks = text.text(tag, f.thanksKey(), names);
        String wish = text.text(tag, f.wishKey());
        return f.apologizes() ? text.text(tag, "protocol.farewell.apology", text.text(tag, f.apologyKey()), thanks, wish)
                : text.text(tag, "protocol.farewell", thanks, wish);
    }

    /** Issue 16 (pictograms): what the citizen does next after {@code a}, in language {@code tag}. */
    private List<Receipt.Step> nextSteps(Attention a, Catalog catalog, String tag) {
        return pe.macexpress.desk.procedure.NextSteps.of(catalog, a.procedureId(), a.outcome(), a.servedVia().channel())
                .stream().map(s -> new Receipt.Step(s.kind(), s.sentence(text, tag), s.detail(tag))).toList();
    }

    /**
     * Issue 16 (pictograms): "keep this receipt" is about the one paper, not each attention: said once,
     * on the last attention that has it.
     */
    static List<Receipt.Item> keepReceiptOnce(List<Receipt.Item> items) {
        int last = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).next().stream().anyMatch(s -> s.kind() == pe.macexpress.desk.procedure.NextStep.Kind.KEEP_RECEIPT)) {
                last = i;
            }
        }
        List<Receipt.Item> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Receipt.Item it = items.get(i);
            out.add(i == last ? it : new Receipt.Item(it.code(), it.procedure(), it.outcome(), it.servedVia(),
                    it.outcomeType(), it.next().stream()
                    .filter(s -> s.kind() != pe.macexpress.desk.procedure.NextStep.Kind.KEEP_RECEIPT).toList()));
        }
        return out;
    }

    private String servedVia(ServedVia via, String tag) {
        String channel = text.text(tag, via.channel().messageKey());
        return via.reference().isEmpty() ? channel : text.text(tag, "receipt.via.reference", channel, via.reference());
    }

    /** The language's one date format (month names from its bundle: the JDK gives Quechua the Spanish ones). */
    private String dateTime(Instant at, String tag) {
        return text.dateTime(tag, at, zone);
    }

    public void save(Receipt receipt, Layout layout, Path file) throws IOException {
        ReceiptPdf.save(receipt, layout, file);
    }

    /** @return the printer's name */
    public String print(Receipt receipt, Layout layout) throws PrintProblem {
        try (PDDocument doc = ReceiptPdf.document(receipt, layout)) {
            // The job's name shows in the printer's queue: the title and the first code, never a name.
            return printer.print(doc, layout, receipt.title() + " " + receipt.items().get(0).code());
        } catch (IOException e) {
            throw new PrintProblem(PrintProblem.Kind.FAILED, e.getClass().getSimpleName(), e);
        }
    }
}
