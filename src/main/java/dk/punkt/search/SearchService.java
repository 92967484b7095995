package dk.punkt.search;

import dk.punkt.accounts.CurrentUser;
import dk.punkt.accounts.Role;
import dk.punkt.committees.CommitteeService;
import dk.punkt.search.internal.SearchQueries;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches published items for a searcher, with closed content only for those who may see it. */
@Service
public class SearchService {

    private final SearchQueries queries;
    private final CommitteeService committees;

    SearchService(SearchQueries queries, CommitteeService committees) {
        this.queries = queries;
        this.committees = committees;
    }

    /**
     * Not in a transaction: the search reads the index, not the database (committee names come through
     * {@code CommitteeService}'s own), and a read-only transaction per search took a connection for nothing.
     */
    public SearchResult search(SearchQuery query, SearchAccess access) {
        return queries.run(query, access);
    }

    /**
     * What {@code user} may see: ADMIN and SECRETARY every committee's closed content, members their committees'
     * (as {@code committees.ContentAccess}); anonymous searchers the public content only.
     */
    @Transactional(readOnly = true)
    public SearchAccess accessFor(Optional<CurrentUser> user) {
        if (user.isEmpty()) {
            return SearchAccess.PUBLIC;
        }
        CurrentUser u = user.get();
        if (u.has(Role.ADMIN) || u.has(Role.SECRETARY)) {
            return new SearchAccess(true, java.util.Set.of());
        }
        return new SearchAccess(false, committees.committeeIdsOf(u.id()));
    }
}
