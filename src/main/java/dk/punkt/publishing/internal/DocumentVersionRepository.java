package dk.punkt.publishing.internal;

import dk.punkt.publishing.VersionKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByMeetingIdOrderByNumberAsc(long meetingId);

    Optional<DocumentVersion> findByMeetingIdAndNumber(long meetingId, int number);

    /** The kind and number of a frozen version, without its document. */
    record Numbered(VersionKind kind, int number) {}

    /**
     * The kind and number of every version of a meeting, in one JPQL query (the freeze needs both; a derived count
     * query would be a criteria query, which Hibernate translates anew on every call).
     */
    @Query("select new dk.punkt.publishing.internal.DocumentVersionRepository$Numbered(v.kind, v.number)"
            + " from DocumentVersion v where v.meetingId = :meetingId")
    List<Numbered> numbersOf(long meetingId);

    /** A version's meeting, kind and number. */
    record MeetingNumbered(long meetingId, VersionKind kind, int number) {}

    /** As {@link #numbersOf} for several meetings in one query. */
    @Query("select new dk.punkt.publishing.internal.DocumentVersionRepository$MeetingNumbered(v.meetingId, v.kind,"
            + " v.number) from DocumentVersion v where v.meetingId in :meetingIds")
    List<MeetingNumbered> numbersOfMeetings(Collection<Long> meetingIds);
}
