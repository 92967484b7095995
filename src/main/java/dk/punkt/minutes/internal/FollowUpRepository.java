package dk.punkt.minutes.internal;

import dk.punkt.minutes.FollowUpStatus;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByStatusOrderByDueDateAscIdAsc(FollowUpStatus status);

    List<FollowUp> findAllByOrderByIdDesc();

    List<FollowUp> findByTargetMeetingIdAndStatusOrderByIdAsc(long targetMeetingId, FollowUpStatus status);

    List<FollowUp> findByItemIdOrderByIdAsc(long itemId);
}
