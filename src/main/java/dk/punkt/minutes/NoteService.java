package dk.punkt.minutes;

import dk.punkt.items.ItemNotFoundException;
import dk.punkt.items.ItemService;
import dk.punkt.minutes.internal.ItemNote;
import dk.punkt.minutes.internal.ItemNoteRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' private notes on items. Every method takes the author's user id: a note is only ever read or written for
 * the user who owns it, so no other user can see it.
 */
@Service
@Transactional
public class NoteService {

    static final int MAX_TEXT = 4000;

    private final ItemNoteRepository notes;
    private final ItemService items;
    private final Clock clock;

    NoteService(ItemNoteRepository notes, ItemService items, ObjectProvider<Clock> clock) {
        this.notes = notes;
        this.items = items;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Writes the user's note on the item (a blank text deletes it).
     *
     * @param expectedVersion the note version the user last saw, or null to skip the check
     * @throws OptimisticLockingFailureException when the note changed since (the same user in another tab)
     */
    public Optional<NoteView> write(long itemId, long userId, String text, Long expectedVersion) {
        if (items.find(itemId).isEmpty()) {
            throw new ItemNotFoundException(itemId);
        }
        String clean = text == null ? "" : text.strip();
        if (clean.length() > MAX_TEXT) {
            throw new InvalidMinutesInputException(
                    "text", "A note is at most " + MAX_TEXT + " characters, this one has " + clean.length());
        }
        Optional<ItemNote> existing = notes.findByItemIdAndUserId(itemId, userId);
        if (expectedVersion != null && existing.isPresent() && existing.get().version() != expectedVersion) {
            throw new OptimisticLockingFailureException("Your note on item " + itemId
                    + " was changed in another window since you opened it; reload and write it again");
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (clean.isEmpty()) {
            existing.ifPresent(notes::delete);
            return Optional.empty();
        }
        ItemNote note = existing.map(n -> {
                    n.rewrite(clean, at);
                    return n;
                })
                .orElseGet(() -> new ItemNote(itemId, userId, clean, at));
        return Optional.of(notes.saveAndFlush(note).toView());
    }

    @Transactional(readOnly = true)
    public Optional<NoteView> find(long itemId, long userId) {
        return notes.findByItemIdAndUserId(itemId, userId).map(ItemNote::toView);
    }

    /** The user's notes on these items, by item id. */
    @Transactional(readOnly = true)
    public Map<Long, NoteView> findForItems(long userId, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return notes.findByUserIdAndItemIdIn(userId, itemIds).stream()
                .map(ItemNote::toView)
                .collect(Collectors.toUnmodifiableMap(NoteView::itemId, n -> n));
    }
}
