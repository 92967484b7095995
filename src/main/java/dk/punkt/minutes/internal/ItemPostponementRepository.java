package dk.punkt.minutes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ItemPostponementRepository extends JpaRepository<ItemPostponement, Long> {

    List<ItemPostponement> findByItemIdOrderByPostponedAtAsc(long itemId);

    @Query("select p from ItemPostponement p where p.itemId in :itemIds")
    List<ItemPostponement> findByItemIdIn(Collection<Long> itemIds);

    Optional<ItemPostponement> findByItemIdAndMeetingId(long itemId, long meetingId);
}
