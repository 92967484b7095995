package dk.punkt.minutes;

import dk.punkt.meetings.MeetingService;
import dk.punkt.meetings.MeetingView;
import dk.punkt.minutes.internal.MeetingSession;
import dk.punkt.minutes.internal.MeetingSessionRepository;
import dk.punkt.minutes.internal.PresenceNote;
import dk.punkt.minutes.internal.PresenceNoteRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The running meeting: the item on screen (the projector follows it) and late arrivals and early departures. */
@Service
@Transactional
public class MeetingModeService {

    static final int MAX_NAME = 200;

    private final MeetingSessionRepository sessions;
    private final PresenceNoteRepository presence;
    private final MeetingService meetings;
    private final Clock clock;

    MeetingModeService(
            MeetingSessionRepository sessions,
            PresenceNoteRepository presence,
            MeetingService meetings,
            ObjectProvider<Clock> clock) {
        this.sessions = sessions;
        this.presence = presence;
        this.meetings = meetings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The secretary opened this item: it is the one the projector shows. */
    public void show(long meetingId, long itemId) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        MeetingSession session = sessions.findByMeetingId(meetingId).orElseGet(() -> new MeetingSession(meetingId, at));
        if (session.currentItemId() == null || session.currentItemId() != itemId) {
            session.show(itemId, at);
            sessions.save(session);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Long> currentItem(long meetingId) {
        return sessions.findByMeetingId(meetingId).map(MeetingSession::currentItemId);
    }

    /**
     * Notes that {@code name} arrived late (or left early) during the item; a second note of the same kind moves it.
     * An empty {@code itemId} removes the note.
     */
    public void notePresence(long meetingId, String name, PresenceKind kind, Long itemId) {
        MeetingView meeting = meetings.find(meetingId)
                .orElseThrow(() -> new NoSuchElementException("There is no meeting " + meetingId));
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new InvalidMinutesInputException("name", "name must be 1–" + MAX_NAME + " characters");
        }
        if (kind == null) {
            throw new InvalidMinutesInputException("kind", "kind is missing (ARRIVED_LATE or LEFT_EARLY)");
        }
        String who = name.strip();
        Optional<PresenceNote> existing = presence.findByMeetingIdAndNameAndKind(meeting.id(), who, kind);
        if (itemId == null) {
            existing.ifPresent(presence::delete);
            return;
        }
        existing.ifPresentOrElse(
                note -> note.moveTo(itemId), () -> presence.save(new PresenceNote(meeting.id(), itemId, who, kind)));
    }

    /** As {@link #presence(long)} for several meetings in one query, keyed by meeting id; meetings without notes are absent. */
    @Transactional(readOnly = true)
    public Map<Long, List<PresenceView>> presence(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<PresenceView>> byMeeting = new HashMap<>();
        for (PresenceNote n : presence.findByMeetingIdInOrderByIdAsc(meetingIds)) {
            byMeeting
                    .computeIfAbsent(n.meetingId(), id -> new ArrayList<>())
                    .add(new PresenceView(n.itemId(), n.name(), n.kind()));
        }
        return byMeeting;
    }

    @Transactional(readOnly = true)
    public List<PresenceView> presence(long meetingId) {
        return presence(List.of(meetingId)).getOrDefault(meetingId, List.of());
    }
}
