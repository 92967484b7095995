package dk.punkt.cases.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseFileRepository extends JpaRepository<CaseFileEntity, Long> {

    Optional<CaseFileEntity> findByCaseNumber(String caseNumber);
}
