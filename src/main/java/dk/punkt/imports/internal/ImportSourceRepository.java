package dk.punkt.imports.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportSourceRepository extends JpaRepository<ImportSource, Long> {

    Optional<ImportSource> findBySha256(String sha256);

    List<ImportSource> findBySha256In(Collection<String> sha256);
}
