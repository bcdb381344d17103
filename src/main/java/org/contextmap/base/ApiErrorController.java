package org.contextmap.base;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors that happen before any controller of the API is chosen — a path nobody serves, a
 * method or a content type an endpoint does not take — answered in the API's one shape,
 * {@code {error, detail}} with a sentence, instead of the servlet container's page or Spring's
 * default body. Errors inside a controller are answered by {@link ApiExceptionHandler}.
 */
@RestController
class ApiErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ApiError> error(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure)) {
            // a filter (signing in, the audit of a read) could not reach the database
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON)
                    .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(new ApiError("Database unavailable", DatabaseUnavailable.SENTENCE));
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "this address" : ApiError.echo(uri);
        String method = request.getMethod();
        String detail = switch (status) {
            case NOT_FOUND -> "There is nothing at " + path + ". The API's addresses are listed in the README.";
            case METHOD_NOT_ALLOWED -> ApiError.echo(method) + " is not supported at " + path
                    + (response.getHeader("Allow") == null ? "." : "; use " + response.getHeader("Allow") + ".");
            case UNSUPPORTED_MEDIA_TYPE -> path + " does not take a body of type " + ApiError.echo(request.getContentType())
                    + (response.getHeader("Accept") == null ? "." : "; send " + response.getHeader("Accept") + ".");
            case NOT_ACCEPTABLE -> path + " cannot answer in the type asked for in the Accept header.";
            case BAD_REQUEST -> "The request could not be understood: check its parameters and body.";
            default -> status.value() == 413 ? "The request body is larger than this server accepts."
                    : status.is5xxServerError() ? "Something went wrong on the server; it has been logged."
                    : "The request was refused (" + status.value() + ").";
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.getReasonPhrase(), detail).bounded());
    }
}
