package pe.macexpress.desk.voice;

import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import pe.macexpress.desk.reports.ExportTable;
import pe.macexpress.desk.store.Store;

/**
 * {@code export --what complaints}: for support, who answers "where does complaint N stand". It
 * carries the facts, the request and the advisor's action (support needs them to follow a case)
 * but no names, document, address, phone or e-mail: who complained stays in the desk and at the
 * central. Purged complaints come out with their free texts blank.
 */
public final class ComplaintExport implements ExportTable {

    /** Issue 15 (roles): citizens' free texts (or people named in them): a supervisor's export. */
    @Override
    public boolean personalData() {
        return true;
    }

    @Override
    public String name() {
        return "complaints";
    }

    @Override
    public List<String> columns() {
        return List.of("number", "filed_at", "point", "status", "due", "answered_on", "answer_via", "language",
                "facts", "request", "action");
    }

    @Override
    public void rows(Store store, Consumer<List<String>> row) {
        store.complaints().forEach(c -> row.accept(List.of(c.number().text(),
                c.filedAt().atOffset(ZoneOffset.UTC).toString(), c.pointId(), c.open() ? "open" : "answered",
                c.due().toString(), c.open() ? "" : c.answer().on().toString(),
                c.open() ? "" : c.answer().via().code(), c.filing().language(), c.filing().facts(),
                c.filing().request(), c.filing().action())));
    }

}
