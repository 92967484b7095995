package dk.punkt.cases;

import dk.punkt.cases.internal.CaseFileEntity;
import dk.punkt.cases.internal.CaseFileRepository;
import dk.punkt.support.TransactionBound;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of cases that items have referred to. */
@Service
@Transactional
public class CaseFileService {

    static final int MAX_TITLE = 300;

    private final CaseFileRepository repository;
    private final EntityManager entityManager;

    CaseFileService(CaseFileRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    /**
     * Registers a case, or returns the one already registered. Idempotent: the first title is kept, because later
     * items in the same case (e.g. the standing item of each meeting) reuse the number with their own titles.
     */
    public CaseFile register(CaseNumber number, String title) {
        Objects.requireNonNull(number, "number");
        String key = number.toString();
        Map<String, CaseFile> registered = registeredInThisTransaction();
        CaseFile known = registered.get(key);
        if (known != null) {
            return known;
        }
        CaseFile caseFile = repository
                .findByCaseNumber(key)
                .orElseGet(() -> repository.save(new CaseFileEntity(key, shorten(title), Instant.now())))
                .toView();
        registered.put(key, caseFile);
        return caseFile;
    }

    /**
     * The cases this transaction has registered or found so far: an import's batch names the same cases in many
     * items (standing items, one case per meeting series), and a case, once registered, does not change or go away.
     */
    private Map<String, CaseFile> registeredInThisTransaction() {
        return TransactionBound.map(this, entityManager);
    }

    @Transactional(readOnly = true)
    public Optional<CaseFile> find(CaseNumber number) {
        Objects.requireNonNull(number, "number");
        return repository.findByCaseNumber(number.toString()).map(CaseFileEntity::toView);
    }

    private static String shorten(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String stripped = title.strip();
        return stripped.length() > MAX_TITLE ? stripped.substring(0, MAX_TITLE) : stripped;
    }
}
