package dk.punkt.search.internal;

import dk.punkt.accounts.AccountService;
import dk.punkt.search.SearchAccess;
import dk.punkt.search.SearchResult;
import dk.punkt.search.SearchService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /api/v1/search?q=&committee=&year=&type=&outcome=&caseNumber=&sort=&page=}: anonymous callers get public
 * results, callers who log in (HTTP Basic) also their committees' closed content.
 */
@RestController
@RequestMapping("/api/v1/search")
class SearchApiController {

    record Json(long total, int page, int pages, List<HitJson> hits, Facets facets) {}

    /** {@code meeting} is the meeting's id; {@code snippet} is HTML with the matched words in {@code <mark>}. */
    record HitJson(
            String title,
            long meeting,
            String committee,
            LocalDate date,
            int number,
            String caseNumber,
            boolean closed,
            String url,
            String snippet) {}

    record Facets(
            List<SearchResult.FacetValue> committee,
            List<SearchResult.FacetValue> year,
            List<SearchResult.FacetValue> type,
            List<SearchResult.FacetValue> outcome,
            List<SearchResult.FacetValue> caseNumber) {}

    private final SearchService search;
    private final AccountService accounts;

    SearchApiController(SearchService search, AccountService accounts) {
        this.search = search;
        this.accounts = accounts;
    }

    @GetMapping
    Json search(SearchParams params) {
        var user = accounts.current();
        SearchAccess access = search.accessFor(user);
        SearchResult result = search.search(params.toQuery(), access);
        String base = user.isPresent() ? "/moeder/" : "/offentlig/moeder/";
        return new Json(
                result.total(),
                result.page(),
                result.pages(),
                result.hits().stream()
                        .map(hit -> new HitJson(
                                hit.title(),
                                hit.meetingId(),
                                hit.committee(),
                                hit.date(),
                                hit.number(),
                                hit.caseNumber(),
                                hit.closed(),
                                base + hit.meetingId() + "#punkt-" + hit.number(),
                                hit.snippet()))
                        .toList(),
                new Facets(
                        result.facets().committees(),
                        result.facets().years(),
                        result.facets().types(),
                        result.facets().outcomes(),
                        result.facets().caseGroups()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badParameter(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badType(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "Parameter '" + e.getName() + "' has the wrong type: " + e.getValue());
        problem.setProperty("field", e.getName());
        return problem;
    }
}
