package dk.punkt.api.internal;

import org.springframework.http.HttpStatus;

/** A refusal decided in the API layer (bad input, missing role, unknown id), answered as a problem detail. */
class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String field;

    private ApiException(HttpStatus status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** 400: {@code field} names the request member at fault, e.g. {@code rows[1].pause}. */
    static ApiException badInput(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, field, message);
    }

    static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, null, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, null, message);
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }
}
