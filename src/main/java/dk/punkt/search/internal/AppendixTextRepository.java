package dk.punkt.search.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AppendixTextRepository extends JpaRepository<AppendixText, Long> {

    List<AppendixText> findByAppendixIdIn(Collection<Long> appendixIds);
}
