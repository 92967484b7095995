package dk.punkt.api.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import dk.punkt.cases.InvalidCaseNumberException;
import dk.punkt.items.InvalidAgendaException;
import dk.punkt.items.ItemConflictException;
import dk.punkt.items.ItemStateException;
import dk.punkt.items.UnapprovedItemsException;
import dk.punkt.meetings.MeetingStateException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API as an RFC 9457 problem detail ({@code application/problem+json}): 400 names the field
 * at fault in {@code field}, 403 says which role is needed, 409 says why the state or a concurrent change refuses.
 */
@RestControllerAdvice(basePackages = "dk.punkt.api")
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiException.class)
    ProblemDetail api(ApiException e) {
        return problem(e.status(), e.getMessage(), e.field());
    }

    @ExceptionHandler(InvalidCaseNumberException.class)
    ProblemDetail caseNumber(InvalidCaseNumberException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), "caseNumber");
    }

    @ExceptionHandler(InvalidAgendaException.class)
    ProblemDetail agenda(InvalidAgendaException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.field());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage(), null);
    }

    @ExceptionHandler(UnapprovedItemsException.class)
    ProblemDetail unapproved(UnapprovedItemsException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage(), null);
        problem.setProperty(
                "unapprovedItems",
                e.items().stream()
                        .map(item -> new UnapprovedItem(item.itemId(), item.title(), item.state()))
                        .toList());
        return problem;
    }

    record UnapprovedItem(long id, String title, dk.punkt.items.ItemState state) {}

    @ExceptionHandler({ItemStateException.class, MeetingStateException.class, IllegalStateException.class})
    ProblemDetail wrongState(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler({
        OptimisticLockingFailureException.class,
        PessimisticLockingFailureException.class,
        OptimisticLockException.class,
        PessimisticLockException.class
    })
    ProblemDetail conflict(RuntimeException e) {
        String detail = e instanceof OptimisticLockingFailureException
                        && e.getMessage() != null
                        && e.getMessage().startsWith("Meeting ")
                ? e.getMessage()
                : "Someone else changed the same data at the same time; reload it and make the change again";
        return problem(HttpStatus.CONFLICT, detail, null);
    }

    /** A save from a stale version of an item: names the version sent and the version stored. */
    @ExceptionHandler(ItemConflictException.class)
    ProblemDetail itemConflict(ItemConflictException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage(), "version");
        problem.setProperty("expectedVersion", e.expectedVersion());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage(), null);
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, "Log in with HTTP Basic authentication", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName(), e.getName());
    }

    /** Unreadable JSON: names the member whose value could not be read, e.g. {@code date} or {@code rows[0].pause}. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = null;
        String detail = "The request body is not readable JSON";
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
            detail = "The value of '" + field + "' cannot be read: " + mapping.getOriginalMessage();
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail, field));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, String field) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return problem;
    }
}
