package dk.punkt.search.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SearchEntryRepository extends JpaRepository<SearchEntry, Long> {

    List<SearchEntry> findByMeetingId(long meetingId);

    List<SearchEntry> findByMeetingIdIn(java.util.Collection<Long> meetingIds);
}
