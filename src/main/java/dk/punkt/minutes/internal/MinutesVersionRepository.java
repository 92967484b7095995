package dk.punkt.minutes.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesVersionRepository extends JpaRepository<MinutesVersion, Long> {

    List<MinutesVersion> findByMeetingIdOrderByNumberAsc(long meetingId);

    Optional<MinutesVersion> findByMeetingIdAndNumber(long meetingId, int number);

    Optional<MinutesVersion> findFirstByMeetingIdOrderByNumberDesc(long meetingId);
}
