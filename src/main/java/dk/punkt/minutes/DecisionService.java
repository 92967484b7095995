package dk.punkt.minutes;

import dk.punkt.items.ItemNotFoundException;
import dk.punkt.items.ItemService;
import dk.punkt.items.RichText;
import dk.punkt.minutes.internal.Decision;
import dk.punkt.minutes.internal.DecisionRepository;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decisions on agenda items: the text the secretary writes and the structured outcome. */
@Service
@Transactional
public class DecisionService {

    private final DecisionRepository repository;
    private final ItemService items;

    DecisionService(DecisionRepository repository, ItemService items) {
        this.repository = repository;
        this.items = items;
    }

    /**
     * Records the decision on an item, replacing any earlier one. The text is sanitised; the outcome may be null
     * while the secretary is still drafting.
     *
     * @throws ItemNotFoundException if no item has this id
     */
    public DecisionView record(long itemId, String text, Outcome outcome) {
        if (items.find(itemId).isEmpty()) {
            throw new ItemNotFoundException(itemId);
        }
        String clean = RichText.sanitize(text);
        Decision decision = repository
                .findByItemId(itemId)
                .map(existing -> {
                    existing.revise(clean, outcome);
                    return existing;
                })
                .orElseGet(() -> new Decision(itemId, clean, outcome));
        // Flush so the new version number is in the view returned.
        return repository.saveAndFlush(decision).toView();
    }

    @Transactional(readOnly = true)
    public Optional<DecisionView> find(long itemId) {
        return repository.findByItemId(itemId).map(Decision::toView);
    }

    /** Decisions of the given items, keyed by item id; items without a decision are absent. */
    @Transactional(readOnly = true)
    public Map<Long, DecisionView> findByItems(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return repository.findByItemIdIn(itemIds).stream()
                .collect(Collectors.toUnmodifiableMap(Decision::itemId, Decision::toView));
    }
}
