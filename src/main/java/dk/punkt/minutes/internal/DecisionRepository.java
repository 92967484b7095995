package dk.punkt.minutes.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionRepository extends JpaRepository<Decision, Long> {

    Optional<Decision> findByItemId(long itemId);

    List<Decision> findByItemIdIn(Collection<Long> itemIds);
}
