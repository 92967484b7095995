package dk.punkt.meetings;

/** A meeting's lifecycle; each state may only move to the next. */
public enum MeetingState {
    PLANLAGT,
    DAGSORDEN_UDSENDT,
    AFHOLDT,
    REFERAT_GODKENDT;

    /** Whether a meeting in this state may move to {@code next}. */
    public boolean canBecome(MeetingState next) {
        return next.ordinal() == ordinal() + 1;
    }

    /** Whether the agenda is public (published agendas and minutes are). */
    public boolean isPublished() {
        return this != PLANLAGT;
    }
}
