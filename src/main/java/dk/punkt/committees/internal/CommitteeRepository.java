package dk.punkt.committees.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeRepository extends JpaRepository<Committee, Long> {

    /** Loads a committee locked, its version incremented: adding a member does not dirty the committee row. */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    Optional<Committee> findForChangeById(long id);

    List<Committee> findAllByOrderByNameAsc();

    @Query("select c from Committee c where upper(c.name) = upper(:name)")
    Optional<Committee> findByNameIgnoreCase(String name);

    @Query("select count(m) > 0 from CommitteeMember m where m.committee.id = :committeeId and m.userId = :userId")
    boolean hasMember(long committeeId, long userId);

    @Query("select distinct m.committee.id from CommitteeMember m where m.userId = :userId")
    Set<Long> committeeIdsOf(long userId);
}
