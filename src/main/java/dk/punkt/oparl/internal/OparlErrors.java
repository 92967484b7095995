package dk.punkt.oparl.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** OParl errors: {@code {"type": ".../Error", "message", "debug"}} with the HTTP status, never the HTML error page. */
@RestControllerAdvice(assignableTypes = OparlController.class)
class OparlErrors {

    private final ObjectMapper json;

    OparlErrors(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(OparlNotFound.class)
    ResponseEntity<ObjectNode> notFound(OparlNotFound e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage(), "404 Not Found");
    }

    @ExceptionHandler(OparlBadRequest.class)
    ResponseEntity<ObjectNode> badRequest(OparlBadRequest e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage(), "400 Bad Request");
    }

    private ResponseEntity<ObjectNode> error(HttpStatus status, String message, String debug) {
        ObjectNode body = json.createObjectNode();
        body.put("type", OparlType.SCHEMA + "Error");
        body.put("message", message);
        body.put("debug", debug);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
