package dk.punkt.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Command: plan a series of meetings, e.g. every second Thursday 9:00–12:00 from a start date until an end date or
 * for a number of meetings. Null times and location take the committee's defaults, as for {@link NewMeeting}.
 */
public record NewMeetingSeries(
        long committeeId,
        LocalDate from,
        DayOfWeek weekday,
        int intervalWeeks,
        LocalDate until,
        Integer count,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        java.util.List<MeetingView.Attendee> participants) {

    /** A series is planned for at most two years of weekly meetings at a time. */
    public static final int MAX_MEETINGS = 104;

    /**
     * The dates of the series: the first {@code weekday} on or after {@code from}, then every {@code intervalWeeks}
     * weeks, up to and including {@code until} or until {@code count} dates.
     *
     * @throws IllegalArgumentException naming the field that is missing or out of range
     */
    public List<LocalDate> dates() {
        if (from == null) {
            throw new IllegalArgumentException("Meeting series: from (the first date) is missing");
        }
        if (weekday == null) {
            throw new IllegalArgumentException("Meeting series: weekday is missing");
        }
        if (intervalWeeks < 1 || intervalWeeks > 52) {
            throw new IllegalArgumentException(
                    "Meeting series: intervalWeeks must be between 1 and 52, was " + intervalWeeks);
        }
        if ((until == null) == (count == null)) {
            throw new IllegalArgumentException("Meeting series: give either until (an end date) or count, not "
                    + (until == null ? "neither" : "both"));
        }
        if (count != null && (count < 1 || count > MAX_MEETINGS)) {
            throw new IllegalArgumentException(
                    "Meeting series: count must be between 1 and " + MAX_MEETINGS + ", was " + count);
        }
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("Meeting series: until " + until + " is before the first date " + from);
        }
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = from.with(TemporalAdjusters.nextOrSame(weekday));
        while ((count != null ? dates.size() < count : !date.isAfter(until))) {
            if (dates.size() == MAX_MEETINGS) {
                throw new IllegalArgumentException("Meeting series: more than " + MAX_MEETINGS + " meetings from "
                        + from + " to " + until + "; plan a shorter series");
            }
            dates.add(date);
            date = date.plusWeeks(intervalWeeks);
        }
        if (dates.isEmpty()) {
            throw new IllegalArgumentException(
                    "Meeting series: there is no " + weekday + " between " + from + " and " + until);
        }
        return List.copyOf(dates);
    }
}
