package dk.punkt.notifications.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findByOrderByIdDesc(Limit limit);

    List<OutboxMessage> findByRecipientOrderByIdAsc(String recipient);

    /** Unsent messages whose turn has come, locked so that two senders (nodes) never send the same one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from OutboxMessage m where m.sentAt is null and m.attempts < ?1 and m.nextAttemptAt <= ?2"
            + " order by m.id")
    List<OutboxMessage> findDue(int maxAttempts, Instant now, Limit limit);
}
