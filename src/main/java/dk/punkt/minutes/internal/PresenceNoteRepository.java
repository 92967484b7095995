package dk.punkt.minutes.internal;

import dk.punkt.minutes.PresenceKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PresenceNoteRepository extends JpaRepository<PresenceNote, Long> {

    List<PresenceNote> findByMeetingIdOrderByIdAsc(long meetingId);

    Optional<PresenceNote> findByMeetingIdAndNameAndKind(long meetingId, String name, PresenceKind kind);
}
