package dk.punkt.minutes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    /** The item's decisions, newest first. */
    List<Decision> findByItemIdOrderByIdDesc(long itemId);

    Optional<Decision> findByItemIdAndMeetingId(long itemId, Long meetingId);

    Optional<Decision> findByItemIdAndMeetingIdIsNull(long itemId);

    List<Decision> findByItemIdIn(Collection<Long> itemIds);

    List<Decision> findByMeetingId(long meetingId);
}
