package dk.punkt.minutes.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesReviewItemRepository extends JpaRepository<MinutesReviewItem, Long> {

    List<MinutesReviewItem> findByReviewIdOrderByPositionAsc(long reviewId);
}
