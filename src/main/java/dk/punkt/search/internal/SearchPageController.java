package dk.punkt.search.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.accounts.Role;
import dk.punkt.committees.CommitteeService;
import dk.punkt.committees.CommitteeView;
import dk.punkt.search.SearchAccess;
import dk.punkt.search.SearchQuery;
import dk.punkt.search.SearchResult;
import dk.punkt.search.SearchService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search pages: {@code /soeg} for logged-in users (with the closed content they may see) and
 * {@code /offentlig/soeg} (always the public results, like the rest of /offentlig).
 */
@Controller
class SearchPageController {

    private final SearchService search;
    private final AccountService accounts;
    private final CommitteeService committees;

    SearchPageController(SearchService search, AccountService accounts, CommitteeService committees) {
        this.search = search;
        this.accounts = accounts;
        this.committees = committees;
    }

    @GetMapping("/soeg")
    String search(SearchParams params, Model model) {
        var user = accounts.current();
        return page(params, model, "/soeg", search.accessFor(user), "/moeder/", false);
    }

    @GetMapping("/offentlig/soeg")
    String publicSearch(SearchParams params, Model model) {
        return page(params, model, "/offentlig/soeg", SearchAccess.PUBLIC, "/offentlig/moeder/", true);
    }

    private String page(
            SearchParams params, Model model, String base, SearchAccess access, String meetingBase, boolean open) {
        SearchQuery query;
        try {
            query = params.toQuery();
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST, e.getMessage());
        }
        SearchResult result = query.isEmpty() ? null : search.search(query, access);
        String committeeName = query.committeeId() == null
                ? null
                : committees.find(query.committeeId()).map(CommitteeView::name).orElse(null);
        boolean admin = accounts.current().map(u -> u.has(Role.ADMIN)).orElse(false);
        model.addAttribute(
                "view",
                new SearchPage(
                        query.text(),
                        result,
                        SearchLinks.of(base, params),
                        meetingBase,
                        open,
                        committeeName,
                        admin && !open));
        return "search/results";
    }
}
