package dk.punkt.meetings.internal;

import dk.punkt.meetings.MeetingState;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /**
     * Loads a meeting locked, its version already incremented: changes to its rows (agenda, attendance) do not
     * dirty the meeting itself, yet they must count as a new version.
     */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    @Query("select m from Meeting m where m.id = :id")
    Optional<Meeting> findForChangeById(long id);

    /** Loads a meeting with its row locked (no version change): a multi-step change holds it until commit. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Meeting> findLockedById(long id);

    /** As {@code findAllById}, but JPQL: Spring Data builds that one as a criteria query, translated on every call. */
    @Query("select m from Meeting m where m.id in :ids")
    List<Meeting> findByIdIn(Collection<Long> ids);

    List<Meeting> findByCommitteeIdOrderByMeetingDateDescStartTimeDescIdDesc(long committeeId);

    List<Meeting> findByStateNotOrderByMeetingDateDescStartTimeDescIdDesc(MeetingState state, Limit limit);

    List<Meeting> findByCommitteeIdAndStateNotOrderByMeetingDateDescStartTimeDescIdDesc(
            long committeeId, MeetingState state);

    List<Meeting> findByCommitteeIdInAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAscIdAsc(
            Collection<Long> committeeIds, LocalDate from, Limit limit);
}
