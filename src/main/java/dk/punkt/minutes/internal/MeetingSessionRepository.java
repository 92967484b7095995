package dk.punkt.minutes.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingSessionRepository extends JpaRepository<MeetingSession, Long> {

    Optional<MeetingSession> findByMeetingId(long meetingId);
}
