package dk.punkt.imports.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImportSourceRepository extends JpaRepository<ImportSource, Long> {

    @Query("select s from ImportSource s where s.sha256 = :sha256")
    Optional<ImportSource> findBySha256(String sha256);

    @Query("select s from ImportSource s where s.sha256 in :sha256")
    List<ImportSource> findBySha256In(Collection<String> sha256);
}
