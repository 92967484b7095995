package dk.punkt.minutes;

import java.util.List;
import java.util.stream.Collectors;

/** The minutes cannot be approved: these items of the agenda have no decision (text and outcome) yet. */
public class MissingDecisionsException extends MinutesStateException {

    private final long meetingId;
    private final List<Missing> items;

    public MissingDecisionsException(long meetingId, List<Missing> items) {
        super("The minutes of meeting " + meetingId + " cannot be approved: "
                + items.stream()
                        .map(m -> "item " + m.itemId() + " (Punkt " + m.number() + ": '" + m.title() + "')")
                        .collect(Collectors.joining(", "))
                + (items.size() == 1 ? " has" : " have") + " no decision with an outcome yet");
        this.meetingId = meetingId;
        this.items = List.copyOf(items);
    }

    public long meetingId() {
        return meetingId;
    }

    public List<Missing> items() {
        return items;
    }

    public record Missing(long itemId, int number, String title) {}
}
