package dk.punkt.minutes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemNoteRepository extends JpaRepository<ItemNote, Long> {

    Optional<ItemNote> findByItemIdAndUserId(long itemId, long userId);

    List<ItemNote> findByUserIdAndItemIdIn(long userId, Collection<Long> itemIds);
}
