package dk.punkt.search;

import dk.punkt.search.internal.EntryBuilder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the search entries in step with the meetings. Other modules' events call {@link #reindexMeeting} (the
 * meetings module's are wired in {@code internal.SearchEvents}); a full rebuild is {@code internal.ReindexJob}.
 */
@Service
public class SearchIndexer {

    private final EntryBuilder entries;

    SearchIndexer(EntryBuilder entries) {
        this.entries = entries;
    }

    /**
     * Rebuilds the entries of one meeting's items from its document: a published meeting's items are searchable, a
     * planned (or deleted) meeting's are not. Returns the number of entries the meeting now has.
     */
    @Transactional
    public int reindexMeeting(long meetingId) {
        return entries.rebuild(meetingId);
    }
}
