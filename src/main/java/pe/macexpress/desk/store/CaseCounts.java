package pe.macexpress.desk.store;

/**
 * The figures the sign-in notice and the status bar show.
 *
 * @param overdue open, no result, plazo ended before today
 * @param dueThisWeek open, no result, plazo ends within the next 7 days (today included)
 * @param unreadResults results from the central no advisor has opened yet
 */
public record CaseCounts(int open, int overdue, int dueThisWeek, int unreadResults) {
    public static final CaseCounts NONE = new CaseCounts(0, 0, 0, 0);
}
