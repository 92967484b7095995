package dk.punkt.cases.internal;

import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface CaseFileRepository extends JpaRepository<CaseFileEntity, Long> {

    /**
     * JPQL (its plan is cached; a derived query is translated on every call) without auto-flush: every item
     * registers its case, an import thousands of items in one transaction, and case files are inserted at once
     * (identity ids), so nothing unflushed can be missed.
     */
    @Query("select c from CaseFile c where c.caseNumber = :caseNumber")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<CaseFileEntity> findByCaseNumber(@Param("caseNumber") String caseNumber);
}
