package dk.punkt.items.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppendixRepository extends JpaRepository<Appendix, Long> {}
