package dk.punkt.meetings.internal;

/**
 * The planning form as typed: dates and times stay text until {@link MeetingForms} has checked them, so a bad value
 * is shown back next to its field instead of failing the binding. {@code series} is "on" for a series.
 */
public record PlanForm(
        Long committeeId,
        String series,
        String date,
        String startTime,
        String endTime,
        String location,
        String participants,
        String weekday,
        String intervalWeeks,
        String until,
        String count) {

    public boolean isSeries() {
        return "on".equals(series) || "true".equals(series);
    }
}
