package dk.punkt.minutes.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesReviewRepository extends JpaRepository<MinutesReview, Long> {

    Optional<MinutesReview> findFirstByMeetingIdOrderByRoundDesc(long meetingId);
}
