package dk.punkt.minutes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    /** The item's decisions, newest first. */
    List<Decision> findByItemIdOrderByIdDesc(long itemId);

    Optional<Decision> findByItemIdAndMeetingId(long itemId, Long meetingId);

    Optional<Decision> findByItemIdAndMeetingIdIsNull(long itemId);

    @Query("select d from Decision d where d.itemId in :itemIds")
    List<Decision> findByItemIdIn(Collection<Long> itemIds);

    @Query("select d from Decision d where d.meetingId = :meetingId")
    List<Decision> findByMeetingId(long meetingId);
}
