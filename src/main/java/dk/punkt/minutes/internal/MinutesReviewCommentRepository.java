package dk.punkt.minutes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesReviewCommentRepository extends JpaRepository<MinutesReviewComment, Long> {

    List<MinutesReviewComment> findByMeetingIdOrderByIdAsc(long meetingId);
}
