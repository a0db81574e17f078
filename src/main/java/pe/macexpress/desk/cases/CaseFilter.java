package pe.macexpress.desk.cases;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiPredicate;
import pe.macexpress.desk.store.FollowUpCase;

/** The follow-up screen's filters (and {@code cases --open}). */
public enum CaseFilter {
    OPEN((c, today) -> c.isOpen()),
    OVERDUE(FollowUpCase::isOverdue),
    DUE_THIS_WEEK((c, today) -> c.isOpen() && c.result() == null && !c.isOverdue(today)
            && c.dueDate().isBefore(today.plusDays(7))),
    WITH_RESULT((c, today) -> c.result() != null && c.isOpen()),
    CLOSED((c, today) -> !c.isOpen()),
    ALL((c, today) -> true);

    private final BiPredicate<FollowUpCase, LocalDate> test;

    CaseFilter(BiPredicate<FollowUpCase, LocalDate> test) {
        this.test = test;
    }

    public boolean matches(FollowUpCase c, LocalDate today) {
        return test.test(c, today);
    }

    public String messageKey() {
        return "case.filter." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
