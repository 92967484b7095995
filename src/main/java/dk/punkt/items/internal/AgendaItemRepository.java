package dk.punkt.items.internal;

import dk.punkt.items.ItemState;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

    long countByCommitteeId(long committeeId);

    List<AgendaItem> findByMeetingIdOrderByIdAsc(long meetingId);

    List<AgendaItem> findByMeetingIdAndStandingIsNotNullOrderByIdAsc(long meetingId);

    List<AgendaItem> findByCaseNumberOrderByIdAsc(String caseNumber);

    List<AgendaItem> findByCommitteeIdAndStateInOrderByIdAsc(long committeeId, Collection<ItemState> states);
}
