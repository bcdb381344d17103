package org.contextmap.base;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the HTTP API into {@code {error, detail}} with the right status. A
 * user never sees a stack trace: unexpected failures are logged with a reference that the
 * answer quotes, so support can find them.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return answer(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchEndpoint(NoResourceFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "Not found", "There is nothing at /" + ApiError.echo(e.getResourcePath()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ApiError> forbidden(ForbiddenException e) {
        return answer(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another value" : switch (e.getRequiredType().getSimpleName()) {
            case "LocalDate" -> "a date such as 2026-03-01";
            case "int", "Integer", "long", "Long" -> "a whole number";
            default -> "a valid " + e.getRequiredType().getSimpleName();
        };
        return answer(HttpStatus.BAD_REQUEST, "Bad request",
                "Parameter " + ApiError.echo(e.getName()) + " is \"" + ApiError.echo(e.getValue()) + "\"; expected "
                        + expected + ".");
    }

    /** Query parameters bound to a record, such as a period's {@code from} and {@code to}. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> badParameters(BindException e) {
        String detail = e.getFieldErrors().stream()
                .map(error -> "Parameter " + ApiError.echo(error.getField()) + " is \""
                        + ApiError.echo(error.getRejectedValue()) + "\"; expected "
                        + (e.getFieldType(error.getField()) == LocalDate.class ? "a date such as 2026-03-01"
                                : "another value") + ".")
                .collect(Collectors.joining(" "));
        return answer(HttpStatus.BAD_REQUEST, "Bad request", detail.isEmpty() ? "The parameters are not valid." : detail);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return answer(HttpStatus.BAD_REQUEST, "Bad request", "Parameter " + ApiError.echo(e.getParameterName())
                + " is required.");
    }

    /** A header, cookie or path value that does not bind, or a parameter that fails its constraints. */
    @ExceptionHandler({ServletRequestBindingException.class, HandlerMethodValidationException.class})
    ResponseEntity<ApiError> unboundRequest(Exception e) {
        return answer(HttpStatus.BAD_REQUEST, "Bad request", "The request's parameters are not valid.");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
                "This address cannot answer in the type asked for in the Accept header.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpMessageNotReadableException e) {
        return answer(HttpStatus.BAD_REQUEST, "Bad request", "The request body could not be read.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "Send " + ApiError.echo(e.getSupportedMediaTypes()) + ".");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return answer(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
                ApiError.echo(e.getMethod()) + " is not supported here.");
    }

    @ExceptionHandler(TooSlowException.class)
    ResponseEntity<ApiError> tooSlow(TooSlowException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "60")
                .body(new ApiError("Took too long", e.getMessage()).bounded());
    }

    /** The disk is full: 507 and a sentence that says nothing was changed, not an "internal error". */
    @ExceptionHandler(DiskFullException.class)
    ResponseEntity<ApiError> diskFull(DiskFullException e) {
        log.error("A change failed because the server's disk is full: {}", e.getCause() == null ? e.getMessage()
                : e.getCause().getMessage());
        return answer(HttpStatus.INSUFFICIENT_STORAGE, "Disk full", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (DiskFullException.causedBy(e)) {
            return diskFull(new DiskFullException(DiskFullException.NOTHING_CHANGED, e));
        }
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("The database cannot be reached: {}", e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(new ApiError("Database unavailable", DatabaseUnavailable.SENTENCE));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected API failure, reference {}", reference, e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on the server. It has been logged with reference " + reference + ".");
    }

    private static ResponseEntity<ApiError> answer(HttpStatus status, String error, String detail) {
        return ResponseEntity.status(status).body(new ApiError(error, detail).bounded());
    }
}
