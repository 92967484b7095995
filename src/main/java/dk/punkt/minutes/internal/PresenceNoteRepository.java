package dk.punkt.minutes.internal;

import dk.punkt.minutes.PresenceKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PresenceNoteRepository extends JpaRepository<PresenceNote, Long> {

    @Query("select n from PresenceNote n where n.meetingId in :meetingIds order by n.id")
    List<PresenceNote> findByMeetingIdInOrderByIdAsc(Collection<Long> meetingIds);

    Optional<PresenceNote> findByMeetingIdAndNameAndKind(long meetingId, String name, PresenceKind kind);
}
