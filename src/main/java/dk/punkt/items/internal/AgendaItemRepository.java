package dk.punkt.items.internal;

import dk.punkt.items.ItemState;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    long countByCommitteeId(long committeeId);

    @Query("select i from AgendaItem i where i.meetingId = :meetingId order by i.id")
    List<AgendaItem> findByMeetingIdOrderByIdAsc(long meetingId);

    /** As {@code findAllById}, but JPQL: Spring Data builds that one as a criteria query, translated on every call. */
    @Query("select i from AgendaItem i where i.id in :ids")
    List<AgendaItem> findByIdIn(Collection<Long> ids);

    List<AgendaItem> findByMeetingIdAndStandingIsNotNullOrderByIdAsc(long meetingId);

    List<AgendaItem> findByCaseNumberOrderByIdAsc(String caseNumber);

    List<AgendaItem> findByCommitteeIdAndStateInOrderByIdAsc(long committeeId, Collection<ItemState> states);

    List<AgendaItem> findByCreatedByAndStateInOrderByIdDesc(String createdBy, Collection<ItemState> states);

    List<AgendaItem> findByStateOrderByIdAsc(ItemState state);

    /**
     * The item with its row locked until the transaction ends, so concurrent saves take turns.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from AgendaItem i where i.id = :id")
    Optional<AgendaItem> findForUpdate(@Param("id") long id);
}
