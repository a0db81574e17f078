package pe.macexpress.desk.ui.voice;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.voice.ComplaintService;

/**
 * Open complaints in Seguimiento (issue 13): each with its number and due day (overdue ones
 * marked), the numbers a restored backup lost, and the answer an advisor or supervisor records,
 * which closes the complaint and queues its new revision for the central.
 */
public final class ComplaintCasesViewModel {
    private final ComplaintService service;
    private final Supplier<String> pointId;
    private final Supplier<String> advisorId;
    private final TaskRunner runner;
    private final ObservableList<Complaint> open = FXCollections.observableArrayList();
    /** "4–5, 9" or empty. */
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>(LocalDate.now());
    private final ReadOnlyObjectWrapper<ComplaintViewModel.Message> message = new ReadOnlyObjectWrapper<>();

    public ComplaintCasesViewModel(ComplaintService service, Supplier<String> pointId, Supplier<String> advisorId,
                                   TaskRunner runner) {
        this.service = service;
        this.pointId = pointId;
        this.advisorId = advisorId;
        this.runner = runner;
    }

    private record Snapshot(List<Complaint> open, List<long[]> missing, LocalDate today, boolean markFailed) {
    }

    /** Reads the open complaints and the lost numbers again (off the FX thread). */
    public void refresh() {
        String point = pointId.get();
        runner.run(() -> new Snapshot(service.list(true), point == null ? List.of() : service.missingNumbers(point),
                service.today(), service.numberMarkFailed()), s -> {
                    open.setAll(s.open());
                    today.set(s.today());
                    missing.set(String.join(", ", s.missing().stream()
                            .map(r -> r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "–" + r[1]).toList()));
                    if (s.markFailed()) {
                        message.set(new ComplaintViewModel.Message("complaint.cases.mark.failed", List.of()));
                    }
                }, e -> message.set(new ComplaintViewModel.Message("complaint.cases.failed", List.of())));
    }

    /** Records the answer (date sent, how, short summary); false when the input is not acceptable. */
    public boolean answer(Complaint c, LocalDate on, Complaint.AnswerVia via, String summary) {
        String s = summary == null ? "" : summary.strip();
        if (on == null || via == null || s.isEmpty() || s.length() > Complaint.Answer.MAX_SUMMARY
                || on.isAfter(today.get()) || on.isBefore(c.filedAt().atZone(pe.macexpress.desk.cases.CasePolicy.ZONE)
                .toLocalDate())) {
            message.set(new ComplaintViewModel.Message("complaint.answer.invalid", List.of()));
            return false;
        }
        String by = advisorId.get();
        runner.run(() -> service.answer(c.id(), on, via, s, by), done -> {
            message.set(new ComplaintViewModel.Message("complaint.answer.saved", List.of(c.number().text())));
            refresh();
        }, e -> message.set(new ComplaintViewModel.Message("complaint.answer.failed", List.of())));
        return true;
    }

    public ObservableList<Complaint> open() {
        return open;
    }

    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComplaintViewModel.Message> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
