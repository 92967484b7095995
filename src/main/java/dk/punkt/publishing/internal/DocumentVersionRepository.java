package dk.punkt.publishing.internal;

import dk.punkt.publishing.VersionKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByMeetingIdOrderByNumberAsc(long meetingId);

    Optional<DocumentVersion> findByMeetingIdAndNumber(long meetingId, int number);

    long countByMeetingIdAndKind(long meetingId, VersionKind kind);

    @Query("select coalesce(max(v.number), 0) from DocumentVersion v where v.meetingId = ?1")
    int maxNumber(long meetingId);
}
