package dk.punkt.minutes.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ItemReferralRepository extends JpaRepository<ItemReferral, Long> {

    Optional<ItemReferral> findByToItemId(long toItemId);

    List<ItemReferral> findByFromItemIdOrderByIdAsc(long fromItemId);
}
