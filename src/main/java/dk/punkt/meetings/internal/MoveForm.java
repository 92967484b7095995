package dk.punkt.meetings.internal;

/** The form for moving a meeting, as typed; {@code version} is the meeting version the user saw. */
public record MoveForm(String date, String startTime, String endTime, String location, Long version) {}
