package dk.punkt.meetings;

import dk.punkt.meetings.MeetingView.Attendee;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Command: plan a meeting. A null start time, end time or location takes the committee's default; null
 * participants take the committee's members; null absences mean none.
 */
public record NewMeeting(
        long committeeId,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        List<Attendee> participants,
        List<Attendee> absent) {}
