package dk.punkt.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    Optional<Subscription> findByCommitteeIdAndEmail(long committeeId, String email);

    Optional<Subscription> findByConfirmTokenHash(String confirmTokenHash);

    Optional<Subscription> findByUnsubscribeToken(String unsubscribeToken);

    boolean existsByCommitteeIdAndConfirmedAtIsNotNull(long committeeId);

    @Query("select s from Subscription s where s.committeeId = ?1 and s.confirmedAt is not null order by s.id")
    List<Subscription> findConfirmed(long committeeId);

    /** Never-confirmed requests whose link has expired. */
    @Modifying
    @Query("delete from Subscription s where s.confirmedAt is null and s.confirmExpiresAt <= ?1")
    int deleteUnconfirmedExpired(Instant now);

    /** Confirmed subscriptions with an expired request for new choices. */
    @Query("select s from Subscription s where s.confirmedAt is not null and s.confirmExpiresAt <= ?1")
    List<Subscription> findConfirmedWithExpiredRequest(Instant now);
}
