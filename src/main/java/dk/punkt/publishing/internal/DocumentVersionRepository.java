package dk.punkt.publishing.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByMeetingIdOrderByNumberAsc(long meetingId);

    Optional<DocumentVersion> findByMeetingIdAndNumber(long meetingId, int number);
}
