package dk.punkt.meetings.internal;

import dk.punkt.meetings.MeetingState;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    List<Meeting> findByCommitteeIdOrderByMeetingDateDescStartTimeDescIdDesc(long committeeId);

    List<Meeting> findByStateNotOrderByMeetingDateDescStartTimeDescIdDesc(MeetingState state, Limit limit);

    List<Meeting> findByCommitteeIdAndStateNotOrderByMeetingDateDescStartTimeDescIdDesc(
            long committeeId, MeetingState state);

    List<Meeting> findByCommitteeIdInAndMeetingDateGreaterThanEqualOrderByMeetingDateAscStartTimeAscIdAsc(
            Collection<Long> committeeIds, LocalDate from, Limit limit);
}
